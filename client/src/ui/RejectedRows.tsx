import { useT } from '../i18n';

/** A row of an uploaded CSV that cannot be used, with where and why. */
export interface RejectedRow {
  line: number;
  column?: string | null;
  message: string;
}

/** The rows of an uploaded CSV to fix (paper surveys, the catalogue), each with its line, column and problem. */
export function RejectedRows({ rows, testId }: { rows: readonly RejectedRow[]; testId: string }) {
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
