import type { CommunityMapRecord, InterestRecord, MapPersonRecord } from '../communities/community-repository.ts';
import { smallest } from '../peers/smallest.ts';
import type { Betweenness, PeopleGraph } from './network-analytics.ts';
import { brandesInThread } from './analytics-thread.ts';
import type { Certainty } from './adaptive-betweenness.ts';
import { refineBetweenness, TOP } from './adaptive-betweenness.ts';
import {
  betweennessOf,
  buildGraph,
  canonical,
  countComponents,
  detectCommunities,
  groupsSpanned,
  isolates,
  modularityOf,
  NOT_GIVEN,
  planBetweenness,
  sourceOrder,
} from './network-analytics.ts';

export type ClusterGrouping = 'REGION' | 'DETECTED' | 'ORGANIZATION' | 'INTEREST';

/** How to group: INTEREST names the interest whose offerers and seekers form the clusters. */
export type Grouping = { by: Exclude<ClusterGrouping, 'INTEREST'> } | { by: 'INTEREST'; interest: InterestRecord };

/**
 * The first answer's betweenness is exact while people × ties stays under this; above it, a sample of
 * sources within it, refined in the background (adaptive-betweenness.ts).
 */
export const BETWEENNESS_BUDGET = 3_000_000;
const TOP_INTERESTS = 5;
/** Links listed per cluster: 1,000 organizations would otherwise list ~90,000 links (~450 ms to serialize). */
const TOP_LINKS = 20;

/**
 * What every grouping of one consent-filtered map shares: the graph, Louvain's communities, betweenness
 * and the whole-network figures. Computed once per community version and viewer kind (see cluster-map-cache.ts).
 */
export type NetworkAnalysis = Awaited<ReturnType<typeof analyzeNetwork>>;

/**
 * `wanted` says whether background work on this analysis is still of use (no write since); the bridges'
 * refinement starts `refineAfter` ms after the first answer, and not at all when a write came meanwhile.
 */
export async function analyzeNetwork(
  map: CommunityMapRecord,
  interests: InterestRecord[],
  { wanted = () => true, refineAfter = 0 }: { wanted?: () => boolean; refineAfter?: number } = {},
) {
  // In canonical order (by id): the same stored data gives the same clusters and bridges however it was read.
  const ties = canonical(
    map.people.map((p) => p.id),
    map.tieEnds,
  );
  // Betweenness first, in a worker thread: it runs while this thread builds the graph and runs Louvain.
  const plan = planBetweenness(ties.ids.length, ties.ends.length / 2, BETWEENNESS_BUDGET);
  const sums = brandesInThread(ties.ids.length, ties.ends, plan.sources);
  const graph = buildGraph(ties);
  const detected = detectCommunities(graph);
  const person = new Map(map.people.map((p) => [p.id, p]));
  const regionOf = (id: string) => person.get(id)?.regionId ?? null;
  const { order: n, size: m } = graph;
  const figures = {
    people: n,
    ties: m,
    density: n > 1 ? m / pairs(n) : 0,
    components: countComponents(graph),
    isolateIds: isolates(graph),
    crossRegionShare: m > 0 ? countTies(graph, groupIndex(graph, regionOf)).between / m : 0,
    regionModularity: modularityOf(graph, regionOf),
  };
  const first = await sums;
  const analysis = {
    map,
    graph,
    person,
    regionOf,
    interest: new Map(interests.map((i) => [i.id, i])),
    regionName: new Map(map.regions.map((r) => [r.id, r.name])),
    detected,
    bridges: bridgesOf(graph, betweennessOf(graph, plan.exact, plan.sources.length, first), {
      level: plan.exact ? 'EXACT' : 'ESTIMATE',
      sources: plan.sources.length,
      agreement: null,
      refining: !plan.exact,
    }),
    /** Settles once the bridges are as certain as they will get (at once when exact from the start). */
    refined: Promise.resolve(),
    figures,
  };
  if (!plan.exact) {
    // Exact or adaptively sampled betweenness takes seconds: the first answer carries the first sample's
    // bridges, and the better list replaces them here when it is done (the cache then recomputes the maps).
    const { ids, ends } = ties;
    const run = (sources: Int32Array) => brandesInThread(ids.length, ends, sources);
    const later = new Promise((resolve) => setTimeout(resolve, refineAfter).unref());
    const refine = () =>
      refineBetweenness(ids.length, ends.length / 2, sourceOrder(ids.length), { sums: first, sources: plan.sources.length }, run, {
        wanted,
      });
    analysis.refined = later.then(refine).then(
      ({ sums: refined, certainty }) => {
        analysis.bridges = bridgesOf(graph, betweennessOf(graph, certainty.level === 'EXACT', certainty.sources, refined), certainty);
      },
      () => {
        analysis.bridges = { ...analysis.bridges, certainty: { ...analysis.bridges.certainty, refining: false } };
      },
    );
  }
  return analysis;
}

