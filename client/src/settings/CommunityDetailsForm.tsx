import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { request } from '../api/graphql';
import type { Language } from '../gql/graphql';
import { useT } from '../i18n';
import { UPDATE_COMMUNITY_MUTATION } from './queries';
import { COMMUNITY_LIMITS } from '../../../shared/community-limits';
import { LanguageSelect } from './LanguageSelect';
import { TextField, errorField, messageOf } from './TextField';

type Details = { slug: string; name: string; description: string | null; defaultLanguage: Language; contact: string | null };
type Field = 'slug' | 'name' | 'description' | 'contact';

/** A community's name, description, default language and public contact; admins may change its slug. */
export function CommunityDetailsForm({ community, isAdmin, onSaved }: { community: Details; isAdmin: boolean; onSaved: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [values, setValues] = useState({
    slug: community.slug,
    name: community.name,
    description: community.description ?? '',
    contact: community.contact ?? '',
  });
  const [language, setLanguage] = useState<Language>(community.defaultLanguage);
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setSaved(false);
    try {
      const input = {
        name: values.name,
        description: values.description,
        contact: values.contact,
        defaultLanguage: language,
        ...(isAdmin ? { slug: values.slug } : {}),
      };
      const { updateCommunity } = await request(UPDATE_COMMUNITY_MUTATION, { slug: community.slug, input });
      setSaved(true);
      onSaved();
      if (updateCommunity.slug !== community.slug)
        void navigate(`/c/${encodeURIComponent(updateCommunity.slug)}/settings`, { replace: true });
    } catch (error) {
      const field = errorField(error);
      setErrors({ [field && field in values ? field : 'form']: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }
  const set = (field: Field) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  return (
    <section aria-labelledby="details">
      <form className="wk-form-card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="details">
        <h2 id="details">{t('settings.details')}</h2>
        <div className="settings__grid">
          <TextField
            id="details-name"
            label={t('settings.name')}
            value={values.name}
            onChange={set('name')}
            error={errors.name}
            maxLength={COMMUNITY_LIMITS.name}
          />
          {isAdmin && (
            <TextField
              id="details-slug"
              label={t('settings.slug')}
              value={values.slug}
              onChange={set('slug')}
              error={errors.slug}
              maxLength={COMMUNITY_LIMITS.slug}
              spellCheck={false}
            />
          )}
          <LanguageSelect id="details-language" value={language} onChange={setLanguage} />
        </div>
        <TextField
          id="details-description"
          label={`${t('settings.description')} (${t('settings.optional')})`}
          value={values.description}
          onChange={set('description')}
          error={errors.description}
          maxLength={COMMUNITY_LIMITS.description}
        />
        <TextField
          id="details-contact"
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
        <p className="settings__actions">
          <button type="submit" className="wk-button wk-button--primary" disabled={busy}>
            {t('settings.save')}
          </button>
          {saved && <span role="status">{t('settings.saved')}</span>}
        </p>
      </form>
    </section>
  );
}
