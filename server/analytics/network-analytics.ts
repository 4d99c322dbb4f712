// Network analytics on a community's projected graph (people and their ties), in Node with graphology.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import { NeighborhoodIndex } from 'graphology-indices/neighborhood';

export type Tie = { source: string; target: string };

/**
 * An undirected simple graph of people: every person a node (isolates too), one edge per tied pair. Nodes
 * are keyed by their position in `ids` ("0", "1"…): graphology builds and walks a graph with such
 * index-like keys about twice as fast as with UUIDs (JS engines store them as array elements). The
 * functions below take and give person ids.
 */
export type PeopleGraph = { graph: UndirectedGraph; ids: string[]; keyOf: Map<string, string> };

export function buildGraph(people: string[], ties: Tie[]): PeopleGraph {
  const graph = new UndirectedGraph();
  const keyOf = new Map<string, string>();
  for (const id of people) {
    if (keyOf.has(id)) continue;
    keyOf.set(id, String(keyOf.size));
    graph.addNode(keyOf.get(id)!);
  }
  let edge = 0; // numbered edge keys: graphology's generated ones cost a third of the build at 100k ties
  for (const { source, target } of ties) {
    const [a, b] = [keyOf.get(source), keyOf.get(target)];
    if (a !== undefined && b !== undefined && a !== b && !graph.hasEdge(a, b)) graph.addEdgeWithKey(edge++, a, b);
  }
  return { graph, ids: [...keyOf.keys()], keyOf };
}

/** Person id of a node key. */
const idOf = ({ ids }: PeopleGraph, node: string) => ids[Number(node)]!;

/** People without any tie. */
export const isolates = (people: PeopleGraph) => people.graph.filterNodes((node) => people.graph.degree(node) === 0).map((node) => idOf(people, node));

/**
 * Connected components, by union–find over the graph's edges: a few ms at 100k ties, where a traversal
 * (graphology-components) took about 100 ms.
 */
export function countComponents({ graph }: PeopleGraph): number {
  const parent = Int32Array.from({ length: graph.order }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  let components = graph.order;
  graph.forEachEdge((_, __, source, target) => {
    const [a, b] = [root(Number(source)), root(Number(target))];
    if (a !== b) {
      parent[a] = b;
      components -= 1;
    }
  });
  return components;
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
export function detectCommunities(people: PeopleGraph, seed = 42): { communityOf: Map<string, string>; modularity: number } {
  const { graph, ids } = people;
  if (graph.size === 0) return { communityOf: new Map(ids.map((id, i) => [id, String(i)])), modularity: 0 };
  const result = louvain.detailed(graph, { rng: seededRandom(seed) });
  return {
    communityOf: new Map(Object.entries(result.communities).map(([node, c]) => [idOf(people, node), String(c)])),
    modularity: result.modularity,
  };
}

/** Modularity of any grouping (declared regions, organizations…); people without a group form their own. */
export function modularityOf(people: PeopleGraph, groupOf: (id: string) => string | null): number {
  if (people.graph.size === 0) return 0;
  return modularity(people.graph, { getNodeCommunity: (node) => groupOf(idOf(people, node)) ?? `alone:${node}` });
}

export type Betweenness = { scores: Map<string, number>; exact: boolean; sources: number };

/** Fewest sources a sampled betweenness follows, however many ties there are. */
const MIN_SOURCES = 16;

/**
 * Betweenness centrality, normalized to [0, 1]: who sits on the shortest paths between others. Exact
 * (Brandes from every person) while people × ties ≤ budget; above it, Brandes from a seeded sample of k
 * people with k × ties ≈ budget, each sampled source standing for n / k sources (an unbiased estimate,
 * Brandes & Pich 2007). Brandes (2001) over graphology's neighbourhood index (flat arrays), without
 * predecessor lists: on an unweighted graph, w's predecessors are its neighbours one step closer to the
 * source. (graphology-shortest-path's indexed Brandes allocates a list per person per source: three times
 * slower at 10,000 people.)
 */
export function betweenness(people: PeopleGraph, budget = Number.POSITIVE_INFINITY, seed = 42): Betweenness {
  const { graph } = people;
  const n = graph.order;
  const exact = n * graph.size <= budget;
  const k = exact ? n : Math.min(n, Math.max(MIN_SOURCES, Math.floor(budget / graph.size)));
  const { neighborhood, starts, nodes } = new NeighborhoodIndex(graph, 'undirected');
  const distance = new Int32Array(n);
  const paths = new Float64Array(n);
  const delta = new Float64Array(n);
  const visited = new Int32Array(n); // in breadth-first order: a queue going forward, a stack going back
  const centrality = new Float64Array(n);
  for (const source of exact ? allIndices(n) : sampleIndices(n, k, seededRandom(seed))) {
    distance.fill(-1);
    paths.fill(0);
    distance[source] = 0;
    paths[source] = 1;
    visited[0] = source;
    let count = 1;
    for (let head = 0; head < count; head++) {
      const v = visited[head]!;
      for (let j = starts[v]!; j < starts[v + 1]!; j++) {
        const w = neighborhood[j]!;
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          visited[count++] = w;
        }
        if (distance[w] === distance[v]! + 1) paths[w]! += paths[v]!;
      }
    }
    for (let i = 0; i < count; i++) delta[visited[i]!] = 0;
    for (let i = count - 1; i > 0; i--) {
      const w = visited[i]!;
      const coefficient = (1 + delta[w]!) / paths[w]!;
      for (let j = starts[w]!; j < starts[w + 1]!; j++) {
        const v = neighborhood[j]!;
        if (distance[v] === distance[w]! - 1) delta[v]! += paths[v]! * coefficient;
      }
      centrality[w]! += delta[w]!;
    }
  }
  // Each pair is counted from both ends, hence (n − 1)(n − 2) rather than half of it.
  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  const scores = new Map<string, number>();
  nodes.forEach((node, i) => scores.set(idOf(people, node), centrality[i]! * scale));
  return { scores, exact, sources: k };
}

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
export function groupsSpanned(people: PeopleGraph, groupOf: (id: string) => string | null, ids = people.ids): Map<string, number> {
  const spans = new Map<string, number>();
  for (const id of ids) {
    const groups = new Set<string>();
    people.graph.forEachNeighbor(people.keyOf.get(id)!, (neighbor) => {
      const group = groupOf(idOf(people, neighbor));
      if (group) groups.add(group);
    });
    spans.set(id, groups.size);
  }
  return spans;
}