/** Betweenness, the people with the highest (above 0, highest first), and how sure that list is. */
function bridgesOf(graph: PeopleGraph, centrality: Betweenness, certainty: Certainty) {
  const top = smallest(centrality.scores, TOP, ([x, a], [y, b]) => b - a || (x < y ? -1 : 1)).filter(([, score]) => score > 0);
  return { centrality, top, certainty };
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/** The group of each person under a grouping (null: no region / organization given), and group names. */
function groupingOf(analysis: NetworkAnalysis, grouping: Grouping) {
  const { person, detected, regionName, regionOf } = analysis;
  switch (grouping.by) {
    case 'REGION':
      // Every region of the community, those nobody is in yet too: an empty box is a gap worth seeing.
      return { groupOf: regionOf, nameOf: (id: string) => regionName.get(id) ?? id, fixed: [...regionName.keys()] };
    case 'ORGANIZATION':
      return { groupOf: (id: string) => person.get(id)?.organization ?? null, nameOf: (id: string) => id, fixed: [] };
    case 'DETECTED':
      return {
        groupOf: (id: string) => detected.communityOf.get(id) ?? null,
        nameOf: (id: string) => `Cluster ${Number(id) + 1}`,
        fixed: [],
      };
    case 'INTEREST': {
      const { id: interestId, name } = grouping.interest;
      const names: Record<string, string> = { offers: `Offers ${name}`, seeks: `Seeks ${name}`, others: 'Others' };
      const groupOf = (id: string) => {
        const p = person.get(id);
        return p?.offerIds.includes(interestId) ? 'offers' : p?.seekIds.includes(interestId) ? 'seeks' : 'others';
      };
      return { groupOf, nameOf: (id: string) => names[id]!, fixed: Object.keys(names) };
    }
  }
}

/**
 * Each person's group as a small integer (by graph position), and the groups in order of first appearance
 * after the `fixed` ones; people without a group share the group NOT_GIVEN (`none`), as in modularityOf. Tie counting then works on arrays
 * rather than on id lookups: 100,000 ties, twice per grouping.
 */
function groupIndex(people: PeopleGraph, groupOf: (id: string) => string | null, fixed: string[] = []) {
  const groups = [...fixed];
  const index = new Map(groups.map((id, g) => [id, g]));
  const groupAt = new Int32Array(people.ids.length);
  people.ids.forEach((id, at) => {
    const group = groupOf(id) ?? NOT_GIVEN;
    let g = index.get(group);
    if (g === undefined) index.set(group, (g = groups.push(group) - 1));
    groupAt[at] = g;
  });
  return { groups, groupAt };
}

/** Ties inside each group, ties between groups (all of them), and per group its ties to each other group. */
function countTies({ ends }: PeopleGraph, { groups, groupAt }: ReturnType<typeof groupIndex>) {
  const internal = new Array<number>(groups.length).fill(0);
  const links = groups.map(() => new Map<number, number>());
  let between = 0;
  for (let end = 0; end < ends.length; end += 2) {
    const [a, b] = [groupAt[ends[end]!]!, groupAt[ends[end + 1]!]!];
    if (a === b) internal[a]! += 1;
    else {
      between += 1;
      links[a]!.set(b, (links[a]!.get(b) ?? 0) + 1);
      links[b]!.set(a, (links[b]!.get(a) ?? 0) + 1);
    }
  }
  return { internal, links, between };
}

/** The interests most of `people` hold, most first, ties by name. */
function topInterests(analysis: NetworkAnalysis, people: MapPersonRecord[], idsOf: (p: MapPersonRecord) => string[]) {
  const counts = new Map<string, number>();
  for (const p of people) for (const id of idsOf(p)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const held = [...counts].flatMap(([id, count]) => {
    const interest = analysis.interest.get(id);
    return interest ? [{ interest, count }] : [];
  });
  return smallest(held, TOP_INTERESTS, (a, b) => b.count - a.count || a.interest.name.localeCompare(b.interest.name));
}

/** The cluster map of an analysed (consent-filtered) network under one grouping. */
export function clusterMap(analysis: NetworkAnalysis, grouping: Grouping) {
  const { graph, person, figures } = analysis;
  const { centrality, top: topBridges, certainty } = analysis.bridges;
  const { groupOf, nameOf, fixed } = groupingOf(analysis, grouping);
  const { groups, groupAt } = groupIndex(graph, groupOf, fixed);
  const members = groups.map(() => [] as MapPersonRecord[]);
  graph.ids.forEach((id, at) => members[groupAt[at]!]!.push(person.get(id)!));
  const { internal, links } = countTies(graph, { groups, groupAt });

  const clusters = groups
    .map((id, g) => {
      const [people, internalTies] = [members[g]!, internal[g]!];
      const peripheralIds = people.filter((p) => p.participation === 'PERIPHERAL').map((p) => p.id);
      return {
        id,
        name: id === NOT_GIVEN ? 'Not given' : nameOf(id),
        memberIds: people.map((p) => p.id),
        internalTies,
        externalTies: [...links[g]!.values()].reduce((sum, ties) => sum + ties, 0),
        density: people.length > 1 ? internalTies / pairs(people.length) : 0,
        // Picked rather than sorted (1,000 organizations link ~90,000 pairs); equal counts by group order.
        tiesTo: smallest(links[g]!, TOP_LINKS, ([x, a], [y, b]) => b - a || x - y).map(([other, ties]) => ({
          clusterId: groups[other]!,
          ties,
        })),
        coordinatorIds: people.filter((p) => p.participation === 'CORE').map((p) => p.id),
        peripheralIds,
        peripheralCount: peripheralIds.length,
        organizationCount: new Set(people.flatMap((p) => (p.organization ? [p.organization] : []))).size,
        topOffered: topInterests(analysis, people, (p) => p.offerIds),
        topSought: topInterests(analysis, people, (p) => p.seekIds),
      };
    })
    .sort((x, y) => y.memberIds.length - x.memberIds.length || x.name.localeCompare(y.name));

  const spans = groupsSpanned(
    graph,
    groupOf,
    topBridges.map(([id]) => id),
  );
  const bridges = topBridges.map(([personId, score]) => ({
    personId,
    name: person.get(personId)!.name,
    betweenness: score,
    clustersSpanned: spans.get(personId)!,
  }));
  // Louvain and the figures already hold the modularity of two groupings; the others cost one pass.
  const modularity =
    grouping.by === 'REGION'
      ? figures.regionModularity
      : grouping.by === 'DETECTED'
        ? analysis.detected.modularity
        : modularityOf(graph, groupOf);

  return {
    groupBy: grouping.by,
    clusters,
    bridges,
    network: {
      ...figures,
      isolates: figures.isolateIds.length,
      modularity,
      detectedModularity: analysis.detected.modularity,
      betweennessExact: centrality.exact,
      betweennessSources: centrality.sources,
      bridgesCertainty: certainty,
    },
  };
}
