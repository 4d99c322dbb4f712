// Network analytics on a community's projected graph (people and their ties), in Node with graphology.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';

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

export type Betweenness = { scores: Map<string, number>; exact: boolean; sources: number };

/** Fewest sources a sampled betweenness follows, however many ties there are. */
const MIN_SOURCES = 16;

/**
 * Betweenness centrality, normalized to [0, 1]: who sits on the shortest paths between others. Exact
 * (Brandes from every person) while people × ties ≤ budget; above it, Brandes from a seeded sample of k
 * people with k × ties ≈ budget, each sampled source standing for n / k sources (an unbiased estimate,
 * Brandes & Pich 2007). graphology-shortest-path gives the single-source BFS with path counts; the
 * accumulation below is graphology-metrics' own, restricted to the sampled sources.
 */
export function betweenness(graph: UndirectedGraph, budget = Number.POSITIVE_INFINITY, seed = 42): Betweenness {
  const n = graph.order;
  const exact = n * graph.size <= budget;
  const k = exact ? n : Math.min(n, Math.max(MIN_SOURCES, Math.floor(budget / graph.size)));
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as BrandesFunction;
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (const source of exact ? allIndices(n) : sampleIndices(n, k, seededRandom(seed))) {
    const [stack, predecessors, sigma] = brandes(source);
    for (let j = 0; j < stack.size; j++) delta[stack.items[j]!] = 0;
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centrality[w]! += delta[w]!;
    }
  }
  // Each pair is counted from both ends, hence (n − 1)(n − 2) rather than half of it.
  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  const scores = new Map<string, number>();
  brandes.index.nodes.forEach((node, i) => scores.set(node, centrality[i]! * scale));
  return { scores, exact, sources: k };
}

type BrandesFunction = ((source: number) => [{ items: ArrayLike<number>; size: number; pop(): number | undefined }, number[][], Uint32Array]) & {
  index: { nodes: string[] };
};

const allIndices = (n: number) => Array.from({ length: n }, (_, i) => i);

/** k distinct indices out of n, drawn with a partial Fisher–Yates shuffle. */
function sampleIndices(n: number, k: number, random: () => number): number[] {
  const indices = allIndices(n);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices.slice(0, k);
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
