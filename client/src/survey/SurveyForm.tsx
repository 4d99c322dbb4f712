import { graphql } from '../gql';
import { useEffect, useRef } from 'react';
import type { FocusEvent, FormEvent, KeyboardEvent, ReactNode } from 'react';
import { keepClearOfSendBar, moveOnInsteadOfSending } from './form-keyboard';
import { InterestPicker } from './InterestPicker';
import { OrganizationField } from './OrganizationField';
import { TiesPicker } from './TiesPicker';
import type { Lang, Translate } from '../i18n';
import { useT } from '../i18n';
import type { InterestOption, OrganizationOption, RegionOption, SurveyLimits } from './queries';
import type { FieldProblem } from './to-survey-input';
import { MAX_EMAIL_LENGTH, fieldFromServer, firstField, validateSurvey } from './to-survey-input';
import { GraphQLRequestError } from '../api/graphql';
import { errorMessage } from './error-kind';
import type { AskedQuestions, FieldKey, SurveyValues } from './survey-values';
import { onlyAsked } from './survey-values';
import './survey.css';

export const SurveyLimitsFields = graphql(`
  fragment SurveyLimits on SurveyLimits {
    maxTextLength
    maxInterests
    maxTies
  }
`);

export type FieldErrors = Partial<Record<FieldKey, string>>;

export interface FormStatus {
  tone: 'info' | 'error' | 'success';
  text: string;
}

/** The id of the control that shows a field, to focus it when it needs fixing. */
export const FIELD_IDS: Record<FieldKey, string> = {
  name: 'survey-name',
  email: 'survey-email',
  role: 'survey-role',
  organization: 'survey-organization',
  region: 'survey-region',
  offers: 'survey-offers',
  seeks: 'survey-seeks',
  knows: 'survey-knows',
  consent: 'survey-listed',
};

