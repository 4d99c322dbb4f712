import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { request } from '../api/graphql';
import { CodeEntry } from './CodeEntry';
import { SurveyShell } from './SurveyShell';
import { SurveyForm, badInputStatus } from './SurveyForm';
import type { FieldErrors, FormStatus } from './SurveyForm';
import { browserStorage } from './browser-storage';
import { errorKind, errorMessage } from './error-kind';
import type { ErrorKind } from './error-kind';
import type { Lang, Translate } from '../i18n';
import { formatDay, useCommunityLanguage, useLocale, useT } from '../i18n';
import { joinQueryKeptOffline } from './offline-join';
import { SUBMIT_SURVEY_MUTATION } from './queries';
import type { SurveyLimits, WorkshopJoinInfo } from './queries';
import { randomUuid } from './random-id';
import { loadReceipt, saveReceipt } from './stored-receipt';
import { clearDraft, loadOrCreateDraft, normalizeCode, saveDraft } from './survey-draft';
import { emptyValues, hasAnswers, onlyAsked } from './survey-values';
import type { SurveyValues } from './survey-values';
import { toSurveyInput } from './to-survey-input';
import { registerSurveyWorker } from './survey-worker';
import { useDeviceHeaders } from './useDeviceHeaders';
import { useLanguage } from '../i18n';

/** `/join` (type a code) and `/join/:code` (the survey of that workshop). */
export function JoinPage() {
  const { code: rawCode } = useParams();
  const [lang] = useLanguage();
  const t = useT();

  useEffect(() => {
    document.title = `${t('survey.joinTitle')} · Tejido`;
  }, [t]);
  useEffect(registerSurveyWorker, []);

  if (rawCode === undefined || normalizeCode(rawCode) === '') {
    return (
      <SurveyShell>
        <h1>{t('survey.joinTitle')}</h1>
        <p className="lead">{t('survey.joinIntro')}</p>
        <CodeEntry autoFocus />
      </SurveyShell>
    );
  }
  const code = normalizeCode(rawCode);
  if (code !== rawCode) return <Navigate to={`/join/${encodeURIComponent(code)}`} replace />;
  return (
    <SurveyShell>
      <JoinWorkshop key={code} code={code} lang={lang} />
    </SurveyShell>
  );
}

type LoadState =
  | { status: 'loading' }
  | { status: 'failed'; kind: ErrorKind; message: string }
  | { status: 'ready'; workshop: WorkshopJoinInfo; limits: SurveyLimits };

function JoinWorkshop({ code, lang }: { code: string; lang: Lang }) {
  const t = useT();
  const locale = useLocale();
  const headers = useDeviceHeaders();
  const query = useQuery(joinQueryKeptOffline(code, headers));
  // A phone with no choice of its own reads the survey in its community's language (then the browser's).
  useCommunityLanguage(query.data?.workshop?.communityLanguage);
  const state: LoadState =
    query.isPending || (query.isError && query.isFetching)
      ? { status: 'loading' }
      : query.isError
        ? { status: 'failed', kind: errorKind(query.error), message: errorMessage(query.error) }
        : query.data.workshop
          ? { status: 'ready', workshop: query.data.workshop, limits: query.data.surveyLimits }
          : { status: 'failed', kind: 'notFound', message: '' };
  const retry = () => void query.refetch();

  if (state.status === 'loading') {
    return (
      <p className="status" role="status">
        {t('survey.loadingWorkshop')}
      </p>
    );
  }

  if (state.status === 'failed') {
    if (state.kind === 'notFound') {
      return (
        <>
          <h1>{t('survey.joinTitle')}</h1>
          <p className="status status--error" role="alert">
            {t('survey.notFound', { code })}
          </p>
          <CodeEntry label={t('survey.retypeCode')} />
        </>
      );
    }
    return (
      <>
        <h1>{t('survey.joinTitle')}</h1>
        <p className={`status${state.kind === 'rateLimited' ? '' : ' status--error'}`} role="alert">
          {state.kind === 'rateLimited'
            ? t('survey.rateLimited')
            : state.kind === 'unreachable'
              ? t('survey.loadFailed')
              : t('survey.unexpected', { message: state.message })}
        </p>
        <button type="button" className="button button--secondary" onClick={retry}>
          {t('common.retry')}
        </button>
      </>
    );
  }

  const { workshop, limits } = state;
  const receipt = loadReceipt(browserStorage(), code);
  return (
    <>
      <header className="survey-header">
        <h1>{workshop.title}</h1>
        <p className="survey-header__meta">
          {t('survey.workshopMeta', { community: workshop.communityName, date: formatDay(workshop.date, locale) })}
        </p>
      </header>
      {receipt?.privateToken && (
        <div className="notice">
          <p>
            {t('survey.alreadyAnswered')} <Link to={`/me/${encodeURIComponent(receipt.privateToken)}`}>{t('survey.openPrivateLink')}</Link>.
          </p>
          {workshop.status === 'OPEN' && <p>{t('survey.anotherPerson')}</p>}
        </div>
      )}
      {workshop.status === 'CLOSED' ? (
        <p className="status" role="status">
          {t('survey.closed')}
        </p>
      ) : (
        <SurveyJoinForm code={code} lang={lang} workshop={workshop} limits={limits} headers={headers} />
      )}
    </>
  );
}

