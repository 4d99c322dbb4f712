import { plural } from './format';
import type { ImportReport } from './queries';

type Counts = Pick<ImportReport, 'dryRun' | 'rows' | 'created' | 'alreadyImported'> & { rejected: number };

/**
 * The one-line verdict on a paper-survey file. A file checked again after its import creates nothing: say so,
 * rather than "All 3 rows can be imported" above 0 new people.
 */
export function importHeading({ dryRun, rows, created, alreadyImported, rejected }: Counts): string {
  if (rejected > 0) return `${plural(rejected, 'problem', 'problems')} to fix: nothing was imported.`;
  const before = alreadyImported === rows ? `All ${plural(rows, 'row was', 'rows were')} already imported` : `${plural(alreadyImported, 'row was', 'rows were')} already imported`;
  if (alreadyImported === rows) return `${before} into this workshop: importing again changes nothing.`;
  if (!dryRun) return alreadyImported > 0 ? `Imported ${plural(created, 'new row', 'new rows')}; ${before} and changed nothing.` : `Imported ${plural(rows, 'row', 'rows')}.`;
  return alreadyImported > 0
    ? `${plural(created, 'new row', 'new rows')} can be imported; ${before} and will change nothing.`
    : `All ${plural(rows, 'row', 'rows')} can be imported.`;
}
