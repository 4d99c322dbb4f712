// Snapshots and past-moment reads of a generated community (default 10,000 people, average degree 20 ≈ 100,000
// ties) over HTTP, as the client sends them: takeSnapshot, the growth page, the replay, map and clusterMap asOf, changes,
// each beside a cold cluster map (right after a write to the community) measured in the same run.
// Run: npx tsx bench/snapshots.ts [people] [averageDegree]
import { randomUUID } from 'node:crypto';
import { ClusterMapDocument, GrowthDocument, MapAsOfDocument, ReplayMomentsDocument } from '../client/src/gql/graphql.ts';
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

const s = community.community.slug;
const at = new Date().toISOString();
// Each as the client sends it (its generated documents), except takeSnapshot, which no screen sends (the API and
// closing a workshop take snapshots).
const queries: [string, string, Record<string, unknown>, (() => void) | undefined][] = [
  ['cluster map, cold', String(ClusterMapDocument), { slug: s, groupBy: 'REGION', interestId: null }, aWrite],
  ['takeSnapshot', 'mutation($s: String!) { takeSnapshot(communitySlug: $s) { people ties } }', { s }, aWrite],
  ['growth page (snapshots, changes since the start)', String(GrowthDocument), { slug: s, since: '2000-01-01' }, undefined],
  ['replay moments', String(ReplayMomentsDocument), { slug: s }, undefined],
  ['map(asOf)', String(MapAsOfDocument), { slug: s, asOf: at }, undefined],
  ['clusterMap(asOf)', String(ClusterMapDocument), { slug: s, groupBy: 'REGION', interestId: null, asOf: at }, undefined],
  ['changes (since before the load: all new)', String(GrowthDocument), { slug: s, since: beforeLoad }, undefined],
];
// Interleaved: each round sends every request once, so that the shared machine's load, which drifts over minutes,
// weighs on the requests and on the baseline alike.
const samples = queries.map((): number[] => []);
for (let round = 0; round < RUNS; round++) {
  for (const [at, [, query, variables, before]] of queries.entries()) {
    before?.();
    const t0 = performance.now();
    await post(query, variables, cookie);
    samples[at]!.push(performance.now() - t0);
  }
}
const results = queries.map(([label], at) => [label, summarize(samples[at]!)] as const);
for (const [label, figures] of results) {
  console.log(`  ${label.padEnd(50)} p50 ${String(figures.p50).padStart(7)} ms   p95 ${String(figures.p95).padStart(7)} ms`);
}
const cold = results[0]![1];
console.log('\nratio to a cold cluster map (p50, same run):');
for (const [label, figures] of results.slice(1)) console.log(`  ${label.padEnd(50)} ${(figures.p50 / cold.p50).toFixed(2)}×`);
console.log(`app RSS: ${rssMb()} MB`);
await closeServer();
await close();
