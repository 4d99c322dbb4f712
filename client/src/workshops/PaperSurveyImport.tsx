import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { request } from '../api/graphql';
import { graphqlQuery } from '../api/graphql-query';
import { openSubscription } from './event-stream';
import { importHeading } from './import-summary';
import { UploadReport } from '../ui/UploadReport';
import { IMPORT_PROGRESS_SUBSCRIPTION, IMPORT_SURVEY_CSV_MUTATION, SURVEY_CSV_TEMPLATE_QUERY } from './queries';
import type { ImportProgress, ImportReport } from './queries';
import { formatNumber, useLocale, useT } from '../i18n';

// The server refuses request bodies over 1 MB; JSON escaping adds a little, so stop somewhat below.
export const MAX_FILE_BYTES = 900_000;
// Wait this long at most for the progress feed before starting the import anyway (the bar then just spins).
const PROGRESS_WAIT_MS = 3_000;

type Phase = 'idle' | 'reading' | 'checking' | 'importing';

/** The file as UTF-8 text (invalid bytes become U+FFFD, which the server reports as an encoding error). */
export function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    // Invalid UTF-8 becomes U+FFFD here, which the server reports as an encoding error.
    reader.readAsText(file, 'utf-8');
  });
}

/** Paper surveys typed into the CSV template: check them (dry run), then import them all or nothing. */
export function PaperSurveyImport({ workshopId, onImported }: { workshopId: string; onImported: () => void }) {
  const id = useId();
  const locale = useLocale();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<string | null>(null);
  // The report and the text it is about: a report on another file never enables the import button.
  const [result, setResult] = useState<{ report: ImportReport; text: string } | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const closeFeed = useRef<(() => void) | null>(null);
  const t = useT();
  useEffect(() => () => closeFeed.current?.(), []);
  // The template of this workshop's survey (its community's settings decide the columns); the full one until it loads.
  const template = useQuery(graphqlQuery(SURVEY_CSV_TEMPLATE_QUERY, { id: workshopId })).data?.workshopById?.surveyCsvTemplate;
  const templateHref = template ? `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${template}`)}` : '/templates/survey.csv';

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setResult(null);
    setError(null);
    setFile(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setError(t('import.tooLarge', { name: chosen.name }));
      return;
    }
    setPhase('reading');
    try {
      setFile({ name: chosen.name, text: await readText(chosen) });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setPhase('idle');
    }
  }

  async function run(dryRun: boolean) {
    if (!file) return;
    setPhase(dryRun ? 'checking' : 'importing');
    setError(null);
    setProgress(null);
    if (!dryRun) await openProgressFeed();
    try {
      const { importSurveyCsv } = await request(IMPORT_SURVEY_CSV_MUTATION, { workshopId, csv: file.text, dryRun });
      setResult({ report: importSurveyCsv, text: file.text });
      if (!importSurveyCsv.dryRun) onImported();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      closeFeed.current?.();
      closeFeed.current = null;
      setPhase('idle');
    }
  }

  /** Opens the progress feed and resolves once it is live, so the first progress events are not missed. */
  function openProgressFeed(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, PROGRESS_WAIT_MS);
      closeFeed.current = openSubscription(
        IMPORT_PROGRESS_SUBSCRIPTION,
        { workshopId },
        {
          onData: ({ importProgress }) => setProgress(importProgress),
          onStatus: (status) => {
            if (status.state === 'live' || status.state === 'stopped') {
              clearTimeout(timer);
              resolve();
            }
          },
        },
      );
    });
  }

  const report = result?.report;
  const current = report && file && result.text === file.text;
  const canImport = !!current && report.dryRun && report.rejected.length === 0 && report.created > 0 && phase === 'idle';
  const busy = phase !== 'idle';

  return (
    <div className="paper-import" data-testid="paper-import">
      <ol className="wk-steps">
        <li>
          {t('import.step1Before')}{' '}
          <a href={templateHref} download="tejido-survey-template.csv" data-testid="survey-template-link">
            {t('import.template')}
          </a>
          {t('import.step1After')}
        </li>
        <li>
          <label htmlFor={`${id}-file`}>{t('import.chooseFile')}</label>{' '}
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => void choose(event)}
            disabled={busy}
            data-testid="import-file"
          />
        </li>
        <li>{t('import.step3')}</li>
      </ol>
      <p className="paper-import__actions">
        <button className="wk-button" type="button" disabled={!file || busy} onClick={() => void run(true)} data-testid="import-check">
          {phase === 'checking' ? t('import.checking') : t('import.check')}
        </button>
        <button
          className="wk-button wk-button--primary"
          type="button"
          disabled={!canImport}
          onClick={() => void run(false)}
          data-testid="import-run"
        >
          {phase === 'importing'
            ? t('import.importing')
            : canImport
              ? t('import.importRows', { count: report.created })
              : t('import.import')}
        </button>
      </p>
      {phase === 'importing' && (
        <p className="paper-import__progress">
          <label htmlFor={`${id}-progress`}>{t('import.progress')}</label>
          {/* Without a value the bar is indeterminate until the first progress event. */}
          <progress id={`${id}-progress`} max={progress?.total || undefined} value={progress ? progress.processed : undefined} />
          {/* A percentage: the server may count passes over the rows (people, then ties), not rows alone. */}
          <span aria-live="polite">
            {progress && progress.total > 0
              ? formatNumber(progress.processed / progress.total, locale, { style: 'percent' })
              : t('import.starting')}
          </span>
        </p>
      )}
      {error && (
        <p className="status status--error" role="alert">
          {error}
        </p>
      )}
      <div aria-live="polite">{report && current && <ImportReportView report={report} />}</div>
    </div>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const rejected = report.rejected.length;
  const t = useT();
  const heading = importHeading({ ...report, rejected }, t);

  return (
    <UploadReport
      kind="import"
      heading={heading}
      headingLevel="h3"
      counts={[
        [t('import.rows'), report.rows],
        [report.dryRun ? t('import.newPeople') : t('import.peopleCreated'), report.created],
        [t('import.sameEmail'), report.matched],
        [t('import.alreadyImported'), report.alreadyImported],
        [t('import.rejected'), rejected],
      ]}
      names={[
        [t('import.newOrganizations'), report.newOrganizations],
        [t('import.newInterests'), report.newInterests],
      ]}
      rejected={report.rejected}
    />
  );
}
