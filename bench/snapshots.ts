// Snapshots and past-moment reads of a generated community (default 10,000 people, average degree 20 ≈ 100,000
// ties) over HTTP: takeSnapshot, Community.snapshots, Community.map(asOf:), clusterMap(asOf:) and changes(since:),
// each beside a cold cluster map (right after a write to the community) measured in the same run.
// Run: npx tsx bench/snapshots.ts [people] [averageDegree]
import { randomUUID } from 'node:crypto';
import { generateCommunity } from '../seed/generate.ts';
import { benchDatabase, benchServer, facilitatorCookie, loadCommunity, post as postTo, rssMb, summarize } from './support.ts';

const people = Number(process.argv[2] ?? 10_000);
const averageDegree = Number(process.argv[3] ?? 20);
const RUNS = 8;

const { db, close } = await benchDatabase();
const { url, close: closeServer } = await benchServer(db);
const community = generateCommunity({ people, averageDegree, slug: `snapshots-${randomUUID().slice(0, 6)}` });
const beforeLoad = new Date().toISOString();
await loadCommunity(db, community);
const cookie = await facilitatorCookie(db, url, community.community.slug);
const post = (query: string, variables: Record<string, unknown> = {}, session?: string) => postTo(url, query, variables, session);
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
