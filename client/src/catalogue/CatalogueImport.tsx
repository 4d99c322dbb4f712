import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { request } from '../api/graphql';
import { MAX_FILE_BYTES, readText } from '../workshops/PaperSurveyImport';
import type { Translate } from '../i18n';
import { IMPORT_CATALOGUE_MUTATION } from './queries';
import { UploadReport } from '../ui/UploadReport';
import type { CatalogueImportReport, CatalogueKind } from './queries';

const TEMPLATE: Record<CatalogueKind, string> = { INTEREST: '/templates/interests.csv', ORGANIZATION: '/templates/organizations.csv' };

/** A catalogue CSV: check it (dry run), then import it all or nothing, as the paper-survey import does. */
const HEADING = { INTEREST: 'setup.importInterests', ORGANIZATION: 'setup.importOrganizations' } as const;

export function CatalogueImport({
  slug,
  kind,
  t,
  onImported,
}: {
  slug: string;
  kind: CatalogueKind;
  t: Translate;
  onImported: () => void;
}) {
  const id = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [phase, setPhase] = useState<'idle' | 'checking' | 'importing'>('idle');
  const [error, setError] = useState<string | null>(null);
  // The report and the text it is about: a report on another file never enables the import button.
  const [result, setResult] = useState<{ report: CatalogueImportReport; text: string } | null>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setResult(null);
    setError(null);
    setFile(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) return setError(t('setup.fileTooLarge', { name: chosen.name }));
    try {
      setFile({ name: chosen.name, text: await readText(chosen) });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  async function run(dryRun: boolean) {
    if (!file) return;
    setPhase(dryRun ? 'checking' : 'importing');
    setError(null);
    try {
      const { importCatalogueCsv } = await request(IMPORT_CATALOGUE_MUTATION, { slug, kind, csv: file.text, dryRun });
      setResult({ report: importCatalogueCsv, text: file.text });
      if (!importCatalogueCsv.dryRun) onImported();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setPhase('idle');
    }
  }

  const report = result && file && result.text === file.text ? result.report : null;
  const changes = report ? report.created.length + report.updated.length : 0;
  const canImport = !!report && report.dryRun && report.rejected.length === 0 && changes > 0 && phase === 'idle';

  return (
    <section className="catalogue-import" data-testid={`catalogue-import-${kind.toLowerCase()}`} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t(HEADING[kind])}</h3>
      <ol className="wk-steps">
        <li>
          <a href={TEMPLATE[kind]} download>
            {t('setup.importTemplate')}
          </a>
          , {t('setup.importStep1')}
        </li>
        <li>
          <label htmlFor={`${id}-file`}>{t('setup.chooseFile')}</label>{' '}
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => void choose(e)}
            disabled={phase !== 'idle'}
            data-testid="catalogue-file"
          />
        </li>
      </ol>
      <p className="paper-import__actions">
        <button
          className="wk-button"
          type="button"
          disabled={!file || phase !== 'idle'}
          onClick={() => void run(true)}
          data-testid="catalogue-check"
        >
          {phase === 'checking' ? t('setup.checking') : t('setup.check')}
        </button>
        <button
          className="wk-button wk-button--primary"
          type="button"
          disabled={!canImport}
          onClick={() => void run(false)}
          data-testid="catalogue-run"
        >
          {phase === 'importing' ? t('setup.importing') : canImport ? t('setup.importRun', { count: changes }) : t('setup.importButton')}
        </button>
      </p>
      {error && (
        <p className="status status--error" role="alert">
          {error}
        </p>
      )}
      <div aria-live="polite">{report && <ReportView report={report} t={t} />}</div>
    </section>
  );
}

function ReportView({ report, t }: { report: CatalogueImportReport; t: Translate }) {
  const rejected = report.rejected.length;
  const changes = report.created.length + report.updated.length;
  const heading =
    rejected > 0
      ? t('setup.reportProblems', { count: rejected })
      : changes === 0
        ? t('setup.reportNothing', { count: report.rows })
        : report.dryRun
          ? t('setup.reportReady', { count: changes })
          : t('setup.reportDone', { count: changes });
  return (
    <UploadReport
      kind="catalogue"
      heading={heading}
      headingLevel="h4"
      counts={[
        [t('setup.rows'), report.rows],
        [t('setup.created'), report.created.length],
        [t('setup.updated'), report.updated.length],
        [t('setup.unchanged'), report.unchanged],
        [t('setup.rejected'), rejected],
      ]}
      names={[
        [t('setup.newNames'), report.created],
        [t('setup.changedNames'), report.updated],
      ]}
      rejected={report.rejected}
    />
  );
}
