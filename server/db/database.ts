import neo4j from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { portAnswers, startLocalNeo4j } from './local-neo4j.ts';
import type { LocalNeo4j } from './local-neo4j.ts';
import type { Database } from './transaction.ts';
import { migrate } from './migrate.ts';

export type OpenDatabase = Database & {
  /** Where the driver points, for logs and error messages. */
  uri: string;
  /** Closes the driver and stops the local Neo4j if this process started it. */
  close: () => Promise<void>;
};

export function createDriver(uri: string, username: string, password: string) {
  return neo4j.driver(uri, password ? neo4j.auth.basic(username, password) : undefined, {
    disableLosslessIntegers: true,
    // Fail fast when Neo4j is away (requests answer DB_UNAVAILABLE) instead of queueing for a minute.
    connectionTimeout: 3_000,
    // A burst (300 phones submitting at once) queues for the pool rather than failing; an unreachable
    // server still fails within connectionTimeout.
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 3_000,
    // Every result is read whole (no streaming): fetch it in one go rather than in batches of 1,000 records,
    // each waiting for the driver's next request (reading a 10,000-person map: ~20% faster).
    fetchSize: -1, // all records at once
    logging: { level: 'error', logger: () => {} },
  });
}

/**
 * Connects to NEO4J_URI when set; otherwise to the local Neo4j, starting it unless another Tejido
 * process (the app, a CLI) already runs it on the local port.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  const { neo4j: n } = config;
  let local: LocalNeo4j | undefined;
  let uri = n.uri;
  if (!uri) {
    uri = `bolt://127.0.0.1:${n.localPort}`;
    if (await portAnswers(n.localPort)) {
      logger.info({ uri }, 'using the local Neo4j another Tejido process started');
    } else {
      local = await startLocalNeo4j({ dataDir: config.dataDir, port: n.localPort, heap: n.localHeap, logger });
    }
  }
  const driver = createDriver(uri, n.username, n.password);
  return {
    driver,
    database: n.database,
    uri,
    close: async () => {
      await driver.close();
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
