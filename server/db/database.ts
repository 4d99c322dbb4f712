import neo4j from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Config as DriverConfig } from 'neo4j-driver';
import { createDatabaseHealth } from './database-health.ts';
import type { DatabaseHealth } from './database-health.ts';
import { portAnswers, startLocalNeo4j } from './local-neo4j.ts';
import type { LocalNeo4j } from './local-neo4j.ts';
import { superviseLocalNeo4j } from './neo4j-supervisor.ts';
import type { Backoff, SupervisedNeo4j } from './neo4j-supervisor.ts';
import type { Database } from './transaction.ts';
import { migrate } from './migrate.ts';
import { createInstanceState } from '../instance-state.ts';
import type { InstanceState } from '../instance-state.ts';

export type OpenDatabase = Database & {
  /** Where the driver points, for logs and error messages. */
  uri: string;
  health: DatabaseHealth;
  /** The local Neo4j this process started and keeps running (absent with NEO4J_URI or a borrowed one). */
  local?: SupervisedNeo4j;
  /** Closes the driver and stops the local Neo4j if this process started it. */
  close: () => Promise<void>;
};

export function createDriver(uri: string, username: string, password: string, overrides: DriverConfig = {}) {
  return neo4j.driver(uri, password ? neo4j.auth.basic(username, password) : undefined, {
    disableLosslessIntegers: true,
    // Fail fast when Neo4j is away (requests answer DB_UNAVAILABLE) instead of queueing for a minute.
    connectionTimeout: 3_000,
    // A burst (300 phones at once) queues for the pool rather than failing while Neo4j is merely busy (a cold
    // start plans every query); a dead or hung Neo4j fails requests long before this, through the app's
    // database health (database-health.ts). This is the bound for a connection without it.
    connectionAcquisitionTimeout: 15_000,
    maxTransactionRetryTime: 3_000,
    // Every result is read whole (no streaming): fetch it in one go rather than in batches of 1,000 records,
    // each waiting for the driver's next request (reading a 10,000-person map: ~20% faster).
    fetchSize: -1, // all records at once
    logging: { level: 'error', logger: () => {} },
    ...overrides,
  });
}

export type OpenOptions = {
  /** Runs when a restarted local Neo4j accepts Bolt, before requests may use it again (the warm-up). */
  afterRestart?: (db: Database) => Promise<void>;
  restartBackoff?: Partial<Backoff>;
  /** The app instance's in-memory state about this database (a fresh one when left out: CLIs, scripts). */
  state?: InstanceState;
};

/**
 * Connects to NEO4J_URI when set; otherwise to the local Neo4j, starting it unless another Tejido
 * process (the app, a CLI) already runs it on the local port.
 */
export async function openDatabase(config: Config, logger: Logger, options: OpenOptions = {}): Promise<OpenDatabase> {
  const { neo4j: n } = config;
  let started: LocalNeo4j | undefined;
  let uri = n.uri;
  if (!uri) {
    uri = `bolt://127.0.0.1:${n.localPort}`;
    if (await portAnswers(n.localPort)) {
      logger.info({ uri }, 'using the local Neo4j another Tejido process started');
    } else {
      started = await startLocalNeo4j({ dataDir: config.dataDir, port: n.localPort, heap: n.localHeap, logger });
    }
  }
  const driver = createDriver(uri, n.username, n.password);
  const state = options.state ?? createInstanceState();
  // Probes get a connection of their own: a pool busy with a burst must not make Neo4j look down.
  const probeDriver = createDriver(uri, n.username, n.password, { maxConnectionPoolSize: 1, connectionTimeout: 5_000 });
  const health = createDatabaseHealth({
    logger,
    probe: async () => {
      const session = probeDriver.session({ database: n.database });
      try {
        await session.run('RETURN 1');
      } finally {
        await session.close();
      }
    },
  });
  const restarting = 'the local Neo4j is restarting';
  const local = started
    ? superviseLocalNeo4j(started, {
        logger,
        start: () => startLocalNeo4j({ dataDir: config.dataDir, port: n.localPort, heap: n.localHeap, logger }),
        backoff: options.restartBackoff,
        onDown: (reason) => {
          health.markDown(reason);
          health.hold(restarting);
        },
        onBack: async () => {
          try {
            await options.afterRestart?.({ driver, database: n.database, state });
          } finally {
            await health.release(restarting);
          }
        },
      })
    : undefined;
  return {
    driver,
    database: n.database,
    state,
    uri,
    health,
    local,
    close: async () => {
      health.close();
      await driver.close();
      await probeDriver.close();
      await local?.stop();
    },
  };
}

/** Waits until Neo4j answers a query; throws after `timeoutMs` with the last failure. */
export async function waitForNeo4j(db: OpenDatabase, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await db.driver.executeQuery('RETURN 1', {}, { database: db.database });
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`Neo4j at ${db.uri} does not answer: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * For command-line tools: opens the database (reusing a running app's local Neo4j, or starting one),
 * applies migrations, runs `work`, and closes everything again.
 */
export async function withDatabase<T>(config: Config, logger: Logger, work: (db: OpenDatabase) => Promise<T>): Promise<T> {
  const db = await openDatabase(config, logger);
  try {
    await waitForNeo4j(db, 30_000);
    await migrate(db);
    return await work(db);
  } finally {
    await db.close();
  }
}
