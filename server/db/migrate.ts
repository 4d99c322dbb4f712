import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './transaction.ts';

const constraintsFile = fileURLToPath(new URL('../../schema/constraints.cypher', import.meta.url));

/** The statements of schema/constraints.cypher, comments removed. */
export async function schemaStatements(): Promise<string[]> {
  const text = await readFile(constraintsFile, 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Applies constraints and indexes (each `IF NOT EXISTS`, so idempotent), waits for the indexes, fills missing times. */
export async function migrate(db: Pick<Database, 'driver' | 'database'>): Promise<void> {
  for (const statement of await schemaStatements()) {
    await db.driver.executeQuery(statement, {}, { database: db.database });
  }
  await db.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: db.database });
  await backfillTimes(db);
}

/**
 * Time on facts recorded before they carried it (issue 18), each statement only where the field is missing, so
 * running it again changes nothing. What can be known is used: a person's or tie's own createdAt (when it was
 * written), else the date of the first workshop the person attended, else the migration time; an offer or seek
 * the person's first report (they came with the same answers); where a tie was reported its workshop; a
 * confirmed tie's confirmation the later of its two people's first reports (the second one's answers confirmed it).
 */
export const BACKFILL_TIMES = [
  `MATCH (p:Person) WHERE p.firstReportedAt IS NULL
   SET p.firstReportedAt = coalesce(p.createdAt,
     COLLECT { MATCH (p)-[:ATTENDED]->(w:Workshop) WHERE w.date IS NOT NULL RETURN datetime(w.date) AS at ORDER BY at LIMIT 1 }[0],
     datetime())`,
  `MATCH (p:Person)-[k:KNOWS]->(:Person) WHERE k.firstReportedAt IS NULL
   SET k.firstReportedAt = coalesce(k.createdAt, p.firstReportedAt), k.reportedIn = coalesce(k.reportedIn, k.workshopId)`,
  `MATCH (p:Person)-[k:KNOWS]->(q:Person) WHERE k.confirmed AND k.confirmedAt IS NULL
   SET k.confirmedAt = CASE WHEN p.firstReportedAt > q.firstReportedAt THEN p.firstReportedAt ELSE q.firstReportedAt END`,
  `MATCH (p:Person)-[r:OFFERS|SEEKS]->(:Interest) WHERE r.firstReportedAt IS NULL SET r.firstReportedAt = p.firstReportedAt`,
];

/** Fills the time of facts written before they carried it ({@link BACKFILL_TIMES}). */
export async function backfillTimes(db: Pick<Database, 'driver' | 'database'>): Promise<void> {
  for (const statement of BACKFILL_TIMES) await db.driver.executeQuery(statement, {}, { database: db.database });
}
