// The local Neo4j killed (SIGKILL) in the middle of a room's burst, the app running as `npm start` runs it.
// Measures how fast phones hear DB_UNAVAILABLE (those in flight at the kill, and those arriving during the
// outage), how long until Neo4j is back and the room is served again, and checks that every retrying phone is
// acknowledged once. Baseline in the same run: the same room, same spread, with nothing killed.
// Run: npx tsx bench/db-outage.ts [participants] [spreadSeconds] [killAfterSeconds]
import { createInstanceState } from '../server/instance-state.ts';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { importCommunity } from '../server/communities/import-repository.ts';
import { createDriver } from '../server/db/database.ts';
import { startLocalNeo4j } from '../server/db/local-neo4j.ts';
import { migrate } from '../server/db/migrate.ts';
import type { Database } from '../server/db/transaction.ts';
import { readTx } from '../server/db/transaction.ts';
import { createLogger } from '../server/logger.ts';
import { createWorkshop } from '../server/workshops/workshop-repository.ts';
import { generateCommunity } from '../seed/generate.ts';
import { participant, persistentPhone, spread } from '../test/support/room.ts';
import type { PhoneResult } from '../test/support/room.ts';
import { startAppProcess } from './app-process.ts';
import { summarize } from './support.ts';

const participants = Number(process.argv[2] ?? 300);
const spreadMs = Number(process.argv[3] ?? 10) * 1000;
const killAfterMs = Number(process.argv[4] ?? 3) * 1000;
const neo4jPort = Number(process.env.TEJIDO_BENCH_NEO4J_PORT ?? 7692);
const dataDir = path.resolve('.data/bench-outage');

await rm(dataDir, { recursive: true, force: true });
const setup = await startLocalNeo4j({ dataDir, port: neo4jPort, heap: '512m', logger: createLogger('warn') });
const setupDb: Database = { driver: createDriver(setup.uri, 'neo4j', ''), state: createInstanceState() };
await migrate(setupDb);
const community = generateCommunity({ people: 236, slug: `outage-${randomUUID().slice(0, 6)}` });
await importCommunity(setupDb, community);
const baselineWorkshop = await createWorkshop(setupDb, community.community.id, {
  id: randomUUID(),
  title: 'baseline',
  date: '2025-03-14',
  regionId: null,
});
const outageWorkshop = await createWorkshop(setupDb, community.community.id, {
  id: randomUUID(),
  title: 'outage',
  date: '2025-03-14',
  regionId: null,
});
await setupDb.driver.close();
await setup.stop();
const known = community.people.filter((p) => p.listed).map((p) => p.id);

const app = await startAppProcess({ TEJIDO_DATA_DIR: dataDir, TEJIDO_NEO4J_PORT: String(neo4jPort), TEJIDO_SEED_DEMO: 'false' });
const room = (workshop: { code: string }, tag: string, onStart?: (i: number) => void) =>
  spread(participants, spreadMs, (i) => {
    onStart?.(i);
    return persistentPhone(app.url, workshop.code, participant(i, known, tag), { retryMs: 1_000, giveUpAt: Date.now() + 300_000 });
  });

const baseline = await room(baselineWorkshop, 'baseline');

const neo4jPid = (await app.waitFor((l) => l.msg === 'local Neo4j ready')).pid as number;
let killedAt = 0;
const outage: PhoneResult[] = await room(outageWorkshop, 'outage', (i) => {
  if (i === Math.floor((participants * killAfterMs) / spreadMs) && !killedAt) {
    killedAt = Date.now();
    process.kill(neo4jPid, 'SIGKILL');
  }
});
const back = await app.waitFor((l) => l.msg === 'local Neo4j is back after a restart');
const available = await app.waitFor((l) => l.msg === 'Neo4j is available again' && l.time >= killedAt);
const warmedAgain = app.lines.find((l) => l.msg.startsWith('warmed up the workshop paths') && l.time >= killedAt);

const db: Database = { driver: createDriver(`bolt://127.0.0.1:${neo4jPort}`, 'neo4j', ''), state: createInstanceState() };
const count = (id: string) =>
  readTx(db, async (tx) => {
    const row = (
      await tx.run('MATCH (:Workshop {id: $id})<-[:ATTENDED]-(p:Person) RETURN count(p) AS n, count(DISTINCT p.normName) AS d', { id })
    ).records[0]!;
    return { people: row.get('n') as number, distinct: row.get('d') as number };
  });
const stored = { baseline: await count(baselineWorkshop.id), outage: await count(outageWorkshop.id) };
await db.driver.close();
const memory = app.memoryMb();
await app.stop();
await rm(dataDir, { recursive: true, force: true });

const attempts = outage.flatMap((r) => r.attempts);
const inFlight = attempts.filter((a) => a.startedAt < killedAt && a.startedAt + a.ms > killedAt).map((a) => a.startedAt + a.ms - killedAt);
const refusals = attempts.filter((a) => a.outcome === 'DB_UNAVAILABLE' && a.startedAt >= killedAt).map((a) => a.ms);
const untilAcknowledged = (results: PhoneResult[]) =>
  results.map((r) => r.attempts.at(-1)!.startedAt + r.attempts.at(-1)!.ms - r.attempts[0]!.startedAt);
const acked = (results: PhoneResult[]) => results.filter((r) => r.personId).length;
const fmt = (s: { p50: number; p95: number; max: number; n: number }) => `p50 ${s.p50}  p95 ${s.p95}  max ${s.max}  (n ${s.n})`;

console.log(
  `outage: ${participants} phones spread over ${spreadMs / 1000} s, the local Neo4j killed (SIGKILL) after ${killAfterMs / 1000} s; phones retry 0.75–1.25 s after a failure`,
);
console.log(`  in flight at the kill, answered ms after the kill     ${fmt(summarize(inFlight))}`);
console.log(`  DB_UNAVAILABLE answers during the outage, ms          ${fmt(summarize(refusals))}`);
console.log(
  `  other outcomes: ${[...new Set(attempts.map((a) => a.outcome))].filter((o) => o !== 'acknowledged' && o !== 'DB_UNAVAILABLE').join(', ') || 'none'}`,
);
console.log(
  `  Neo4j back (restarted JVM accepts Bolt) ${((back.time - killedAt) / 1000).toFixed(1)} s after the kill; requests let in again after ${((available.time - killedAt) / 1000).toFixed(1)} s (warm-up ${warmedAgain ? `${((warmedAgain.ms as number) / 1000).toFixed(1)} s` : 'none'})`,
);
console.log(
  `  acknowledged ${acked(outage)}/${participants}, people recorded ${stored.outage.people}, duplicates ${stored.outage.people - stored.outage.distinct}, attempts ${attempts.length}`,
);
console.log(`  time from first send to acknowledgement, ms          ${fmt(summarize(untilAcknowledged(outage)))}`);
console.log(`baseline: the same room before, nothing killed`);
console.log(
  `  acknowledged ${acked(baseline)}/${participants}, people recorded ${stored.baseline.people}, duplicates ${stored.baseline.people - stored.baseline.distinct}`,
);
console.log(`  time from first send to acknowledgement, ms          ${fmt(summarize(untilAcknowledged(baseline)))}`);
console.log(
  `log lines: ${app.lines
    .filter((l) => l.time >= killedAt && l.level >= 40)
    .map((l) => `${l.level === 50 ? 'error' : 'warn'} "${l.msg}"`)
    .join('; ')}`,
);
console.log(`app RSS ${memory.rss} MB (peak ${memory.peak} MB)`);
