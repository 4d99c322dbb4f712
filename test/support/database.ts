import { randomUUID } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { createDriver } from '../../server/db/database.ts';
import type { Database } from '../../server/db/transaction.ts';
import { createInstanceState } from '../../server/instance-state.ts';

/**
 * A driver to the run's real Neo4j, closed after the file's tests, with the in-memory state of one app instance:
 * the test's own writes and the apps it serves on this connection share their revisions and caches.
 */
export function useTestDatabase(): Database {
  const { uri, username, password, database } = inject('neo4j');
  const driver = createDriver(uri, username, password);
  afterAll(() => driver.close());
  return { driver, database, state: createInstanceState() };
}

/** A slug no other test uses. */
export const uniqueSlug = (prefix = 't') => `${prefix}-${randomUUID().slice(0, 8)}`;