interface SurveyJoinFormProps {
  code: string;
  lang: Lang;
  workshop: WorkshopJoinInfo;
  limits: SurveyLimits;
  headers: Record<string, string>;
}

function SurveyJoinForm({ code, lang, workshop, limits, headers }: SurveyJoinFormProps) {
  const t = useT();
  const navigate = useNavigate();
  const storage = browserStorage();
  // The submissionId is made once per form and kept with the answers until the server acknowledges them.
  const [{ draft, restored }] = useState(() =>
    loadOrCreateDraft(storage, code, () => emptyValues(workshop.region?.id ?? null), randomUuid),
  );
  const [values, setValues] = useState<SurveyValues>(draft.values);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);
  const [queued, setQueued] = useState(draft.queued === true);
  const [status, setStatus] = useState<FormStatus | null>(
    queued
      ? { tone: 'info', text: t('survey.queuedOffline') }
      : restored && hasAnswers(draft.values)
        ? { tone: 'info', text: t('survey.draftRestored') }
        : null,
  );
  const sendingRef = useRef(false);

  useEffect(() => {
    saveDraft(storage, code, { submissionId: draft.submissionId, values, queued });
  }, [storage, code, draft.submissionId, values, queued]);

  // Answers kept for want of a connection go out by themselves: when the browser says it is back online, and
  // every few seconds meanwhile (a room's Wi-Fi may be up while Tejido's server is out of reach). The same
  // submissionId is sent each time, so the server stores them once however many tries reach it.
  const sendRef = useRef<() => Promise<void>>(async () => {});
  useEffect(() => {
    sendRef.current = send;
  });
  useEffect(() => {
    if (!queued) return;
    const resend = () => void sendRef.current();
    resend();
    window.addEventListener('online', resend);
    const timer = window.setInterval(resend, RESEND_EVERY_MS);
    return () => {
      window.removeEventListener('online', resend);
      window.clearInterval(timer);
    };
  }, [queued]);

  const settings = workshop.surveySettings;
  // The community's own limits, within the deployment's.
  const surveyLimits: SurveyLimits = {
    ...limits,
    maxInterests: Math.min(limits.maxInterests, settings.maxInterests),
    maxTies: Math.min(limits.maxTies, settings.maxTies),
  };
  const intro = (lang === 'es' ? settings.introEs : settings.introEn) ?? settings.introEs ?? settings.introEn ?? t('survey.surveyIntro');
  const consentText = (lang === 'es' ? settings.consentEs : settings.consentEn) ?? settings.consentEs ?? settings.consentEn;

  const regions =
    workshop.region && !workshop.regions.some((region) => region.id === workshop.region?.id)
      ? [workshop.region, ...workshop.regions]
      : workshop.regions;

  async function send() {
    // A second tap while the first is on its way does nothing.
    if (sendingRef.current) return;
    sendingRef.current = true;
    setSending(true);
    setErrors({});
    if (!queued) setStatus({ tone: 'info', text: t('survey.sending') });
    try {
      const input = toSurveyInput(onlyAsked(values, settings), { submissionId: draft.submissionId, language: lang });
      const data = await request(SUBMIT_SURVEY_MUTATION, { code, input }, { headers });
      saveReceipt(storage, code, data.submitSurvey);
      clearDraft(storage, code);
      setQueued(false);
      void navigate(`/join/${encodeURIComponent(code)}/done`, { state: { receipt: data.submitSurvey } });
    } catch (error) {
      const unreachable = errorKind(error) === 'unreachable';
      setQueued(unreachable);
      setStatus(unreachable ? { tone: 'info', text: t('survey.queuedOffline') } : submitFailure(error, t, code, setErrors));
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  }

  return (
    <>
      <p className="lead survey-intro" data-testid="survey-intro">
        {intro}
      </p>
      <SurveyForm
        lang={lang}
        values={values}
        onChange={(next) => {
          setValues(next);
          if (status?.tone === 'info' && !sending && !queued) setStatus(null);
        }}
        errors={errors}
        onErrorsChange={setErrors}
        limits={surveyLimits}
        asked={settings}
        consentText={consentText}
        regions={regions}
        organizations={workshop.organizations}
        interests={workshop.interests}
        searchCode={code}
        requestHeaders={headers}
        busy={sending}
        submitLabel={t('survey.submit')}
        busyLabel={t('survey.sending')}
        status={status}
        pending={queued}
        onSubmit={() => void send()}
      />
    </>
  );
}

/** How often kept answers are tried again while the connection stays away. */
const RESEND_EVERY_MS = 10_000;

/** What to tell the participant when sending failed; the draft (and its submissionId) stays for the retry. */
function submitFailure(error: unknown, t: Translate, code: string, setErrors: (errors: FieldErrors) => void): FormStatus {
  switch (errorKind(error)) {
    case 'badInput':
      return badInputStatus(error, t, setErrors);
    case 'closed':
      return { tone: 'error', text: t('survey.workshopClosedOnSubmit') };
    case 'notFound':
      return { tone: 'error', text: t('survey.notFound', { code }) };
    case 'merged':
      return { tone: 'error', text: t('survey.linkMerged') };
    case 'rateLimited':
      return { tone: 'error', text: t('survey.rateLimited') };
    case 'unreachable':
      return { tone: 'error', text: t('survey.notSent') };
    case 'other':
      return { tone: 'error', text: `${t('survey.notSent')} ${t('survey.unexpected', { message: errorMessage(error) })}` };
  }
}
