// The workshop burst: 300 participants submit within 5 seconds over HTTP, with overlapping new
// organizations and interests, against the same number of trivial Bolt write transactions in the same run.
// Run: npx tsx bench/survey-burst.ts [participants] [spreadSeconds]
import { randomUUID } from 'node:crypto';
import { importCommunity } from '../server/communities/import-repository.ts';
import { readTx, writeTx } from '../server/db/transaction.ts';
import { createWorkshop } from '../server/workshops/workshop-repository.ts';
import { generateCommunity } from '../seed/generate.ts';
import { benchDatabase, benchServer, rssMb, summarize } from './support.ts';

const participants = Number(process.argv[2] ?? 300);
const spreadMs = Number(process.argv[3] ?? 5) * 1000;
const SUBMIT = `mutation($code: String!, $input: SurveyInput!) { submitSurvey(code: $code, input: $input) { personId } }`;

const { db, close } = await benchDatabase();
const { url, close: closeServer } = await benchServer(db);
const community = generateCommunity({ people: 236, slug: `burst-${randomUUID().slice(0, 6)}` });
await importCommunity(db, community);
const newWorkshop = (title: string) => createWorkshop(db, community.community.id, { id: randomUUID(), title, date: '2025-03-14', regionId: null });
const mapped = community.people.filter((p) => p.listed).map((p) => p.id);

/** Fires `count` operations spread evenly over `spreadMs`; returns latencies and the wall time. */
async function burst(count: number, spread: number, op: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      await new Promise((r) => setTimeout(r, (i * spread) / count));
      const t0 = performance.now();
      await op(i);
      latencies.push(performance.now() - t0);
    }),
  );
  return { latencies, wallMs: performance.now() - started };
}

// A fresh JVM compiles Cypher plans and hot code during its first thousands of queries: warm both paths
// up with a smaller burst into another workshop, so the figures below are the steady state.
await submitBurst(await newWorkshop('Warm-up'), Math.min(100, participants), 2000, []);
const workshop = await newWorkshop('Burst');

// Baseline: the same number of trivial write transactions over Bolt, same spread.
const baseline = await burst(participants, spreadMs, async (i) => {
  await writeTx(db, (tx) => tx.run('CREATE (:BenchNote {i: $i, at: timestamp()})', { i }));
});
await writeTx(db, (tx) => tx.run('MATCH (n:BenchNote) DELETE n'));

const failures: string[] = [];
const survey = await submitBurst(workshop, participants, spreadMs, failures);

async function submitBurst(target: { code: string }, count: number, spread: number, errors: string[]) {
  const variants = ['Brigada Sierra Gorda', 'brigada sierra gorda', 'BRIGADA  SIERRA GORDA', 'Brigáda Sierra Gordá'];
  return burst(count, spread, async (i) => {
  const input = {
    submissionId: randomUUID(),
    name: `Participante ${i}`,
    email: i % 3 === 0 ? `p${i}@example.org` : null,
    organization: { name: variants[i % variants.length] },
    offers: [{ name: ['Manejo del fuego', 'manejo del FUEGO', 'Mánejo del fuego'][i % 3] }, { name: `Tema ${i % 11}` }],
    seeks: [{ name: `tema ${(i + 5) % 11}` }],
    knows: [{ personId: mapped[i % mapped.length] }, { personId: mapped[(i * 7) % mapped.length] }],
    consent: { listed: true, contactable: true },
  };
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tejido-device': `phone-${i}` },
    body: JSON.stringify({ query: SUBMIT, variables: { code: target.code, input } }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors) errors.push(body.errors[0]!.message);
  });
}

const people = await readTx(db, async (tx) =>
  (await tx.run('MATCH (:Workshop {id: $id})<-[:ATTENDED]-(p) RETURN count(p) AS n', { id: workshop.id })).records[0]!.get('n'),
);
const s = summarize(survey.latencies);
const b = summarize(baseline.latencies);
console.log(`survey burst: ${participants} submissions spread over ${spreadMs / 1000} s, over HTTP`);
console.log(`  acknowledged ${participants - failures.length}/${participants}, people recorded ${people}, errors ${failures.length}${failures[0] ? ` (${failures[0]})` : ''}`);
console.log(`  latency ms  p50 ${s.p50}  p95 ${s.p95}  max ${s.max}`);
console.log(`  throughput  ${(participants / (survey.wallMs / 1000)).toFixed(1)} submissions/s (wall ${(survey.wallMs / 1000).toFixed(1)} s)`);
console.log(`baseline: ${participants} trivial Bolt write transactions, same spread`);
console.log(`  latency ms  p50 ${b.p50}  p95 ${b.p95}  max ${b.max}`);
console.log(`ratio survey/baseline  p50 ${(s.p50 / b.p50).toFixed(1)}×  p95 ${(s.p95 / b.p95).toFixed(1)}×`);
console.log(`app RSS ${rssMb()} MB`);
await closeServer();
await close();
