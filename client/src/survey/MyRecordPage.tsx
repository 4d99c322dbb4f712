import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { request } from '../api/graphql';
import { PeopleYouCouldMeet } from '../peers/PeopleYouCouldMeet';
import { SurveyShell } from './SurveyShell';
import { SurveyForm, badInputStatus } from './SurveyForm';
import type { FieldErrors, FormStatus } from './SurveyForm';
import { browserStorage } from './browser-storage';
import { errorKind, errorMessage } from './error-kind';
import type { ErrorKind } from './error-kind';
import type { Lang, Translate } from '../i18n';
import { useT } from '../i18n';
import { ERASE_MY_RECORD_MUTATION, MY_RECORD_EXPORT_QUERY, UPDATE_MY_RECORD_MUTATION, joinQuery, myRecordQuery } from './queries';
import type { InterestOption, MyRecord, OrganizationOption, RegionOption, SurveyLimits, WorkshopJoinInfo } from './queries';
import { randomUuid } from './random-id';
import { saveTextFile } from '../ui/save-file';
import { forgetReceiptWithToken } from './stored-receipt';
import { valuesFromRecord } from './survey-values';
import type { SurveyValues } from './survey-values';
import { toSurveyInput } from './to-survey-input';
import { useDeviceHeaders } from './useDeviceHeaders';
import { useLanguage } from '../i18n';

type PageState =
  | { status: 'loading' }
  | { status: 'failed'; kind: ErrorKind; message: string }
  | { status: 'ready'; record: MyRecord; limits: SurveyLimits; workshop: WorkshopJoinInfo | null }
  | { status: 'erased' };

/** `/me/:token`: the participant's own record through the private link: see, change, withdraw. */
export function MyRecordPage() {
  const { token = '' } = useParams();
  const [lang] = useLanguage();
  const t = useT();
  const headers = useDeviceHeaders();
  const queryClient = useQueryClient();
  const recordQuery = myRecordQuery(token, headers);
  const record = useQuery(recordQuery);
  // The workshop's lists feed the autocompletes; the record can be edited without them.
  const code = record.data?.myRecord.workshopCode ?? null;
  const join = useQuery({ ...joinQuery(code ?? '', headers), enabled: code !== null });
  const [ended, setEnded] = useState<'erased' | 'gone' | null>(null);

  useEffect(() => {
    document.title = `${t('survey.myRecordTitle')} · Tejido`;
  }, [t]);

  const state: PageState =
    ended === 'erased'
      ? { status: 'erased' }
      : ended === 'gone'
        ? { status: 'failed', kind: 'notFound', message: '' }
        : record.isPending || (record.isError && record.isFetching) || (code !== null && join.isPending)
          ? { status: 'loading' }
          : record.isError
            ? { status: 'failed', kind: errorKind(record.error), message: errorMessage(record.error) }
            : { status: 'ready', record: record.data.myRecord, limits: record.data.surveyLimits, workshop: join.data?.workshop ?? null };

  return (
    <SurveyShell>
      {state.status === 'loading' && (
        <p className="status" role="status">
          {t('survey.loadingRecord')}
        </p>
      )}
      {state.status === 'failed' && (
        <>
          <h1>{t('survey.myRecordTitle')}</h1>
          {state.kind === 'notFound' || state.kind === 'merged' ? (
            <p className="status status--error" role="alert" data-testid="record-unavailable">
              {state.kind === 'merged' ? t('survey.linkMerged') : t('survey.linkNotFound')}
            </p>
          ) : (
            <>
              <p className={`status${state.kind === 'rateLimited' ? '' : ' status--error'}`} role="alert">
                {state.kind === 'rateLimited'
                  ? t('survey.rateLimited')
                  : state.kind === 'unreachable'
                    ? t('survey.loadFailed')
                    : t('survey.unexpected', { message: state.message })}
              </p>
              <button type="button" className="button button--secondary" onClick={() => void record.refetch()}>
                {t('common.retry')}
              </button>
            </>
          )}
        </>
      )}
      {state.status === 'erased' && (
        <div className="erased" data-testid="record-erased">
          <h1>{t('survey.erasedTitle')}</h1>
          <p className="lead">{t('survey.erasedText')}</p>
        </div>
      )}
      {state.status === 'ready' && (
        <RecordEditor
          token={token}
          lang={lang}
          headers={headers}
          record={state.record}
          limits={state.limits}
          workshop={state.workshop}
          onRecordChange={(myRecord) => queryClient.setQueryData(recordQuery.queryKey, (data) => data && { ...data, myRecord })}
          onGone={() => setEnded('gone')}
          onErased={() => {
            forgetReceiptWithToken(browserStorage(), state.record.workshopCode, token);
            setEnded('erased');
          }}
        />
      )}
    </SurveyShell>
  );
}

