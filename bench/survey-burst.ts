// The workshop burst: participants submit within a few seconds over HTTP, with overlapping new organizations
// and interests. The app runs as `npm start` runs it, in a fresh process with a fresh local Neo4j: the first
// burst after that start (cold) is measured beside a second one (warm) in the same run, once as shipped
// (warm-up at start) and once with TEJIDO_WARM_UP=false, plus trivial Bolt write transactions as a baseline.
// A projector (a facilitator's live stream) watches each burst's workshop: how long an arrival takes from the
// phone's send to the projector's stream, the very first one after the start apart.
// Run: npx tsx bench/survey-burst.ts [participants] [spreadSeconds] [communityPeople]
import { createInstanceState } from '../server/instance-state.ts';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { SESSION_COOKIE } from '../server/auth/request-viewer.ts';
import { createSession } from '../server/auth/sessions.ts';
import { upsertUser } from '../server/auth/user-repository.ts';
import { importCommunity } from '../server/communities/import-repository.ts';
import { createDriver } from '../server/db/database.ts';
import { startLocalNeo4j } from '../server/db/local-neo4j.ts';
import { migrate } from '../server/db/migrate.ts';
import type { Database } from '../server/db/transaction.ts';
import { readTx, writeTx } from '../server/db/transaction.ts';
import { createLogger } from '../server/logger.ts';
import { createWorkshop } from '../server/workshops/workshop-repository.ts';
import { generateCommunity } from '../seed/generate.ts';
import { participant, spread, submitOnce } from '../test/support/room.ts';
import { startAppProcess } from './app-process.ts';
import { summarize } from './support.ts';

const participants = Number(process.argv[2] ?? 300);
const spreadMs = Number(process.argv[3] ?? 5) * 1000;
const communityPeople = Number(process.argv[4] ?? 236);
const neo4jPort = Number(process.env.TEJIDO_BENCH_NEO4J_PORT ?? 7692);
const dataDir = path.resolve('.data/bench-burst');
const env = { TEJIDO_DATA_DIR: dataDir, TEJIDO_NEO4J_PORT: String(neo4jPort), TEJIDO_SEED_DEMO: 'false' };

// The community and one workshop per burst, written before any app starts (then Neo4j is stopped again).
await rm(dataDir, { recursive: true, force: true });
const setupNeo4j = await startLocalNeo4j({ dataDir, port: neo4jPort, heap: '512m', logger: createLogger('warn') });
const setupDb: Database = { driver: createDriver(setupNeo4j.uri, 'neo4j', ''), state: createInstanceState() };
await migrate(setupDb);
const community = generateCommunity({ people: communityPeople, slug: `burst-${randomUUID().slice(0, 6)}` });
const seedStarted = Date.now();
await importCommunity(setupDb, community);
const seedMs = Date.now() - seedStarted;
const newWorkshop = (title: string) =>
  createWorkshop(setupDb, community.community.id, { id: randomUUID(), title, date: '2025-03-14', regionId: null });
const workshops = {
  shippedCold: await newWorkshop('as shipped, first burst'),
  shippedWarm: await newWorkshop('as shipped, second burst'),
  plainCold: await newWorkshop('no warm-up, first burst'),
  plainWarm: await newWorkshop('no warm-up, second burst'),
};
// A facilitator of the community, signed in (sessions live in Neo4j), for the projector's live stream.
const facilitator = await upsertUser(setupDb, {
  email: 'burst-projector@example.org',
  passwordHash: 'none',
  role: 'FACILITATOR',
  communitySlugs: [community.community.slug],
});
const projectorCookie = `${SESSION_COOKIE}=${await createSession(setupDb, facilitator.id)}`;
await setupDb.driver.close();
await setupNeo4j.stop();
const known = community.people.filter((p) => p.listed).map((p) => p.id);

type Live = { first: number; p50: number; p95: number; heard: number };
type Burst = {
  label: string;
  p50: number;
  p95: number;
  max: number;
  throughput: number;
  acknowledged: number;
  recorded: number;
  duplicates: number;
  errors: string[];
  live: Live;
};

