import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/db/database.ts';
import { startLocalNeo4j } from '../../server/db/local-neo4j.ts';
import type { LocalNeo4j } from '../../server/db/local-neo4j.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/logger.ts';
import { useTestDatabase } from '../support/database.ts';
import { gql, startTestServer } from '../support/server.ts';

const db = useTestDatabase();

describe('health and readiness', () => {
  it('when Neo4j answers, then /healthz and /readyz are 200', async () => {
    const server = await startTestServer(db);
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready', neo4j: 'up' });
    } finally {
      await server.close();
    }
  });
});

describe('when Neo4j is down and comes back', () => {
  const port = 7000 + Math.floor(Math.random() * 500);
  const driver = createDriver(`bolt://127.0.0.1:${port}`, 'neo4j', '');
  let neo4j: LocalNeo4j | undefined;
  afterAll(async () => {
    await driver.close();
    await neo4j?.stop();
  });

  it('then requests fail fast with DB_UNAVAILABLE, /readyz is 503, and the app recovers by itself', async () => {
    const server = await startTestServer({ driver });
    try {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
      const down = await gql(server.url, '{ needsFirstAdmin }');
      expect(down.errors?.[0]).toMatchObject({ extensions: { code: 'DB_UNAVAILABLE' } });
      expect(down.errors?.[0]?.message).not.toMatch(/bolt|127\.0\.0\.1|ECONNREFUSED/);

      const dataDir = path.resolve(`.data/test-restart-${port}`);
      await rm(dataDir, { recursive: true, force: true });
      neo4j = await startLocalNeo4j({ dataDir, port, heap: '256m', logger: createLogger('silent') });
      await migrate({ driver });

      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      const up = await gql(server.url, '{ needsFirstAdmin }');
      expect(up.data).toEqual({ needsFirstAdmin: true });
    } finally {
      await server.close();
    }
  });
});
