// Network analytics on a community's projected graph (people and their ties), in Node with graphology.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import modularity from 'graphology-metrics/graph/modularity';

export type Tie = { source: string; target: string };

/** An undirected simple graph: every person a node (isolates too), one edge per tied pair. */
export function buildGraph(people: string[], ties: Tie[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const id of people) graph.mergeNode(id);
  for (const { source, target } of ties) {
    if (source !== target && graph.hasNode(source) && graph.hasNode(target)) graph.mergeEdge(source, target);
  }
  return graph;
}

/** A small seeded generator, so Louvain gives the same communities for the same graph. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Louvain communities (deterministic for a graph) and their modularity. */
export function detectCommunities(graph: UndirectedGraph, seed = 42): { communityOf: Map<string, string>; modularity: number } {
  if (graph.size === 0) return { communityOf: new Map(graph.nodes().map((n) => [n, n])), modularity: 0 };
  const result = louvain.detailed(graph, { rng: seededRandom(seed) });
  return {
    communityOf: new Map(Object.entries(result.communities).map(([node, c]) => [node, String(c)])),
    modularity: result.modularity,
  };
}

/** Modularity of any grouping (declared regions, organizations…); people without a group form their own. */
export function modularityOf(graph: UndirectedGraph, groupOf: (node: string) => string | null): number {
  if (graph.size === 0) return 0;
  return modularity(graph, { getNodeCommunity: (node) => groupOf(node) ?? `alone:${node}` });
}

/** Betweenness centrality, normalized to [0, 1]: who sits on the shortest paths between others. */
export function betweenness(graph: UndirectedGraph): Map<string, number> {
  return new Map(Object.entries(betweennessCentrality(graph, { normalized: true })));
}

/** How many different groups each person's ties reach (their own included when they have ties). */
export function groupsSpanned(graph: UndirectedGraph, groupOf: (node: string) => string | null): Map<string, number> {
  const spans = new Map<string, number>();
  graph.forEachNode((node) => {
    const groups = new Set<string>();
    graph.forEachNeighbor(node, (neighbor) => {
      const group = groupOf(neighbor);
      if (group) groups.add(group);
    });
    spans.set(node, groups.size);
  });
  return spans;
}
