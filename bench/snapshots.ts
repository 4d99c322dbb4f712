// Snapshots and past-moment reads of a generated community (default 10,000 people, average degree 20 ≈ 100,000
// ties) over HTTP: takeSnapshot, Community.snapshots, Community.map(asOf:), clusterMap(asOf:) and changes(since:),
// each beside a cold cluster map (right after a write to the community) measured in the same run.
// Run: npx tsx bench/snapshots.ts [people] [averageDegree]
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { hashPassword } from '../server/auth/passwords.ts';
import { upsertUser } from '../server/auth/user-repository.ts';
import { importCommunity } from '../server/communities/import-repository.ts';
import { generateCommunity } from '../seed/generate.ts';
import { benchDatabase, benchServer, rssMb, summarize } from './support.ts';

const people = Number(process.argv[2] ?? 10_000);
const averageDegree = Number(process.argv[3] ?? 20);
const RUNS = 8;

const { db, close } = await benchDatabase();
const { url, close: closeServer } = await benchServer(db);
const community = generateCommunity({ people, averageDegree, slug: `snapshots-${randomUUID().slice(0, 6)}` });
console.log(
  `load average of the (shared) machine at start: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const beforeLoad = new Date().toISOString();
const loadStarted = performance.now();
await importCommunity(db, community);
console.log(
  `${people} people, ${community.ties.length} ties reported, loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`,
);

const email = `bench-${randomUUID().slice(0, 6)}@example.org`;
const password = 'a long benchmark password';
await upsertUser(db, {
  email,
  passwordHash: await hashPassword(password),
  role: 'FACILITATOR',
  communitySlugs: [community.community.slug],
});

async function post(query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tejido-csrf': '1', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { body, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}
const { cookie } = await post('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: email, p: password });
const aWrite = () => db.state.revisions.changed({ community: community.community.id });

async function timed(op: () => Promise<unknown>, before?: () => void) {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    before?.();
    const t0 = performance.now();
    await op();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

const s = community.community.slug;
const at = new Date().toISOString();
const queries: [string, string, Record<string, unknown>, (() => void) | undefined][] = [
  ['cluster map, cold', 'query($s: String!) { community(slug: $s) { clusterMap { network { people ties modularity } } } }', { s }, aWrite],
  ['takeSnapshot', 'mutation($s: String!) { takeSnapshot(communitySlug: $s) { people ties } }', { s }, aWrite],
  [
    'Community.snapshots',
    'query($s: String!) { community(slug: $s) { snapshots { people ties density openGaps { region { id } } } } }',
    { s },
    undefined,
  ],
  [
    'map(asOf)',
    'query($s: String!, $at: String) { community(slug: $s) { map(asOf: $at) { people { id } ties { id } } } }',
    { s, at },
    undefined,
  ],
  [
    'clusterMap(asOf)',
    'query($s: String!, $at: String) { community(slug: $s) { clusterMap(asOf: $at) { network { people ties } } } }',
    { s, at },
    undefined,
  ],
  [
    'changes(since before the load: all new)',
    'query($s: String!, $at: String!) { community(slug: $s) { changes(since: $at) { newPeopleCount newTieCount } } }',
    { s, at: beforeLoad },
    undefined,
  ],
];
const results: [string, ReturnType<typeof summarize>][] = [];
for (const [label, query, variables, before] of queries) {
  const figures = await timed(() => post(query, variables, cookie), before);
  results.push([label, figures]);
  console.log(`  ${label.padEnd(42)} p50 ${String(figures.p50).padStart(7)} ms   p95 ${String(figures.p95).padStart(7)} ms`);
}
const cold = results[0]![1];
console.log('\nratio to a cold cluster map (p50, same run):');
for (const [label, figures] of results.slice(1)) console.log(`  ${label.padEnd(42)} ${(figures.p50 / cold.p50).toFixed(2)}×`);
console.log(`app RSS: ${rssMb()} MB`);
await closeServer();
await close();
