// The cluster map of a generated community (default 10,000 people, average degree 20 ≈ 100,000 ties) over
// HTTP with the client's own documents (the map page's ClusterMap and CommunityMap queries), cold (right after
// a write to the community) and cached, per grouping; Louvain and betweenness alone;
// sampled against exact betweenness on a smaller graph; against a trivial Bolt query, a trivial GraphQL
// query and the plain `Community.map` query (cold and cached: it shares the cluster map's read) measured in
// the same run.
// Run: npx tsx bench/cluster-map.ts [people] [averageDegree]
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { ClusterMapDocument, CommunityMapDocument } from '../client/src/gql/graphql.ts';
import { BETWEENNESS_BUDGET, analyzeNetwork } from '../server/analytics/cluster-map.ts';
import { betweenness, buildGraph, canonical, detectCommunities, louvainPasses, tieEnds } from '../server/analytics/network-analytics.ts';
import { communityMap, listInterests } from '../server/communities/community-repository.ts';
import { readTx } from '../server/db/transaction.ts';
import { generateCommunity } from '../seed/generate.ts';
import { benchDatabase, benchServer, facilitatorCookie, loadCommunity, post as postTo, rssMb, summarize } from './support.ts';

const people = Number(process.argv[2] ?? 10_000);
const averageDegree = Number(process.argv[3] ?? 20);
const COLD_RUNS = 10;
const CACHED_RUNS = 30;

const { db, close } = await benchDatabase();
const { url, close: closeServer } = await benchServer(db);
const community = generateCommunity({ people, averageDegree, slug: `clusters-${randomUUID().slice(0, 6)}` });
await loadCommunity(db, community);
const cookie = await facilitatorCookie(db, url, community.community.slug);
const post = (query: string, variables: Record<string, unknown> = {}, session?: string) => postTo(url, query, variables, session);

async function timed(runs: number, op: () => Promise<unknown>, before?: () => void) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const t0 = performance.now();
    await op();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}
const show = (label: string, s: ReturnType<typeof summarize>) =>
  console.log(`  ${label.padEnd(34)} p50 ${String(s.p50).padStart(7)} ms   p95 ${String(s.p95).padStart(7)} ms   (n=${s.n})`);

// The client's own documents (client/src/gql): what the map page sends, fragments and all.
const CLUSTER_MAP = ClusterMapDocument.toString();
const MAP = CommunityMapDocument.toString();
const slug = community.community.slug;
const interestId = community.interests[0]!.id;
const clusterMapOf = (g: string) => () => post(CLUSTER_MAP, { slug, groupBy: g, interestId: g === 'INTEREST' ? interestId : null }, cookie);
const aWrite = () => db.state.revisions.changed({ community: community.community.id });

// Warm-up: a fresh JVM plans and compiles the queries on first use; Node compiles the analytics.
for (let i = 0; i < 3; i++) await (aWrite(), clusterMapOf('REGION')());
for (let i = 0; i < 3; i++) await post(MAP, { slug }, cookie);

console.log('\nbaselines (same run):');
const bolt = await timed(100, () => readTx(db, (tx) => tx.run('RETURN 1')));
show('trivial Bolt query (RETURN 1)', bolt);
const trivial = await timed(100, () => post('{ __typename }'));
show('trivial GraphQL query over HTTP', trivial);
const plainMap = await timed(COLD_RUNS, () => post(MAP, { slug }, cookie), aWrite);
show('Community.map over HTTP, cold', plainMap);
show('Community.map over HTTP, cached', await timed(COLD_RUNS, () => post(MAP, { slug }, cookie)));

console.log('\nclusterMap over HTTP, facilitator view:');
const figures: { grouping: string; cold: ReturnType<typeof summarize>; cached: ReturnType<typeof summarize> }[] = [];
for (const grouping of ['REGION', 'DETECTED', 'ORGANIZATION', 'INTEREST']) {
  const cold = await timed(COLD_RUNS, clusterMapOf(grouping), aWrite);
  const cached = await timed(CACHED_RUNS, clusterMapOf(grouping));
  show(`${grouping} cold`, cold);
  show(`${grouping} cached`, cached);
  figures.push({ grouping, cold, cached });
}
const sample = (await clusterMapOf('DETECTED')()).body.data.community.clusterMap;
console.log(
  `  (${sample.network.people} people, ${sample.network.ties} ties, ${sample.clusters.length} detected clusters, modularity ${sample.network.detectedModularity.toFixed(3)}` +
    ` vs regions ${sample.network.regionModularity.toFixed(3)}; betweenness ${sample.network.bridgesCertainty.level === 'EXACT' ? 'exact' : `sampled from ${sample.network.bridgesCertainty.sources} sources`})`,
);

