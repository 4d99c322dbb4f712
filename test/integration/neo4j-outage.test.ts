// The app as `npm start` runs it (server/tejido.ts), with a local Neo4j of its own that the test really kills
// with SIGKILL in the middle of a room's burst of submissions.
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { loadConfig } from '../../server/config.ts';
import { readTx } from '../../server/db/transaction.ts';
import { startTejido } from '../../server/tejido.ts';
import type { Tejido } from '../../server/tejido.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { capturedLog, LEVEL } from '../support/captured-log.ts';
import { buildCommunity } from '../support/factories.ts';
import { participant, persistentPhone, spread } from '../support/room.ts';
import type { PhoneResult } from '../support/room.ts';
import { openActivityStream } from '../support/activity-stream.ts';

// The bounds the README promises (Operations), with the local Neo4j's own supervision.
const IN_FLIGHT_BOUND_MS = 5_000;
const REFUSAL_BOUND_MS = 3_000;

const port = 7100 + Math.floor(Math.random() * 500);
const dataDir = path.resolve(`.data/test-outage-${port}`);
const log = capturedLog();
let tejido: Tejido;

beforeAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    TEJIDO_NEO4J_PORT: String(port),
    TEJIDO_NEO4J_HEAP: '256m',
    TEJIDO_DATA_DIR: dataDir,
    TEJIDO_SEED_DEMO: 'false',
    TEJIDO_SERVE_CLIENT: 'false',
  });
  tejido = await startTejido({
    config,
    logger: log.logger,
    warmUpRoom: { waves: [1, 8], steadyWave: 16, budgetMs: 5_000 },
    restartBackoff: { firstMs: 100 },
  });
  await tejido.ready;
}, 240_000);

afterAll(async () => {
  await tejido?.stop('end of test');
  await rm(dataDir, { recursive: true, force: true });
});

