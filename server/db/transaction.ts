import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { appError, isAppError } from '../errors.ts';
import type { DatabaseHealth } from './database-health.ts';
import { unavailableError } from './database-health.ts';
import type { InstanceState } from '../instance-state.ts';
import type { DataChange } from './revisions.ts';

/**
 * A driver plus the database to use (undefined: the server's default database), and optionally what the app
 * knows about that database's health (the app's own connection has it: calls then fail fast while Neo4j is
 * down; tests and tools may go without), and the instance's in-memory state about it (revisions, caches,
 * batchers: server/instance-state.ts), which every connection to the same data in one instance shares.
 */
export type Database = { driver: Driver; database?: string; health?: DatabaseHealth; state: InstanceState };

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/**
 * The one path to Neo4j: a session per call, a managed read transaction (retried by the driver on
 * transient errors, so `work` must be idempotent), the session closed in finally, errors mapped.
 */
export function readTx<T>(db: Database, work: Work<T>): Promise<T> {
  return run(db, 'READ', work);
}

/**
 * Like {@link readTx} for writes. `changes` says whose data the write may change, for the caches of
 * derived figures (see revisions.ts); left out, every community counts as changed.
 */
export async function writeTx<T>(db: Database, work: Work<T>, changes: DataChange = 'all'): Promise<T> {
  try {
    // Also when the driver finishes after the caller was answered (the database went down meanwhile):
    // that late commit changes data too.
    return await run(db, 'WRITE', work, () => db.state.revisions.changed(changes));
  } finally {
    // Also after a failure: a commit whose acknowledgement was lost may still have happened.
    db.state.revisions.changed(changes);
  }
}

async function run<T>(db: Database, mode: 'READ' | 'WRITE', work: Work<T>, whenDriverDone?: () => void): Promise<T> {
  const { health } = db;
  await health?.admit();
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
  });
  // A connection lost in the middle of an attempt is told to health at once; the driver's own retries would
  // otherwise hide it for seconds.
  const observed: Work<T> = health
    ? (tx) =>
        work(tx).catch((error: unknown) => {
          if (isUnavailable(error)) health.failed(describe(error));
          throw error;
        })
    : work;
  const call = mode === 'READ' ? session.executeRead(observed) : session.executeWrite(observed);
  let driverDone = false;
  const markDone = () => {
    driverDone = true;
    whenDriverDone?.();
  };
  // Registered before anyone else waits on `call`, so driverDone is set by the time they resume.
  const closed = call
    .then(markDone, markDone)
    .then(() => session.close())
    .catch(noop);
  try {
    return await (health ? health.guard(call) : call);
  } catch (error) {
    if (health && isUnavailable(error)) health.failed(describe(error));
    throw mapNeo4jError(error);
  } finally {
    // Health may answer before the driver gives up on a dead database; the session then closes when the
    // driver is done, without the caller waiting for it.
    if (driverDone || !health) await closed;
  }
}

const noop = () => {};
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300);

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Neo4j could not be reached or lost the connection (not: the query was wrong or conflicted). */
function isUnavailable(error: unknown): boolean {
  if (!(error instanceof neo4j.Neo4jError)) return false;
  return (
    UNAVAILABLE.has(error.code) ||
    error.code.startsWith('Neo.TransientError.Database') ||
    // The pool stayed full for connectionAcquisitionTimeout: to the caller, the database is not answering.
    error.message.startsWith('Connection acquisition timed out')
  );
}

/** Neo4j errors become GraphQL errors with a stable code; anything unknown passes on to be masked. */
export function mapNeo4jError(error: unknown): unknown {
  if (isAppError(error) || !(error instanceof neo4j.Neo4jError)) return error;
  if (isUnavailable(error)) return unavailableError();
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return appError('CONFLICT', 'That record already exists.');
  }
  return error;
}
