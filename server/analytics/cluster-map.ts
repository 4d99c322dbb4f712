import { countConnectedComponents } from 'graphology-components';
import type { CommunityMapRecord } from '../communities/community-repository.ts';
import { betweenness, buildGraph, detectCommunities, groupsSpanned, modularityOf } from './network-analytics.ts';

export type ClusterGrouping = 'REGION' | 'DETECTED' | 'ORGANIZATION';

const BETWEENNESS_BUDGET = 5_000_000;

/** The cluster map of a (consent-filtered) community map: clusters, whole-network figures, bridges. */
export function clusterMap(map: CommunityMapRecord, groupBy: ClusterGrouping) {
  const graph = buildGraph(map.people.map((p) => p.id), map.ties);
  const person = new Map(map.people.map((p) => [p.id, p]));
  const regionName = new Map(map.regions.map((r) => [r.id, r.name]));
  const detected = detectCommunities(graph);
  const regionOf = (id: string) => person.get(id)?.regionId ?? null;
  const groupOf = (id: string): string | null =>
    groupBy === 'REGION' ? regionOf(id) : groupBy === 'ORGANIZATION' ? (person.get(id)?.organization ?? null) : (detected.communityOf.get(id) ?? null);
  const nameOf = (group: string) =>
    groupBy === 'REGION' ? (regionName.get(group) ?? group) : groupBy === 'ORGANIZATION' ? group : `Cluster ${Number(group) + 1}`;

  const members = new Map<string, string[]>();
  for (const p of map.people) {
    const group = groupOf(p.id) ?? 'none';
    members.set(group, [...(members.get(group) ?? []), p.id]);
  }
  const internal = new Map<string, number>();
  const between = new Map<string, Map<string, number>>();
  let crossRegion = 0;
  for (const t of map.ties) {
    const [a, b] = [groupOf(t.source) ?? 'none', groupOf(t.target) ?? 'none'];
    if (regionOf(t.source) !== regionOf(t.target)) crossRegion += 1;
    if (a === b) internal.set(a, (internal.get(a) ?? 0) + 1);
    else {
      for (const [x, y] of [[a, b], [b, a]] as const) {
        const links = between.get(x) ?? new Map<string, number>();
        links.set(y, (links.get(y) ?? 0) + 1);
        between.set(x, links);
      }
    }
  }
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const clusters = [...members]
    .map(([id, ids]) => ({
      id,
      name: id === 'none' ? 'Not given' : nameOf(id),
      memberIds: ids,
      internalTies: internal.get(id) ?? 0,
      density: ids.length > 1 ? (internal.get(id) ?? 0) / pairs(ids.length) : 0,
      tiesTo: [...(between.get(id) ?? [])].map(([clusterId, ties]) => ({ clusterId, ties })).sort((x, y) => y.ties - x.ties),
      coordinatorIds: ids.filter((m) => person.get(m)?.participation === 'CORE'),
      peripheralCount: ids.filter((m) => person.get(m)?.participation === 'PERIPHERAL').length,
    }))
    .sort((x, y) => y.memberIds.length - x.memberIds.length || x.name.localeCompare(y.name));

  // Exact betweenness is O(n·m): above the budget, rank by clusters reached so the request stays fast.
  const betweennessExact = graph.order * graph.size <= BETWEENNESS_BUDGET;
  const spans = groupsSpanned(graph, groupOf);
  const scores = betweennessExact ? betweenness(graph) : new Map(graph.nodes().map((node) => [node, 0]));
  const rank = (id: string) => (betweennessExact ? scores.get(id)! : spans.get(id)!);
  const bridges = graph
    .nodes()
    .filter((id) => rank(id) > (betweennessExact ? 0 : 1))
    .sort((x, y) => rank(y) - rank(x))
    .slice(0, 10)
    .map((personId) => ({ personId, name: person.get(personId)!.name, betweenness: scores.get(personId)!, clustersSpanned: spans.get(personId) ?? 0 }));

  const n = graph.order;
  return {
    groupBy,
    clusters,
    bridges,
    network: {
      people: n,
      ties: graph.size,
      density: n > 1 ? graph.size / pairs(n) : 0,
      components: countConnectedComponents(graph),
      isolates: graph.filterNodes((node) => graph.degree(node) === 0).length,
      crossRegionShare: graph.size > 0 ? crossRegion / graph.size : 0,
      modularity: modularityOf(graph, groupOf),
      regionModularity: modularityOf(graph, regionOf),
      detectedModularity: detected.modularity,
      betweennessExact,
    },
  };
}
