import { createInstanceState } from '../../server/instance-state.ts';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createDriver } from '../../server/db/database.ts';
import { startLocalNeo4j } from '../../server/db/local-neo4j.ts';
import type { LocalNeo4j } from '../../server/db/local-neo4j.ts';
import { migrate } from '../../server/db/migrate.ts';
import { readTx } from '../../server/db/transaction.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { createLogger } from '../../server/logger.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
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

describe('when the app has not finished starting (or is stopping)', () => {
  it('then every GraphQL request, a subscription included, answers 503 DB_UNAVAILABLE with Retry-After and writes nothing; once ready, the same requests are served', async () => {
    const data = buildCommunity({ people: [{ name: 'Luis' }] });
    await importCommunity(db, data);
    const workshop = await createWorkshop(db, data.community.id, {
      id: randomUUID(),
      title: 'Temprano',
      date: '2025-06-01',
      regionId: null,
    });
    let ready = false;
    const server = await startTestServer(db, { isBootstrapped: () => ready });
    const submit = () =>
      gql(server.url, 'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }', {
        c: workshop.code,
        i: { submissionId: 'early-bird-1234', name: 'Ana', consent: { listed: true, contactable: true } },
      });
    try {
      const early = [await gql(server.url, '{ surveyLimits { maxTies } }'), await submit()];
      for (const response of early) {
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toBe('2');
        expect(response.errors).toEqual([{ message: expect.stringMatching(/starting/), extensions: { code: 'DB_UNAVAILABLE' } }]);
      }
      const stream = await fetch(
        `${server.url}/graphql?query=${encodeURIComponent('subscription { workshopActivity(code: "X") { responseCount } }')}`,
        {
          headers: { accept: 'text/event-stream' },
        },
      );
      expect(stream.status).toBe(503); // refused by status, so the projector page retries
      expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
      const count = () =>
        readTx(db, async (tx) =>
          (await tx.run('MATCH (:Workshop {id: $id})<-[:ATTENDED]-(p) RETURN count(p) AS n', { id: workshop.id })).records[0]!.get('n'),
        );
      expect(await count()).toBe(0);

      ready = true;
      expect((await gql(server.url, '{ surveyLimits { maxTies } }')).data).toEqual({ surveyLimits: { maxTies: 20 } });
      expect((await submit()).data?.submitSurvey).toBeTruthy();
      expect(await count()).toBe(1);
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
    const server = await startTestServer({ driver, state: createInstanceState() });
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
