// Vitest global setup: one real Neo4j for the whole run. With NEO4J_URI it uses that database; otherwise
// it starts the local Neo4j Community on its own port with a fresh store in .data/test (so a running
// `npm start` is not disturbed). Tests isolate themselves by creating their own communities.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../server/db/local-neo4j.ts';
import type { LocalNeo4j } from '../../server/db/local-neo4j.ts';
import { createDriver } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/logger.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database?: string };
  }
}

type Connection = { uri: string; username: string; password: string; database?: string };

// Vitest runs this setup once per project, possibly from separate module instances: the one Neo4j of the
// run is shared through globalThis and stopped when the last project tears down.
const shared = globalThis as { tejidoTestNeo4j?: { ready: Promise<{ neo4j: Connection; local?: LocalNeo4j }>; users: number } };

export async function setup(project: TestProject): Promise<void> {
  shared.tejidoTestNeo4j ??= { ready: startOnce(), users: 0 };
  shared.tejidoTestNeo4j.users += 1;
  project.provide('neo4j', (await shared.tejidoTestNeo4j.ready).neo4j);
}

export async function teardown(): Promise<void> {
  const run = shared.tejidoTestNeo4j;
  if (!run || --run.users > 0) return;
  shared.tejidoTestNeo4j = undefined;
  await (await run.ready).local?.stop();
}

async function startOnce(): Promise<{ neo4j: Connection; local?: LocalNeo4j }> {
  const logger = createLogger('warn');
  let local: LocalNeo4j | undefined;
  let neo4j: Connection;
  if (process.env.NEO4J_URI) {
    neo4j = {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || undefined,
    };
  } else {
    const dataDir = path.resolve('.data/test');
    await rm(dataDir, { recursive: true, force: true });
    const port = Number(process.env.TEJIDO_TEST_NEO4J_PORT ?? 7691);
    local = await startLocalNeo4j({ dataDir, port, heap: '512m', logger });
    neo4j = { uri: local.uri, username: 'neo4j', password: '' };
  }
  const driver = createDriver(neo4j.uri, neo4j.username, neo4j.password);
  try {
    await migrate({ driver, database: neo4j.database });
  } finally {
    await driver.close();
  }
  return { neo4j, local };
}
