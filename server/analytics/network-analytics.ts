// Network analytics on a community's projected graph (people and their ties), on typed arrays.
import { partitionInThread } from './analytics-thread.ts';
import { brandes } from './brandes.ts';
import type { Partition } from './louvain.ts';
import { bestPartition, modularityAt } from './louvain.ts';
import { seededRandom, shuffled } from '../../shared/seeded-random.ts';

/**
 * An undirected simple graph of people: every person (isolates too) by their position in `ids`, each tied
 * pair once. Counting over typed arrays of positions is ~10× faster than walking a graphology graph, and
 * building one took ~200 ms at 100,000 ties. The functions below take and give person ids.
 */
export type PeopleGraph = {
  ids: string[];
  /** People and ties. */
  order: number;
  size: number;
  /** The ties as positions in `ids`, two per tie, smaller end first, in order. */
  ends: Int32Array;
  /** Each person's neighbours: those of the person at i are neighbours[offsets[i] … offsets[i + 1]). */
  offsets: Int32Array;
  neighbours: Int32Array;
};

/** People and their ties in the canonical order: people by id, ties by their ends' positions. */
export type CanonicalTies = { ids: string[]; ends: Int32Array; canonical: true };

/**
 * People sorted by id and their ties (positions in `ids`, two per tie) renumbered, each tie smaller end
 * first, the ties sorted. Louvain visits people and ties in the order of their positions, and a sample of
 * sources is drawn by position, so without this the same ties loaded in another order gave other clusters and
 * bridges.
 */
export function canonical(ids: string[], ends: ArrayLike<number>): CanonicalTies {
  const order = ids.map((_, at) => at).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  const rank = new Int32Array(ids.length);
  order.forEach((at, r) => (rank[at] = r));
  const n = ids.length;
  // One number per tie (smaller × n + larger, exact in a double up to n ≈ 9·10⁷): a typed sort, no objects.
  const keys = new Float64Array(ends.length / 2);
  for (let tie = 0; tie < keys.length; tie++) {
    const [a, b] = [rank[ends[2 * tie]!]!, rank[ends[2 * tie + 1]!]!];
    keys[tie] = a < b ? a * n + b : b * n + a;
  }
  keys.sort();
  const sorted = new Int32Array(ends.length);
  keys.forEach((key, tie) => {
    sorted[2 * tie] = Math.floor(key / n);
    sorted[2 * tie + 1] = key % n;
  });
  return { ids: order.map((at) => ids[at]!), ends: sorted, canonical: true };
}

/** The graph of people and their ties in canonical order (canonical()). Each pair at most once: a tie given twice is refused. */
export function buildGraph({ ids, ends }: CanonicalTies): PeopleGraph {
  const offsets = new Int32Array(ids.length + 1);
  for (let end = 0; end < ends.length; end++) offsets[ends[end]! + 1]! += 1;
  for (let at = 0; at < ids.length; at++) offsets[at + 1]! += offsets[at]!;
  const neighbours = new Int32Array(ends.length);
  const fill = offsets.slice(0, ids.length);
  for (let end = 0; end < ends.length; end += 2) {
    const [a, b] = [ends[end]!, ends[end + 1]!];
    // Sorted ties: a tie given twice comes right after itself.
    if (end > 0 && a === ends[end - 2] && b === ends[end - 1]) throw new Error(`The tie ${ids[a]}–${ids[b]} already exists.`);
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }
  return { ids, order: ids.length, size: ends.length / 2, ends, offsets, neighbours };
}

/** How many ties each person has. */
export const degreeOf = ({ offsets }: PeopleGraph, at: number) => offsets[at + 1]! - offsets[at]!;

/** Ties given by person ids (two per tie) as positions in `ids`, for buildGraph: tests and benches hold them so. */
export function tieEnds(ids: string[], ties: { source: string; target: string }[]): Int32Array {
  const at = new Map(ids.map((id, position) => [id, position]));
  return Int32Array.from(ties.flatMap(({ source, target }) => [at.get(source)!, at.get(target)!]));
}

/** People without any tie. */
export const isolates = (people: PeopleGraph) => people.ids.filter((_, at) => degreeOf(people, at) === 0);

/** Connected components, by union–find over the ties: a few ms at 100k ties, where a traversal took ~100 ms. */
export function countComponents({ ids, ends }: PeopleGraph): number {
  const parent = Int32Array.from(ids, (_, at) => at);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  let components = ids.length;
  for (let end = 0; end < ends.length; end += 2) {
    const [a, b] = [root(ends[end]!), root(ends[end + 1]!)];
    if (a !== b) {
      parent[a] = b;
      components -= 1;
    }
  }
  return components;
}

/**
 * Louvain passes per detection, each with its own seed, the best kept: six, fewer on large graphs (three at
 * 100,000 ties, where a pass costs ~15 ms; on the 10,000-person generated community, 97,868 ties, six passes
 * found the same modularity as one).
 */
export const louvainPasses = (ties: number) => Math.max(3, Math.min(6, Math.floor(300_000 / Math.max(ties, 1))));