/** The workshop's live stream as the projector opens it: when each person's arrival came in. */
async function projector(url: string, code: string) {
  const heardAt = new Map<string, number>();
  const controller = new AbortController();
  const query = new URLSearchParams({
    query: 'subscription($c: String!) { workshopActivity(code: $c) { responseCount person { id } } }',
    variables: JSON.stringify({ c: code }),
  });
  const response = await fetch(`${url}/graphql?${query}`, {
    headers: { accept: 'text/event-stream', cookie: projectorCookie },
    signal: controller.signal,
  });
  if (response.status !== 200) throw new Error(`the projector stream answered ${response.status}`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const reading = (async () => {
    let buffer = '';
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      buffer += read.value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const data = buffer
          .slice(0, end)
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5))
          .join('');
        buffer = buffer.slice(end + 2);
        const id = data.trim()
          ? (JSON.parse(data) as { data?: { workshopActivity?: { person?: { id: string } } } }).data?.workshopActivity?.person?.id
          : undefined;
        if (id) heardAt.set(id, performance.now());
      }
    }
  })().catch(() => {});
  return { heardAt, close: () => (controller.abort(), reading) };
}

/** Waits (at most 10 s) until the projector heard of every acknowledged person. */
async function allHeard(heardAt: Map<string, number>, people: string[]): Promise<void> {
  const until = Date.now() + 10_000;
  while (people.some((id) => !heardAt.has(id)) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

/** One room of `participants` phones into `workshop`, each sending once, with a projector watching. */
async function burst(url: string, label: string, workshop: { id: string; code: string }, db: Database, tag: string): Promise<Burst> {
  const latencies: number[] = [];
  const errors: string[] = [];
  const sent: { at: number; personId: string }[] = [];
  const stream = await projector(url, workshop.code);
  const started = performance.now();
  await spread(participants, spreadMs, async (i) => {
    const t0 = performance.now();
    const { outcome, personId } = await submitOnce(url, workshop.code, participant(i, known, tag));
    latencies.push(performance.now() - t0);
    if (outcome !== 'acknowledged') errors.push(outcome);
    if (personId) sent[i] = { at: t0, personId };
  });
  const wallMs = performance.now() - started;
  const acknowledgedPeople = sent.filter(Boolean);
  await allHeard(
    stream.heardAt,
    acknowledgedPeople.map((s) => s.personId),
  );
  await stream.close();
  const toProjector = acknowledgedPeople.filter((s) => stream.heardAt.has(s.personId)).map((s) => stream.heardAt.get(s.personId)! - s.at);
  const liveSummary = summarize(toProjector);
  const live = { first: Math.round(toProjector[0] ?? NaN), p50: liveSummary.p50, p95: liveSummary.p95, heard: toProjector.length };
  const [recorded, distinct] = await readTx(db, async (tx) => {
    const row = (
      await tx.run('MATCH (:Workshop {id: $id})<-[:ATTENDED]-(p:Person) RETURN count(p) AS n, count(DISTINCT p.normName) AS d', {
        id: workshop.id,
      })
    ).records[0]!;
    return [row.get('n') as number, row.get('d') as number];
  });
  const s = summarize(latencies);
  return {
    label,
    p50: s.p50,
    p95: s.p95,
    max: s.max,
    throughput: participants / (wallMs / 1000),
    acknowledged: participants - errors.length,
    recorded,
    duplicates: recorded - distinct,
    errors,
    live,
  };
}

async function run(label: string, warmUp: boolean, cold: { id: string; code: string }, warm: { id: string; code: string }) {
  const app = await startAppProcess({ ...env, TEJIDO_WARM_UP: String(warmUp) });
  const warmedUp = app.lines.find((l) => l.msg.startsWith('warmed up the workshop paths'));
  const db: Database = { driver: createDriver(`bolt://127.0.0.1:${neo4jPort}`, 'neo4j', ''), state: createInstanceState() };
  const first = await burst(app.url, `${label}: first burst after the start`, cold, db, `${label} A`);
  const second = await burst(app.url, `${label}: second burst (warm)`, warm, db, `${label} B`);
  // Baseline: the same number of trivial write transactions over Bolt, same spread.
  const bolt: number[] = [];
  let boltFailures = 0; // a machine under heavy load can make the driver give up: counted, not fatal
  await spread(participants, spreadMs, async (i) => {
    const t0 = performance.now();
    try {
      await writeTx(db, (tx) => tx.run('CREATE (:BenchNote {i: $i, at: timestamp()})', { i }));
      bolt.push(performance.now() - t0);
    } catch {
      boltFailures += 1;
    }
  });
  await writeTx(db, (tx) => tx.run('MATCH (n:BenchNote) DELETE n'));
  const memory = app.memoryMb();
  await db.driver.close();
  const stopStarted = Date.now();
  const exitCode = await app.stop();
  const drained = app.lines.find((l) => l.msg.includes('request') && 'cut' in l);
  for (const l of app.lines.filter((l) => l.level >= 40))
    console.error(
      `  [${label}] ${l.level === 40 ? 'warn' : 'error'} ${l.msg} ${JSON.stringify({ ...l, msg: undefined, level: undefined, app: undefined, neo4jLog: undefined })}`.slice(
        0,
        400,
      ),
    );
  return {
    label,
    readyMs: app.readyMs,
    warmUp: warmedUp as
      { ms: number; submissions: number; waves: number; waveMs: number[]; liveEvents?: number; rooms?: number } | undefined,
    first,
    second,
    bolt: summarize(bolt),
    boltFailures,
    memory,
    stopMs: Date.now() - stopStarted,
    exitCode,
    drained,
  };
}

const shipped = await run('as shipped', true, workshops.shippedCold, workshops.shippedWarm);
const plain = await run('without warm-up', false, workshops.plainCold, workshops.plainWarm);
await rm(dataDir, { recursive: true, force: true });

console.log(
  `survey burst: ${participants} submissions spread over ${spreadMs / 1000} s, over HTTP, into a community of ${communityPeople} people (seeded in ${(seedMs / 1000).toFixed(1)} s)`,
);
for (const r of [shipped, plain]) {
  const w = r.warmUp;
  console.log(
    `\n${r.label}: ready ${(r.readyMs / 1000).toFixed(1)} s after the start${w ? ` (warm-up ${(w.ms / 1000).toFixed(1)} s: ${w.submissions} practice submissions in ${w.waves} waves of ${w.waveMs.join(', ')} ms, ${w.liveEvents ?? '?'} practice live events, ${w.rooms ?? '?'} open workshops read)` : ''}`,
  );
  for (const b of [r.first, r.second]) {
    console.log(`  ${b.label}`);
    console.log(
      `    acknowledged ${b.acknowledged}/${participants}, people recorded ${b.recorded}, duplicates ${b.duplicates}, errors ${b.errors.length}${b.errors[0] ? ` (${b.errors[0]})` : ''}`,
    );
    console.log(`    latency ms  p50 ${b.p50}  p95 ${b.p95}  max ${b.max};  throughput ${b.throughput.toFixed(1)} submissions/s`);
    console.log(
      `    to the projector (send → live event) ms: the burst's first ${b.live.first}, p50 ${b.live.p50}, p95 ${b.live.p95} (${b.live.heard} heard)`,
    );
  }
  console.log(
    `  ratio first/second  p50 ${(r.first.p50 / r.second.p50).toFixed(2)}×  p95 ${(r.first.p95 / r.second.p95).toFixed(2)}×;  to the projector p50 ${(r.first.live.p50 / r.second.live.p50).toFixed(2)}×`,
  );
  console.log(
    `  baseline: ${participants} trivial Bolt write transactions, same spread: p50 ${r.bolt.p50} ms, p95 ${r.bolt.p95} ms${r.boltFailures ? ` (${r.boltFailures} failed)` : ''} (second burst/baseline p50 ${(r.second.p50 / r.bolt.p50).toFixed(0)}×)`,
  );
  console.log(
    `  app RSS ${r.memory.rss} MB (peak ${r.memory.peak} MB); SIGTERM to exit ${r.stopMs} ms (code ${r.exitCode}; ${r.drained ? `finished ${r.drained.finished}, cut ${r.drained.cut}` : 'no drain line'})`,
  );
}
console.log(
  `\nfirst burst after a start, as shipped vs without warm-up: p50 ${(shipped.first.p50 / plain.first.p50).toFixed(2)}×, p95 ${(shipped.first.p95 / plain.first.p95).toFixed(2)}×`,
);