/** Moves the focus (and the screen) to a field that needs fixing. */
export function focusField(key: FieldKey): void {
  const element = document.getElementById(FIELD_IDS[key]);
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** A BAD_USER_INPUT answer from the server: shown next to the field it names, or as the form's status. */
export function badInputStatus(error: unknown, t: Translate, setErrors: (errors: FieldErrors) => void): FormStatus {
  const field = fieldFromServer(error instanceof GraphQLRequestError ? error.field : undefined);
  if (!field) return { tone: 'error', text: errorMessage(error) };
  setErrors({ [field]: errorMessage(error) });
  focusField(field);
  return { tone: 'error', text: t('survey.checkFields', { count: 1 }) };
}

function problemText(problem: FieldProblem, t: Translate): string {
  switch (problem.kind) {
    case 'required':
      return t('survey.errorRequired');
    case 'tooLong':
      return t('survey.errorTooLong', { max: problem.max });
    case 'email':
      return t('survey.errorEmail');
    case 'tooMany':
      return t('survey.errorTooMany', { max: problem.max });
  }
}

interface SurveyFormProps {
  lang: Lang;
  values: SurveyValues;
  onChange: (values: SurveyValues) => void;
  errors: FieldErrors;
  onErrorsChange: (errors: FieldErrors) => void;
  limits: SurveyLimits;
  regions: readonly RegionOption[];
  organizations: readonly OrganizationOption[];
  interests: readonly InterestOption[];
  /** Workshop whose community the "whom I work with" field searches; null when there is none. */
  searchCode: string | null;
  requestHeaders: Record<string, string>;
  /** The participant's own person id, never offered as a tie. */
  selfId?: string;
  /** Shown in the consent section, e.g. the ties others reported. */
  consentExtra?: ReactNode;
  tiesExtra?: ReactNode;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  status: FormStatus | null;
  /** Answers kept on the phone, waiting for the connection to be sent by themselves. */
  pending?: boolean;
  /** Called when the answers pass the form's own checks. */
  onSubmit: () => void;
  /** The optional questions this survey asks (its community's settings); all when left out. */
  asked?: AskedQuestions;
  /** The community's own consent wording, shown above the consent boxes. */
  consentText?: string | null;
}

const ASK_ALL: AskedQuestions = { askEmail: true, askRole: true, askOrganization: true, askTies: true };

/** The mapping survey, shared by the join page (new answers) and the private link (editing them). */
export function SurveyForm({
  lang,
  values,
  onChange,
  errors,
  onErrorsChange,
  limits,
  regions,
  organizations,
  interests,
  searchCode,
  requestHeaders,
  selfId,
  consentExtra,
  tiesExtra,
  busy,
  submitLabel,
  busyLabel,
  status,
  pending = false,
  onSubmit,
  asked = ASK_ALL,
  consentText,
}: SurveyFormProps) {
  const t = useT();
  const barRef = useRef<HTMLDivElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);

  const frameRef = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frameRef.current), []);

  // React's handlers run after the fields' own (a suggestion list that took Enter has prevented its default).
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    moveOnInsteadOfSending(event.nativeEvent, event.currentTarget, sendRef.current);
  }

  // The browser scrolls a focused field just into the window, which may be under the sticky send bar: once it
  // has (next frame), lift the field above the bar.
  function onFocus(event: FocusEvent<HTMLFormElement>) {
    const focused = event.target;
    cancelAnimationFrame(frameRef.current);
    frameRef.current = requestAnimationFrame(() => {
      if (barRef.current && document.activeElement === focused) keepClearOfSendBar(focused, barRef.current);
    });
  }

  function update(patch: Partial<SurveyValues>, field: FieldKey) {
    onChange({ ...values, ...patch });
    if (errors[field] !== undefined) {
      const rest = { ...errors };
      delete rest[field];
      onErrorsChange(rest);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const problems = validateSurvey(onlyAsked(values, asked), limits);
    const first = firstField(problems);
    if (first) {
      const found: FieldErrors = {};
      for (const [key, problem] of Object.entries(problems) as Array<[FieldKey, FieldProblem]>) found[key] = problemText(problem, t);
      onErrorsChange(found);
      focusField(first);
      return;
    }
    onSubmit();
  }

  const errorCount = Object.keys(errors).length;
  const shown: FormStatus | null =
    status ?? (errorCount > 0 ? { tone: 'error', text: t('survey.checkFields', { count: errorCount }) } : null);
  const describe = (key: FieldKey, ...ids: string[]) =>
    [...ids, errors[key] ? `${FIELD_IDS[key]}-error` : ''].filter(Boolean).join(' ') || undefined;
  const fieldError = (key: FieldKey) =>
    errors[key] ? (
      <p className="field__error" id={`${FIELD_IDS[key]}-error`}>
        {errors[key]}
      </p>
    ) : null;

  return (
    <form
      className="survey-form"
      data-testid="survey-form"
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      aria-busy={busy}
    >
      <section className="survey-section">
        <h2 id="survey-about">{t('survey.sectionAboutYou')}</h2>

        <div className={`field${errors.name ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={FIELD_IDS.name}>
            {t('survey.nameLabel')} <span className="field__meta">({t('survey.required')})</span>
          </label>
          <input
            id={FIELD_IDS.name}
            type="text"
            autoComplete="name"
            autoCapitalize="words"
            enterKeyHint="next"
            required
            maxLength={limits.maxTextLength}
            aria-invalid={!!errors.name || undefined}
            aria-describedby={describe('name')}
            value={values.name}
            onChange={(event) => update({ name: event.target.value }, 'name')}
          />
          {fieldError('name')}
        </div>

        {asked.askEmail && (
          <div className={`field${errors.email ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={FIELD_IDS.email}>
              {t('survey.emailLabel')} <span className="field__meta">({t('survey.optional')})</span>
            </label>
            <p className="field__hint" id={`${FIELD_IDS.email}-hint`}>
              {t('survey.emailHint')}
            </p>
            <input
              id={FIELD_IDS.email}
              type="email"
              inputMode="email"
              autoComplete="email"
              autoCapitalize="none"
              spellCheck={false}
              enterKeyHint="next"
              maxLength={MAX_EMAIL_LENGTH}
              aria-invalid={!!errors.email || undefined}
              aria-describedby={describe('email', `${FIELD_IDS.email}-hint`)}
              value={values.email}
              onChange={(event) => update({ email: event.target.value }, 'email')}
            />
            {fieldError('email')}
          </div>
        )}

        {asked.askOrganization && (
          <OrganizationField
            id={FIELD_IDS.organization}
            organizations={organizations}
            value={values.organization}
            onChange={(organization) => update({ organization }, 'organization')}
            maxTextLength={limits.maxTextLength}
            error={errors.organization}
          />
        )}

        <div className={`field${errors.region ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={FIELD_IDS.region}>
            {t('survey.regionLabel')}
          </label>
          <select
            id={FIELD_IDS.region}
            aria-invalid={!!errors.region || undefined}
            aria-describedby={describe('region')}
            value={values.regionId}
            onChange={(event) => update({ regionId: event.target.value }, 'region')}
          >
            <option value="">{t('survey.regionNone')}</option>
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
          {fieldError('region')}
        </div>

        {asked.askRole && (
          <div className={`field${errors.role ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={FIELD_IDS.role}>
              {t('survey.roleLabel')} <span className="field__meta">({t('survey.optional')})</span>
            </label>
            <p className="field__hint" id={`${FIELD_IDS.role}-hint`}>
              {t('survey.roleHint')}
            </p>
            <input
              id={FIELD_IDS.role}
              type="text"
              autoComplete="organization-title"
              enterKeyHint="next"
              maxLength={limits.maxTextLength}
              aria-invalid={!!errors.role || undefined}
              aria-describedby={describe('role', `${FIELD_IDS.role}-hint`)}
              value={values.role}
              onChange={(event) => update({ role: event.target.value }, 'role')}
            />
            {fieldError('role')}
          </div>
        )}
      </section>

      <section className="survey-section">
        <h2 id="survey-practice">{t('survey.sectionPractice')}</h2>
        <InterestPicker
          id={FIELD_IDS.offers}
          label={t('survey.offersLabel')}
          hint={t('survey.offersHint')}
          lang={lang}
          interests={interests}
          value={values.offers}
          onChange={(offers) => update({ offers }, 'offers')}
          max={limits.maxInterests}
          maxTextLength={limits.maxTextLength}
          error={errors.offers}
        />
        <InterestPicker
          id={FIELD_IDS.seeks}
          label={t('survey.seeksLabel')}
          hint={t('survey.seeksHint')}
          lang={lang}
          interests={interests}
          value={values.seeks}
          onChange={(seeks) => update({ seeks }, 'seeks')}
          max={limits.maxInterests}
          maxTextLength={limits.maxTextLength}
          error={errors.seeks}
        />
      </section>

      {asked.askTies && (
        <section className="survey-section">
          <h2 id="survey-ties">{t('survey.sectionTies')}</h2>
          <TiesPicker
            id={FIELD_IDS.knows}
            code={searchCode}
            headers={requestHeaders}
            headingId="survey-ties"
            excludeIds={selfId ? [selfId] : []}
            organizations={organizations}
            value={values.knows}
            onChange={(knows) => update({ knows }, 'knows')}
            max={limits.maxTies}
            maxTextLength={limits.maxTextLength}
            error={errors.knows}
          />
          {tiesExtra}
        </section>
      )}

      <section className="survey-section">
        <h2 id="survey-consent">{t('survey.sectionConsent')}</h2>
        {consentText && (
          <p className="consent__wording" data-testid="consent-wording">
            {consentText}
          </p>
        )}
        <div className="consent">
          <div className="consent__option">
            <input
              id={FIELD_IDS.consent}
              type="checkbox"
              aria-describedby={describe('consent', `${FIELD_IDS.consent}-hint`)}
              checked={values.listed}
              onChange={(event) => update({ listed: event.target.checked }, 'consent')}
            />
            <div>
              <label htmlFor={FIELD_IDS.consent}>{t('survey.consentListed')}</label>
              <p className="field__hint" id={`${FIELD_IDS.consent}-hint`}>
                {t('survey.consentListedHint')}
              </p>
            </div>
          </div>
          <div className="consent__option">
            <input
              id="survey-contactable"
              type="checkbox"
              aria-describedby="survey-contactable-hint"
              checked={values.contactable}
              onChange={(event) => update({ contactable: event.target.checked }, 'consent')}
            />
            <div>
              <label htmlFor="survey-contactable">{t('survey.consentContactable')}</label>
              <p className="field__hint" id="survey-contactable-hint">
                {t('survey.consentContactableHint')}
              </p>
            </div>
          </div>
        </div>
        {fieldError('consent')}
        <p className="consent__note">{t('survey.consentNote')}</p>
        {consentExtra}
      </section>

      <div className="survey-actions" ref={barRef} data-testid="survey-send-bar">
        <p
          className={`survey-actions__status${shown ? ` survey-actions__status--${shown.tone}` : ''}${pending ? ' survey-actions__status--pending' : ''}`}
          data-testid={pending ? 'survey-pending' : undefined}
          role="status"
          aria-live="polite"
        >
          {shown?.text}
        </p>
        <button
          ref={sendRef}
          type="submit"
          className="button button--primary"
          data-testid="survey-submit"
          disabled={busy}
          aria-disabled={busy}
        >
          {busy ? busyLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