/**
 * Louvain communities and their modularity: the best of `passes` seeded runs over the canonical graph, so
 * the same ties give the same clusters whatever order they were loaded in, and a run that got stuck in a
 * poorer local optimum does not decide them (one pass over the karate club gave 0.395–0.420 depending on
 * the order; the best of several reaches the best-known 0.4198).
 */
export function detectCommunities(people: PeopleGraph, passes = louvainPasses(people.size)): DetectedCommunities {
  return byId(people, bestPartition(people, passes));
}

/** detectCommunities() in the worker thread (analytics-thread.ts), while this thread does something else. */
export async function detectCommunitiesInThread(people: PeopleGraph, passes = louvainPasses(people.size)): Promise<DetectedCommunities> {
  return byId(people, await partitionInThread(people, passes));
}

export type DetectedCommunities = { communityOf: Map<string, string>; modularity: number };

const byId = ({ ids }: PeopleGraph, { community, modularity }: Partition): DetectedCommunities => ({
  communityOf: new Map(ids.map((id, at) => [id, String(community[at])])),
  modularity,
});

/** The group people without one (no region, no organization given) share: one "Not given" group everywhere. */
export const NOT_GIVEN = 'none';

/**
 * Modularity of any grouping (declared regions, organizations…), Newman's: the share of ties inside groups
 * minus the share expected if everyone's ties went to random others. People without a group form one group
 * together (NOT_GIVEN), as in the clusters and the cross-region share.
 * Counted over the ties directly: graphology-metrics' modularity (which the tests check this against) takes
 * ~25 ms per grouping at 100,000 ties, this ~2 ms.
 */
export function modularityOf({ ids, ends }: PeopleGraph, groupOf: (id: string) => string | null): number {
  const index = new Map<string, number>();
  const groupAt = Int32Array.from(ids, (id) => {
    const group = groupOf(id) ?? NOT_GIVEN;
    let g = index.get(group);
    if (g === undefined) index.set(group, (g = index.size));
    return g;
  });
  return modularityAt(ends, groupAt);
}

export type Betweenness = { scores: Map<string, number>; exact: boolean; sources: number };
/** Where betweenness starts its shortest paths from (positions), and whether that is everyone. */
export type BetweennessPlan = { exact: boolean; sources: number[] };

/** Fewest sources a sampled betweenness follows, however many ties there are. */
const MIN_SOURCES = 16;

/**
 * Betweenness centrality, normalized to [0, 1]: who sits on the shortest paths between others. Exact
 * (Brandes from every person) while people × ties ≤ budget; above it, Brandes from the first k people of a
 * seeded order (sourceOrder) with k × ties ≈ budget, each sampled source standing for n / k sources (an
 * unbiased estimate, Brandes & Pich 2007).
 */
export function planBetweenness(people: number, ties: number, budget = Number.POSITIVE_INFINITY, seed = 42): BetweennessPlan {
  const exact = people * ties <= budget;
  const k = exact ? people : Math.min(people, Math.max(MIN_SOURCES, Math.floor(budget / ties)));
  return { exact, sources: Array.from(exact ? Array.from({ length: people }, (_, i) => i) : sourceOrder(people, seed).subarray(0, k)) };
}

/** The scores by person id from brandes()' sums over `sources` sources (all of them when `exact`). */
export function betweennessOf(people: PeopleGraph, exact: boolean, sources: number, sums: Float64Array): Betweenness {
  const n = people.ids.length;
  // Each pair is counted from both ends, hence (n − 1)(n − 2) rather than half of it.
  const scale = n <= 2 ? 0 : n / sources / ((n - 1) * (n - 2));
  return { scores: new Map(people.ids.map((id, at) => [id, sums[at]! * scale])), exact, sources };
}

/** Betweenness in this thread (the cluster map computes brandes() in a worker thread while Louvain runs). */
export function betweenness(people: PeopleGraph, budget = Number.POSITIVE_INFINITY, seed = 42): Betweenness {
  const plan = planBetweenness(people.ids.length, people.ends.length / 2, budget, seed);
  return betweennessOf(people, plan.exact, plan.sources.length, brandes(people.ids.length, people.ends, plan.sources));
}

/** Everyone in a seeded random order: the first k are a sample, the next k an independent one. */
export const sourceOrder = (n: number, seed = 42): Int32Array => shuffled(n, seededRandom(seed));

/** How many different groups each person's ties reach (their own included when they have ties; NOT_GIVEN is one). */
export function groupsSpanned(people: PeopleGraph, groupOf: (id: string) => string | null, ids = people.ids): Map<string, number> {
  const at = new Map(people.ids.map((id, position) => [id, position]));
  const spans = new Map<string, number>();
  for (const id of ids) {
    const groups = new Set<string>();
    const position = at.get(id)!;
    for (let e = people.offsets[position]!; e < people.offsets[position + 1]!; e++) {
      groups.add(groupOf(people.ids[people.neighbours[e]!]!) ?? NOT_GIVEN);
    }
    spans.set(id, groups.size);
  }
  return spans;
}