describe('when the local Neo4j is killed during a burst of submissions', () => {
  it('then the app logs it and restarts it, answers every request within the bounds, acknowledges every retrying phone once, and the projector hears of every arrival', async () => {
    const { db, url } = tejido;
    const data = buildCommunity({ regions: ['Occidente'], people: Array.from({ length: 30 }, (_, i) => ({ name: `Conocida ${i}` })) });
    await importCommunity(db, data);
    const workshop = await createWorkshop(db, data.community.id, { id: randomUUID(), title: 'Apagón', date: '2025-06-01', regionId: null });
    const projector = await openActivityStream(url, workshop.code, await signedInFacilitator(db, url, [data.community.slug]));

    const phones = 90;
    const atTheKill = 10; // sent just before the kill, so that some requests are surely in flight when it comes
    const members = Array.from({ length: phones + atTheKill }, (_, i) =>
      participant(
        i,
        data.people.map((p) => p.id),
      ),
    );
    let startedCount = 0;
    let oneThirdStarted!: () => void;
    const oneThird = new Promise<void>((resolve) => (oneThirdStarted = resolve));
    const room = spread(phones, 6_000, (i) => {
      if (++startedCount === phones / 3) oneThirdStarted();
      return persistentPhone(url, workshop.code, members[i]!, { retryMs: 500, giveUpAt: Date.now() + 150_000 });
    });

    await oneThird;
    const neo4jPid = db.local!.current().pid;
    const lastMinute = members
      .slice(phones)
      .map((m) => persistentPhone(url, workshop.code, m, { retryMs: 500, giveUpAt: Date.now() + 150_000 }));
    const killedAt = Date.now();
    process.kill(neo4jPid, 'SIGKILL');
    const results: PhoneResult[] = [...(await room), ...(await Promise.all(lastMinute))];

    // The log says what happened, once: the exit with its signal and Neo4j's own last lines, the outage, the restart.
    const exited = await log.waitFor((l) => l.msg.startsWith('local Neo4j exited'), 10_000, 'the exit');
    expect(exited).toMatchObject({ level: LEVEL.error, pid: neo4jPid, signal: 'SIGKILL' });
    expect((exited.neo4jLog as string[]).length).toBeGreaterThan(0);
    expect(log.find('Neo4j is unavailable')).toHaveLength(1);
    expect(log.find('Neo4j is unavailable')[0]!.level).toBe(LEVEL.error);
    await log.waitFor((l) => l.msg === 'local Neo4j is back after a restart', 10_000, 'the restart');
    await log.waitFor((l) => l.msg === 'Neo4j is available again', 10_000, 'the recovery');
    expect(db.local!.restarts()).toBe(1);
    expect(db.local!.current().pid).not.toBe(neo4jPid);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    // Every phone that kept retrying was acknowledged, some of them after being refused during the outage.
    const attempts = results.flatMap((r) => r.attempts);
    expect(results.filter((r) => !r.personId).map((r) => r.attempts.at(-1)?.outcome)).toEqual([]);
    expect(attempts.some((a) => a.outcome === 'DB_UNAVAILABLE')).toBe(true);
    // Nothing else than acknowledgements and DB_UNAVAILABLE (no masked error, no cut connection).
    expect(new Set(attempts.map((a) => a.outcome))).toEqual(new Set(['acknowledged', 'DB_UNAVAILABLE']));

    // Requests in flight when Neo4j died were answered within the bound; refusals came within theirs.
    // Counted in whole milliseconds: the last-minute phones start in the kill's own millisecond, just before it.
    const inFlight = attempts.filter((a) => a.startedAt <= killedAt && a.startedAt + a.ms >= killedAt);
    expect(inFlight.length).toBeGreaterThanOrEqual(atTheKill);
    expect(inFlight.filter((a) => a.startedAt + a.ms - killedAt >= IN_FLIGHT_BOUND_MS)).toEqual([]);
    const refusedLater = attempts.filter((a) => a.outcome === 'DB_UNAVAILABLE' && a.startedAt >= killedAt);
    expect(refusedLater.filter((a) => a.ms >= REFUSAL_BOUND_MS)).toEqual([]);

    // Nothing lost, nothing twice: one person per phone, the one each phone was told about.
    const stored = await readTx(db, async (tx) =>
      (
        await tx.run('MATCH (:Workshop {id: $id})<-[:ATTENDED]-(p:Person) RETURN p.id AS id, p.name AS name', { id: workshop.id })
      ).records.map((r) => ({
        id: r.get('id') as string,
        name: r.get('name') as string,
      })),
    );
    expect(stored).toHaveLength(members.length);
    expect(new Set(stored.map((p) => p.name)).size).toBe(members.length);
    expect(new Set(stored.map((p) => p.id))).toEqual(new Set(results.map((r) => r.personId)));

    // The projector's stream stayed open through the outage and heard of every acknowledged arrival.
    const heard = await projector.until((events) => results.every((r) => events.some((e) => e.person.id === r.personId)), 10_000);
    expect(new Set(heard.map((e) => e.person.id))).toEqual(new Set(results.map((r) => r.personId)));
    await projector.close();
  }, 200_000);
});

describe('when Neo4j stops answering while a facilitator downloads an export', () => {
  it('then the export in flight and the ones after it answer 503 DB_UNAVAILABLE with Retry-After (never 500 or a stack), and exports work again once Neo4j is back', async () => {
    const { db, url } = tejido;
    const data = buildCommunity({ people: [{ name: 'Exportada' }] });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, url, [data.community.slug]);
    const exportPeople = () => fetch(`${url}/export/${data.community.slug}/people.csv`, { headers: { cookie } });
    const before = await exportPeople();
    expect(before.status).toBe(200);
    expect(await before.text()).toContain('Exportada');

    // A database that hangs without closing its connections: the export waits until health finds it out.
    const neo4jPid = db.local!.current().pid;
    const outagesBefore = log.find('Neo4j is unavailable').length;
    process.kill(neo4jPid, 'SIGSTOP');
    let inFlight: Response;
    let afterIt: Response;
    try {
      inFlight = await exportPeople();
      afterIt = await exportPeople(); // Neo4j now known down: refused at once
    } finally {
      process.kill(neo4jPid, 'SIGCONT');
    }
    for (const refused of [inFlight, afterIt]) {
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('2');
      expect(await refused.json()).toEqual({ error: expect.stringMatching(/database is not available/), code: 'DB_UNAVAILABLE' });
    }
    expect(log.find('Neo4j is unavailable')).toHaveLength(outagesBefore + 1);
    expect(log.find('unhandled error in an HTTP route')).toEqual([]);

    await log.waitFor(
      (l) => l.msg === 'Neo4j is available again' && log.lines.indexOf(l) > log.lines.indexOf(log.find('Neo4j is unavailable').at(-1)!),
      15_000,
      'the recovery',
    );
    const after = await exportPeople();
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('Exportada');
  }, 60_000);
});
