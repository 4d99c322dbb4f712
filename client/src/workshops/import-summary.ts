import type { Translate } from '../i18n';
import type { ImportReport } from './queries';

type Counts = Pick<ImportReport, 'dryRun' | 'rows' | 'created' | 'alreadyImported'> & { rejected: number };

/**
 * The one-line verdict on a paper-survey file. A file checked again after its import creates nothing: say so,
 * rather than "All 3 rows can be imported" above 0 new people.
 */
export function importHeading({ dryRun, rows, created, alreadyImported, rejected }: Counts, t: Translate): string {
  if (rejected > 0) return t('import.problems', { count: rejected });
  if (rows > 0 && alreadyImported === rows) return t('import.allAlreadyImported', { count: rows });
  if (alreadyImported > 0) return t(dryRun ? 'import.someNew' : 'import.importedSomeNew', { created, already: alreadyImported });
  return dryRun ? t('import.allOk', { count: rows }) : t('import.imported', { count: rows });
}
