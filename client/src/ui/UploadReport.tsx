import type { ReactNode } from 'react';
import { useT } from '../i18n';

/** A row of an uploaded CSV that cannot be used, with where and why. */
export interface RejectedRow {
  line: number;
  column?: string | null;
  message: string;
}

interface Props {
  /** What the upload did or would do, in a sentence. */
  heading: string;
  headingLevel: 'h3' | 'h4';
  /** The figures, as (label, count). */
  counts: readonly (readonly [string, number])[];
  /** Names the upload adds or changes, as (label, names); an empty list is not shown. */
  names: readonly (readonly [string, readonly string[]])[];
  rejected: readonly RejectedRow[];
  /** Names the test ids: `${kind}-report` on the report, `${kind}-rejected` on its table of rows to fix. */
  kind: string;
}

/** The report of an uploaded CSV (paper surveys, the catalogue): its figures, the names it brings, the rows to fix. */
export function UploadReport({ heading, headingLevel: Heading, counts, names, rejected, kind }: Props) {
  return (
    <section className={`import-report ${rejected.length > 0 ? 'import-report--rejected' : ''}`} data-testid={`${kind}-report`}>
      <Heading>{heading}</Heading>
      <dl className="import-report__counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {names.map(([label, list]) => list.length > 0 && <NameList key={label} label={label} names={list} />)}
      <RejectedRows rows={rejected} testId={`${kind}-rejected`} />
    </section>
  );
}

function NameList({ label, names }: { label: ReactNode; names: readonly string[] }) {
  return (
    <p>
      <strong>{label}</strong> {names.join(', ')}
    </p>
  );
}

/** The rows of an uploaded CSV to fix (paper surveys, the catalogue), each with its line, column and problem. */
function RejectedRows({ rows, testId }: { rows: readonly RejectedRow[]; testId: string }) {
  const t = useT();
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="rejected-table" data-testid={testId}>
        <caption>{t('import.rowsToFix')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.line')}</th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.line}-${row.column ?? ''}-${i}`}>
              <td>{row.line}</td>
              <td>{row.column ?? '—'}</td>
              <td>{row.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
