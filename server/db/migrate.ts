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

/** Applies constraints and indexes (each `IF NOT EXISTS`, so idempotent) and waits for the indexes. */
export async function migrate(db: Pick<Database, 'driver' | 'database'>): Promise<void> {
  for (const statement of await schemaStatements()) {
    await db.driver.executeQuery(statement, {}, { database: db.database });
  }
  await db.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: db.database });
}
