import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useParams } from 'react-router';
import { request } from '../api/graphql';
import { RequireSignIn } from '../auth/RequireSignIn';
import type { SurveySettings } from '../survey/queries';
import { useT } from '../i18n';
import { CatalogueShell } from './CatalogueShell';
import type { Translate } from '../i18n';
import { UPDATE_SURVEY_SETTINGS_MUTATION, surveySettingsQuery } from './queries';
import { useSave } from './useSave';

/** `/c/:slug/survey`: what the community's survey asks, with a link to see the join page as participants do. */
export function SurveySettingsPage() {
  const slug = useParams().slug ?? '';
  return <RequireSignIn>{() => <Settings slug={slug} />}</RequireSignIn>;
}

function Settings({ slug }: { slug: string }) {
  const t = useT();
  const state = useQuery(surveySettingsQuery(slug));
  const community = state.data?.community ?? null;
  useEffect(() => {
    document.title = `${t('setup.settingsTitle')} · ${community?.name ?? slug} · Tejido`;
  }, [t, community, slug]);

  return (
    <CatalogueShell slug={slug} name={community?.name ?? null}>
      <header className="page-header">
        <h1>{t('setup.settingsTitle')}</h1>
        <p className="lead">{t('setup.settingsLead')}</p>
      </header>
      {state.isPending ? (
        <p className="status" role="status">
          …
        </p>
      ) : state.isError || !state.data ? (
        <p className="status status--error" role="alert">
          {state.error?.message}
        </p>
      ) : !community ? (
        <p className="status">{t('setup.notFacilitator')}</p>
      ) : (
        <SettingsForm
          key={community.id}
          slug={slug}
          t={t}
          initial={community.surveySettings}
          limits={state.data.surveyLimits}
          previewCode={state.data.workshops.find((w) => w.status === 'OPEN')?.code ?? null}
          onSaved={() => void state.refetch()}
        />
      )}
    </CatalogueShell>
  );
}

type Limits = { maxInterests: number; maxTies: number };
const TEXTS = ['introEs', 'introEn', 'consentEs', 'consentEn'] as const;
const QUESTIONS = ['askEmail', 'askRole', 'askOrganization', 'askTies'] as const;

function SettingsForm({
  slug,
  t,
  initial,
  limits,
  previewCode,
  onSaved,
}: {
  slug: string;
  t: Translate;
  initial: SurveySettings;
  limits: Limits;
  previewCode: string | null;
  onSaved: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(false);
  const { busy, error, save } = useSave();
  const set = (patch: Partial<SurveySettings>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await save(() => request(UPDATE_SURVEY_SETTINGS_MUTATION, { slug, input: draft }))) {
      setSaved(true);
      onSaved();
    }
  }

  const invalid = (field: string) => error?.field === field || undefined;
  return (
    <form className="settings-form" onSubmit={(e) => void submit(e)} data-testid="survey-settings-form">
      <fieldset>
        <legend>{t('setup.introHeading')}</legend>
        {TEXTS.map((field) => (
          <div className="settings-form__field" key={field}>
            <label htmlFor={`settings-${field}`}>{t(`setup.${field}`)}</label>
            <p className="field__hint">{field.startsWith('intro') ? t('setup.introHint') : t('setup.consentHint')}</p>
            <textarea
              id={`settings-${field}`}
              rows={3}
              maxLength={1000}
              aria-invalid={invalid(field)}
              value={draft[field] ?? ''}
              onChange={(e) => set({ [field]: e.target.value || null })}
            />
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('setup.questionsHeading')}</legend>
        <p className="field__hint">{t('setup.questionsHint')}</p>
        {QUESTIONS.map((field) => (
          <label className="settings-form__check" key={field}>
            <input
              type="checkbox"
              checked={draft[field]}
              onChange={(e) => set({ [field]: e.target.checked })}
              data-testid={`settings-${field}`}
            />{' '}
            {t(`setup.${field}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('setup.limitsHeading')}</legend>
        <div className="settings-form__field">
          <label htmlFor="settings-maxInterests">{t('setup.maxInterests', { max: limits.maxInterests })}</label>
          <input
            id="settings-maxInterests"
            type="number"
            min={1}
            max={limits.maxInterests}
            aria-invalid={invalid('maxInterests')}
            value={draft.maxInterests}
            onChange={(e) => set({ maxInterests: Number(e.target.value) })}
          />
        </div>
        <div className="settings-form__field">
          <label htmlFor="settings-maxTies">{t('setup.maxTies', { max: limits.maxTies })}</label>
          <input
            id="settings-maxTies"
            type="number"
            min={1}
            max={limits.maxTies}
            disabled={!draft.askTies}
            aria-invalid={invalid('maxTies')}
            value={draft.maxTies}
            onChange={(e) => set({ maxTies: Number(e.target.value) })}
          />
        </div>
      </fieldset>
      <div className="settings-form__actions">
        <button type="submit" className="wk-button wk-button--primary" disabled={busy} data-testid="settings-save">
          {busy ? t('setup.saving') : t('setup.saveSettings')}
        </button>
        {previewCode ? (
          <a
            href={`/join/${encodeURIComponent(previewCode)}`}
            target="_blank"
            rel="noreferrer"
            title={t('setup.previewHint')}
            data-testid="settings-preview"
          >
            {t('setup.preview')} ↗
          </a>
        ) : (
          <span className="field__hint">{t('setup.previewNone')}</span>
        )}
      </div>
      <div role="status" aria-live="polite">
        {(error || saved) && (
          <p className={error ? 'status status--error' : 'status status--success'}>{error ? error.message : t('setup.saved')}</p>
        )}
      </div>
    </form>
  );
}
