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
import type { Lang, Messages } from './i18n';
import { formatDay, messages } from './i18n';
import { joinQueryKeptOffline } from './offline-join';
import { SUBMIT_SURVEY_MUTATION } from './queries';
import type { SurveyLimits, WorkshopJoinInfo } from './queries';
import { randomUuid } from './random-id';
import { loadReceipt, saveReceipt } from './stored-receipt';
import { clearDraft, loadOrCreateDraft, normalizeCode, saveDraft } from './survey-draft';
import { emptyValues, hasAnswers } from './survey-values';
import type { SurveyValues } from './survey-values';
import { toSurveyInput } from './to-survey-input';
import { registerSurveyWorker } from './survey-worker';
import { useDeviceHeaders } from './useDeviceHeaders';
import { useLanguage } from './useLanguage';

/** `/join` (type a code) and `/join/:code` (the survey of that workshop). */
export function JoinPage() {
  const { code: rawCode } = useParams();
  const [lang, setLang] = useLanguage();
  const t = messages[lang];

  useEffect(() => {
    document.title = `${t.joinTitle} · Tejido`;
  }, [t]);
  useEffect(registerSurveyWorker, []);

  if (rawCode === undefined || normalizeCode(rawCode) === '') {
    return (
      <SurveyShell lang={lang} onLangChange={setLang}>
        <h1>{t.joinTitle}</h1>
        <p className="lead">{t.joinIntro}</p>
        <CodeEntry lang={lang} autoFocus />
      </SurveyShell>
    );
  }
  const code = normalizeCode(rawCode);
  if (code !== rawCode) return <Navigate to={`/join/${encodeURIComponent(code)}`} replace />;
  return (
    <SurveyShell lang={lang} onLangChange={setLang}>
      <JoinWorkshop key={code} code={code} lang={lang} />
    </SurveyShell>
  );
}

type LoadState =
  | { status: 'loading' }
  | { status: 'failed'; kind: ErrorKind; message: string }
  | { status: 'ready'; workshop: WorkshopJoinInfo; limits: SurveyLimits };

function JoinWorkshop({ code, lang }: { code: string; lang: Lang }) {
  const t = messages[lang];
  const headers = useDeviceHeaders();
  const query = useQuery(joinQueryKeptOffline(code, headers));
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
        {t.loadingWorkshop}
      </p>
    );
  }

  if (state.status === 'failed') {
    if (state.kind === 'notFound') {
      return (
        <>
          <h1>{t.joinTitle}</h1>
          <p className="status status--error" role="alert">
            {t.notFound(code)}
          </p>
          <CodeEntry lang={lang} label={t.retypeCode} />
        </>
      );
    }
    return (
      <>
        <h1>{t.joinTitle}</h1>
        <p className={`status${state.kind === 'rateLimited' ? '' : ' status--error'}`} role="alert">
          {state.kind === 'rateLimited' ? t.rateLimited : state.kind === 'unreachable' ? t.loadFailed : t.unexpected(state.message)}
        </p>
        <button type="button" className="button button--secondary" onClick={retry}>
          {t.retry}
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
        <p className="survey-header__meta">{t.workshopMeta(workshop.communityName, formatDay(workshop.date, lang))}</p>
      </header>
      {receipt?.privateToken && (
        <div className="notice">
          <p>
            {t.alreadyAnswered} <Link to={`/me/${encodeURIComponent(receipt.privateToken)}`}>{t.openPrivateLink}</Link>.
          </p>
          {workshop.status === 'OPEN' && <p>{t.anotherPerson}</p>}
        </div>
      )}
      {workshop.status === 'CLOSED' ? (
        <p className="status" role="status">
          {t.closed}
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
  const t = messages[lang];
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
      ? { tone: 'info', text: t.queuedOffline }
      : restored && hasAnswers(draft.values)
        ? { tone: 'info', text: t.draftRestored }
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
    if (!queued) setStatus({ tone: 'info', text: t.sending });
    try {
      const input = toSurveyInput(values, { submissionId: draft.submissionId, language: lang });
      const data = await request(SUBMIT_SURVEY_MUTATION, { code, input }, { headers });
      saveReceipt(storage, code, data.submitSurvey);
      clearDraft(storage, code);
      setQueued(false);
      void navigate(`/join/${encodeURIComponent(code)}/done`, { state: { receipt: data.submitSurvey } });
    } catch (error) {
      const unreachable = errorKind(error) === 'unreachable';
      setQueued(unreachable);
      setStatus(unreachable ? { tone: 'info', text: t.queuedOffline } : submitFailure(error, t, code, setErrors));
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  }

  return (
    <>
      <p className="lead">{t.surveyIntro}</p>
      <SurveyForm
        lang={lang}
        values={values}
        onChange={(next) => {
          setValues(next);
          if (status?.tone === 'info' && !sending && !queued) setStatus(null);
        }}
        errors={errors}
        onErrorsChange={setErrors}
        limits={limits}
        regions={regions}
        organizations={workshop.organizations}
        interests={workshop.interests}
        searchCode={code}
        requestHeaders={headers}
        busy={sending}
        submitLabel={t.submit}
        busyLabel={t.sending}
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
function submitFailure(
  error: unknown,
  t: Messages,
  code: string,
  setErrors: (errors: FieldErrors) => void,
): FormStatus {
  switch (errorKind(error)) {
    case 'badInput':
      return badInputStatus(error, t, setErrors);
    case 'closed':
      return { tone: 'error', text: t.workshopClosedOnSubmit };
    case 'notFound':
      return { tone: 'error', text: t.notFound(code) };
    case 'merged':
      return { tone: 'error', text: t.linkMerged };
    case 'rateLimited':
      return { tone: 'error', text: t.rateLimited };
    case 'unreachable':
      return { tone: 'error', text: t.notSent };
    case 'other':
      return { tone: 'error', text: `${t.notSent} ${t.unexpected(errorMessage(error))}` };
  }
}
