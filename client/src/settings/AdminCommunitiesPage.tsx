import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { request } from '../api/graphql';
import { RequireSignIn } from '../auth/RequireSignIn';
import type { Language } from '../gql/graphql';
import { languageName, useT } from '../i18n';
import { ADMIN_COMMUNITIES_QUERY, CREATE_COMMUNITY_MUTATION, SET_COMMUNITY_ARCHIVED_MUTATION, adminCommunitiesQuery } from './queries';
import { SettingsShell } from './SettingsShell';
import { COMMUNITY_LIMITS } from '../../../shared/community-limits';
import { LanguageSelect } from './LanguageSelect';
import { TextField, errorField, messageOf, suggestSlug } from './TextField';
import { operationName } from '../api/graphql-query';

/** `/admin/communities`: every community (archived ones too) for admins, with a form for a new one. */
export function AdminCommunitiesPage() {
  const t = useT();
  const [params] = useSearchParams();
  useEffect(() => {
    document.title = `${t('settings.communitiesTitle')} · Tejido`;
  }, [t]);
  return (
    <RequireSignIn>
      {(me) => (
        <SettingsShell
          title={t('settings.communitiesTitle')}
          lead={params.has('first') ? t('settings.firstCommunityLead') : t('settings.communitiesLead')}
        >
          {me.role === 'ADMIN' ? <Communities /> : <p className="status">{t('settings.adminsOnly')}</p>}
        </SettingsShell>
      )}
    </RequireSignIn>
  );
}

function Communities() {
  const t = useT();
  const state = useQuery(adminCommunitiesQuery);
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: [operationName(ADMIN_COMMUNITIES_QUERY)] });
  async function setArchived(slug: string, name: string, archived: boolean) {
    if (archived && !window.confirm(t('settings.archiveConfirm', { name }))) return;
    await request(SET_COMMUNITY_ARCHIVED_MUTATION, { slug, archived });
    await queryClient.invalidateQueries();
  }
  return (
    <div className="settings__grid settings__grid--two">
      <section aria-labelledby="communities-list">
        <h2 id="communities-list">{t('settings.allCommunities')}</h2>
        {state.status === 'pending' && (
          <p className="status" role="status">
            {t('common.loading')}
          </p>
        )}
        {state.status === 'error' && (
          <p className="status status--error" role="alert">
            {t('settings.loadFailed', { message: state.error.message })}
          </p>
        )}
        {state.status === 'success' && state.data.communities.length === 0 && <p className="status">{t('settings.noCommunities')}</p>}
        {state.status === 'success' && state.data.communities.length > 0 && (
          <ul className="settings__list" data-testid="admin-communities">
            {state.data.communities.map((c) => (
              <li key={c.id} className="settings__item">
                <div className="settings__item-main">
                  <strong>{c.name}</strong> {c.archived && <span className="settings__badge">{t('settings.archived')}</span>}
                  <div className="settings__item-meta">
                    /c/{c.slug} · {languageName(c.defaultLanguage.toLowerCase())} · {t('settings.people', { count: c.peopleCount })}
                  </div>
                </div>
                <div className="settings__actions">
                  <Link className="wk-button wk-button--small wk-button--primary" to={`/c/${encodeURIComponent(c.slug)}/settings`}>
                    {t('settings.settings')}
                  </Link>
                  {!c.archived && (
                    <Link className="wk-button wk-button--small" to={`/c/${encodeURIComponent(c.slug)}`}>
                      {t('settings.map')}
                    </Link>
                  )}
                  <button
                    type="button"
                    className="wk-button wk-button--small"
                    onClick={() => void setArchived(c.slug, c.name, !c.archived).then(refresh)}
                  >
                    {c.archived ? t('settings.restore') : t('settings.archive')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <NewCommunityForm />
    </div>
  );
}

type Field = 'name' | 'slug' | 'description' | 'contact';

function NewCommunityForm() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ name: '', slug: '', description: '', contact: '' });
  const [slugEdited, setSlugEdited] = useState(false);
  const [language, setLanguage] = useState<Language>('ES');
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const [busy, setBusy] = useState(false);
  const slug = slugEdited ? values.slug : suggestSlug(values.name);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const input = { name: values.name, slug, description: values.description, contact: values.contact, defaultLanguage: language };
      const { createCommunity } = await request(CREATE_COMMUNITY_MUTATION, { input });
      await queryClient.invalidateQueries();
      void navigate(`/c/${encodeURIComponent(createCommunity.slug)}/settings`);
    } catch (error) {
      const field = errorField(error);
      setErrors({ [field && field in values ? field : 'form']: messageOf(error) });
      setBusy(false);
    }
  }

  const set = (field: Field) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  return (
    <form className="wk-form-card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="new-community">
      <h2 id="new-community">{t('settings.newCommunity')}</h2>
      <TextField
        id="community-name"
        label={t('settings.name')}
        value={values.name}
        onChange={set('name')}
        error={errors.name}
        required
        maxLength={COMMUNITY_LIMITS.name}
      />
      <TextField
        id="community-slug"
        label={t('settings.slug')}
        hint={t('settings.slugHint')}
        value={slug}
        onChange={(e) => {
          setSlugEdited(true);
          set('slug')(e);
        }}
        error={errors.slug}
        required
        maxLength={COMMUNITY_LIMITS.slug}
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField
        id="community-description"
        label={`${t('settings.description')} (${t('settings.optional')})`}
        value={values.description}
        onChange={set('description')}
        error={errors.description}
        maxLength={COMMUNITY_LIMITS.description}
      />
      <LanguageSelect id="community-language" value={language} onChange={setLanguage} />
      <TextField
        id="community-contact"
        label={`${t('settings.contact')} (${t('settings.optional')})`}
        hint={t('settings.contactHint')}
        value={values.contact}
        onChange={set('contact')}
        error={errors.contact}
        maxLength={COMMUNITY_LIMITS.contact}
      />
      {errors.form && (
        <p className="wk-inline-error" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" className="wk-button wk-button--primary" disabled={busy}>
        {t('settings.create')}
      </button>
    </form>
  );
}