/** The union of two lists by id, the first one's entries first. */
function mergeById<T extends { id: string }>(first: readonly T[], second: readonly (T | null | undefined)[]): T[] {
  const seen = new Set(first.map((item) => item.id));
  const merged = [...first];
  for (const item of second) {
    if (item && !seen.has(item.id)) {
      seen.add(item.id);
      merged.push(item);
    }
  }
  return merged;
}

interface RecordEditorProps {
  token: string;
  lang: Lang;
  headers: Record<string, string>;
  record: MyRecord;
  limits: SurveyLimits;
  workshop: WorkshopJoinInfo | null;
  onRecordChange: (record: MyRecord) => void;
  onGone: () => void;
  onErased: () => void;
}

function RecordEditor({ token, lang, headers, record, limits, workshop, onRecordChange, onGone, onErased }: RecordEditorProps) {
  const t = useT();
  const { person } = record;
  const [values, setValues] = useState<SurveyValues>(() => valuesFromRecord(record));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<FormStatus | null>(null);
  const savingRef = useRef(false);

  // What the person already has is always choosable, even when the workshop's lists could not be loaded.
  const regions: RegionOption[] = mergeById(workshop?.regions ?? [], [person.region]);
  const organizations: OrganizationOption[] = mergeById(workshop?.organizations ?? [], [person.organization]);
  const interests: InterestOption[] = mergeById(workshop?.interests ?? [], [...person.offers, ...person.seeks]);
  const namedBy = person.knows.filter((tie) => tie.reportedById !== person.id);

  async function save() {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    setErrors({});
    setStatus({ tone: 'info', text: t('survey.saving') });
    try {
      // The schema requires a submissionId; the server ignores it for updates.
      const input = toSurveyInput(values, { submissionId: randomUuid(), language: lang });
      const data = await request(UPDATE_MY_RECORD_MUTATION, { token, input }, { headers });
      onRecordChange(data.updateMyRecord);
      setValues(valuesFromRecord(data.updateMyRecord));
      setStatus({ tone: 'success', text: t('survey.saved') });
    } catch (error) {
      const kind = errorKind(error);
      if (kind === 'notFound') onGone();
      else setStatus(saveFailure(error, kind, t, setErrors));
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  }

  return (
    <>
      <header className="survey-header">
        <h1>{t('survey.myRecordTitle')}</h1>
        <p className="survey-header__meta">{t('survey.myRecordMeta', { community: record.communityName })}</p>
      </header>
      <p className="lead">{t('survey.myRecordIntro')}</p>
      <SurveyForm
        lang={lang}
        values={values}
        onChange={(next) => {
          setValues(next);
          if (!saving) setStatus(null);
        }}
        errors={errors}
        onErrorsChange={setErrors}
        limits={limits}
        regions={regions}
        organizations={organizations}
        interests={interests}
        searchCode={workshop ? workshop.code : null}
        requestHeaders={headers}
        selfId={person.id}
        tiesExtra={
          namedBy.length > 0 && (
            <div className="named-by">
              <p>{t('survey.namedYou')}</p>
              <ul>
                {namedBy.map((tie) => (
                  <li key={tie.person.id}>
                    {tie.person.name}
                    {tie.person.organization && <span className="tie__org"> · {tie.person.organization.name}</span>}
                  </li>
                ))}
              </ul>
            </div>
          )
        }
        busy={saving}
        submitLabel={t('survey.save')}
        busyLabel={t('survey.saving')}
        status={status}
        onSubmit={() => void save()}
      />
      <PeopleYouCouldMeet
        // Saved answers change whom to meet: ask again when the interests change.
        key={[...person.offers, ...person.seeks].map((interest) => interest.id).join()}
        token={token}
        lang={lang}
        headers={headers}
      />
      <DownloadSection token={token} headers={headers} onGone={onGone} />
      <EraseSection token={token} headers={headers} onGone={onGone} onErased={onErased} />
    </>
  );
}

function saveFailure(error: unknown, kind: ErrorKind, t: Translate, setErrors: (errors: FieldErrors) => void): FormStatus {
  switch (kind) {
    case 'badInput':
      return badInputStatus(error, t, setErrors);
    case 'rateLimited':
      return { tone: 'error', text: t('survey.rateLimited') };
    case 'unreachable':
      return { tone: 'error', text: t('survey.notSaved') };
    default:
      return { tone: 'error', text: t('survey.unexpected', { message: errorMessage(error) }) };
  }
}

interface DownloadSectionProps {
  token: string;
  headers: Record<string, string>;
  onGone: () => void;
}

/** Data portability: everything held about the participant, saved as a JSON file. */
function DownloadSection({ token, headers, onGone }: DownloadSectionProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const data = await request(MY_RECORD_EXPORT_QUERY, { token }, { headers });
      saveTextFile(data.myRecordExport, 'tejido-my-data.json');
    } catch (failure) {
      const kind = errorKind(failure);
      if (kind === 'notFound') {
        onGone();
        return;
      }
      setError(
        kind === 'rateLimited'
          ? t('survey.rateLimited')
          : kind === 'unreachable'
            ? t('survey.downloadFailed')
            : t('survey.unexpected', { message: errorMessage(failure) }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="my-data" aria-labelledby="my-data-title">
      <h2 id="my-data-title">{t('survey.downloadTitle')}</h2>
      <p>{t('survey.downloadText')}</p>
      <button
        type="button"
        className="button button--secondary"
        data-testid="download-my-data"
        disabled={busy}
        onClick={() => void download()}
      >
        {busy ? t('survey.downloading') : t('survey.downloadButton')}
      </button>
      <p className="erase__error" role="alert">
        {error}
      </p>
    </section>
  );
}

interface EraseSectionProps {
  token: string;
  headers: Record<string, string>;
  onGone: () => void;
  onErased: () => void;
}

/** Withdrawal, apart from the form, in two steps: ask, then confirm. */
function EraseSection({ token, headers, onGone, onErased }: EraseSectionProps) {
  const t = useT();
  const [step, setStep] = useState<'idle' | 'confirm' | 'erasing'>('idle');
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (step === 'confirm') confirmRef.current?.focus();
  }, [step]);

  async function erase() {
    setStep('erasing');
    setError(null);
    try {
      await request(ERASE_MY_RECORD_MUTATION, { token }, { headers });
      onErased();
    } catch (failure) {
      const kind = errorKind(failure);
      if (kind === 'notFound') {
        onGone();
        return;
      }
      setError(
        kind === 'rateLimited'
          ? t('survey.rateLimited')
          : kind === 'unreachable'
            ? t('survey.eraseFailed')
            : t('survey.unexpected', { message: errorMessage(failure) }),
      );
      setStep('confirm');
    }
  }

  return (
    <section className="erase" aria-labelledby="erase-title">
      <h2 id="erase-title">{t('survey.withdrawTitle')}</h2>
      <p>{t('survey.withdrawText')}</p>
      {step === 'idle' ? (
        <button type="button" className="button button--danger-outline" onClick={() => setStep('confirm')}>
          {t('survey.withdrawButton')}
        </button>
      ) : (
        <div className="erase__confirm" role="group" aria-labelledby="erase-confirm">
          <p id="erase-confirm" className="erase__question" tabIndex={-1} ref={confirmRef}>
            {t('survey.withdrawConfirm')}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              data-testid="erase-confirm"
              disabled={step === 'erasing'}
              onClick={() => void erase()}
            >
              {step === 'erasing' ? t('survey.erasing') : t('survey.withdrawYes')}
            </button>
            <button type="button" className="button button--secondary" disabled={step === 'erasing'} onClick={() => setStep('idle')}>
              {t('survey.withdrawNo')}
            </button>
          </div>
        </div>
      )}
      <p className="erase__error" role="alert">
        {error}
      </p>
    </section>
  );
}