console.log('\nwhere a cold request goes (in process, same data):');
const scope = { admin: false, curated: [community.community.id] };
let map = await communityMap(db, community.community.id, scope);
show('map query (people + ties)', await timed(COLD_RUNS, async () => (map = await communityMap(db, community.community.id, scope))));
const interests = await listInterests(db, community.community.id);
// The first answer only (`() => false`: no background refinement of the bridges piling up behind the runs).
show('analyzeNetwork (all of the JS)', await timed(COLD_RUNS, async () => analyzeNetwork(map, interests, { wanted: () => false })));
const graph = buildGraph(
  canonical(
    map.people.map((p) => p.id),
    map.tieEnds,
  ),
);
show(
  '  canonical order',
  await timed(COLD_RUNS, async () =>
    canonical(
      map.people.map((p) => p.id),
      map.tieEnds,
    ),
  ),
);
show(
  '  build the graph (canonical order included)',
  await timed(COLD_RUNS, async () =>
    buildGraph(
      canonical(
        map.people.map((p) => p.id),
        map.tieEnds,
      ),
    ),
  ),
);
show(`  Louvain alone (${louvainPasses(graph.ends.length / 2)} passes)`, await timed(COLD_RUNS, async () => detectCommunities(graph)));
show('  Louvain, one pass', await timed(COLD_RUNS, async () => detectCommunities(graph, 1)));
show('  betweenness, sampled', await timed(COLD_RUNS, async () => betweenness(graph, BETWEENNESS_BUDGET)));

// Sampled against exact on a graph small enough for exact betweenness to finish in seconds.
const small = generateCommunity({ people: 2_000, averageDegree: 20, slug: 'clusters-small' });
const smallIds = small.people.map((p) => p.id);
const smallGraph = buildGraph(
  canonical(
    smallIds,
    tieEnds(
      smallIds,
      small.ties.map((t) => ({ source: t.from, target: t.to })),
    ),
  ),
);
let exact = betweenness(smallGraph);
let sampled = betweenness(smallGraph, BETWEENNESS_BUDGET);
const exactTime = await timed(1, async () => (exact = betweenness(smallGraph)));
const sampledTime = await timed(3, async () => (sampled = betweenness(smallGraph, BETWEENNESS_BUDGET)));
const top = (b: typeof exact, k: number) =>
  [...b.scores]
    .sort((x, y) => y[1] - x[1])
    .slice(0, k)
    .map(([id]) => id);
const overlap = (k: number) => top(sampled, k).filter((id) => new Set(top(exact, k)).has(id)).length;
console.log(
  `\nbetweenness on ${smallGraph.order} people / ${smallGraph.size} ties: exact ${exactTime.p50} ms, sampled (${sampled.sources} sources) ${sampledTime.p50} ms (${(exactTime.p50 / sampledTime.p50).toFixed(0)}× faster)`,
);
console.log(`  top 10 shared with exact: ${overlap(10)}/10; top 50: ${overlap(50)}/50`);

const worst = figures.reduce((a, b) => (b.cold.p50 > a.cold.p50 ? b : a));
console.log('\nratios:');
console.log(`  cold clusterMap / Community.map (p50, worst grouping ${worst.grouping}): ${(worst.cold.p50 / plainMap.p50).toFixed(2)}×`);
for (const f of figures)
  console.log(
    `  ${f.grouping.padEnd(12)} cached / trivial GraphQL (p50): ${(f.cached.p50 / trivial.p50).toFixed(1)}×   cached / cold: ${(f.cached.p50 / f.cold.p50).toFixed(3)}`,
  );
console.log(
  `\nload average of the (shared) machine: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `RSS of the app process (server and bench in one) ${rssMb()} MB, heap used ${Math.round(process.memoryUsage().heapUsed / 1024 / 1024)} MB`,
);

await closeServer();
await close();
