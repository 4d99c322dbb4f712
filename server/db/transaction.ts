import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { appError, isAppError } from '../errors.ts';
import type { DataChange } from './revisions.ts';
import { dataChanged } from './revisions.ts';

/** A driver plus the database to use (undefined: the server's default database). */
export type Database = { driver: Driver; database?: string };

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/**
 * The one path to Neo4j: a session per call, a managed read transaction (retried by the driver on
 * transient errors, so `work` must be idempotent), the session closed in finally, errors mapped.
 */
export function readTx<T>(db: Database, work: Work<T>): Promise<T> {
  return run(db, 'READ', (session) => session.executeRead(work));
}

/**
 * Like {@link readTx} for writes. `changes` says whose data the write may change, for the caches of
 * derived figures (see revisions.ts); left out, every community counts as changed.
 */
export async function writeTx<T>(db: Database, work: Work<T>, changes: DataChange = 'all'): Promise<T> {
  try {
    return await run(db, 'WRITE', (session) => session.executeWrite(work));
  } finally {
    // Also after a failure: a commit whose acknowledgement was lost may still have happened.
    dataChanged(changes);
  }
}

async function run<T>(
  db: Database,
  mode: 'READ' | 'WRITE',
  body: (session: ReturnType<Driver['session']>) => Promise<T>,
): Promise<T> {
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
  });
  try {
    return await body(session);
  } catch (error) {
    throw mapNeo4jError(error);
  } finally {
    await session.close();
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Neo4j errors become GraphQL errors with a stable code; anything unknown passes on to be masked. */
export function mapNeo4jError(error: unknown): unknown {
  if (isAppError(error) || !(error instanceof neo4j.Neo4jError)) return error;
  if (UNAVAILABLE.has(error.code) || error.code.startsWith('Neo.TransientError.Database')) {
    return appError('DB_UNAVAILABLE', 'The database is not available right now; try again shortly.');
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return appError('CONFLICT', 'That record already exists.');
  }
  return error;
}
