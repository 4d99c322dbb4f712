// Louvain community detection (Blondel et al. 2008) with fast local moves (Traag 2015), on typed arrays.
// graphology-communities-louvain gives the same kind of partition, but it runs on a graphology graph, and
// building one for 10,000 people and 100,000 ties took ~200 ms, three times the Louvain passes themselves;
// a snapshot needs two of them (everyone's network and the listed people's). Checked against that library's
// modularity in louvain.test.ts and against known answers in bench/quality.ts.

import { seededRandom } from '../../shared/seeded-random.ts';

/** People's communities (0, 1…, by position) and the modularity of that partition. */
export type Partition = { community: Int32Array; modularity: number };

/** A graph as adjacency lists (every tie at both ends) and as its ties (two positions each). */
export type TieArrays = { order: number; offsets: Int32Array; neighbours: Int32Array; ends: Int32Array };

/**
 * The best of `passes` Louvain runs, each with its own seed: the same ties always give the same partition, and a
 * run stuck in a poorer local optimum does not decide it. Plain typed arrays in and out: it also runs in the
 * analytics worker thread.
 */
export function bestPartition({ order, offsets, neighbours, ends }: TieArrays, passes: number): Partition {
  let best: Partition = { community: Int32Array.from({ length: order }, (_, at) => at), modularity: 0 };
  if (ends.length === 0) return best;
  for (let pass = 0; pass < passes; pass++) {
    const community = louvain(order, offsets, neighbours, seededRandom(42 + pass));
    const modularity = modularityAt(ends, community);
    if (pass === 0 || modularity > best.modularity) best = { community, modularity };
  }
  return best;
}

/** Newman's modularity of a grouping given as each person's group number (0, 1…, by position). */
export function modularityAt(ends: Int32Array, groupAt: Int32Array): number {
  const ties = ends.length / 2;
  if (ties === 0) return 0;
  const groups = groupAt.reduce((most, g) => Math.max(most, g + 1), 0);
  const inside = new Float64Array(groups);
  const degrees = new Float64Array(groups);
  for (let end = 0; end < ends.length; end += 2) {
    const [a, b] = [groupAt[ends[end]!]!, groupAt[ends[end + 1]!]!];
    degrees[a]! += 1;
    degrees[b]! += 1;
    if (a === b) inside[a]! += 1;
  }
  let modularity = 0;
  for (let g = 0; g < groups; g++) modularity += inside[g]! / ties - (degrees[g]! / (2 * ties)) ** 2;
  return modularity;
}

/** An undirected weighted graph: node i's neighbours are targets[offsets[i] … offsets[i + 1]), each edge at both ends. */
type Level = { n: number; offsets: Int32Array; targets: Int32Array; weights: Float64Array; loops: Float64Array };

/** A move must gain more than this (in tie weight) to be made: rounding alone never moves a node back and forth. */
const MIN_GAIN = 1e-9;

/**
 * Each node's community, numbered 0, 1… in the order of their first node, for an undirected simple graph given as
 * adjacency lists (offsets, neighbours: every tie at both ends). `random` picks where each level's first sweep starts.
 */
export function louvain(n: number, offsets: Int32Array, neighbours: Int32Array, random: () => number): Int32Array {
  const communityOf = Int32Array.from({ length: n }, (_, i) => i);
  const twoM = neighbours.length;
  if (twoM === 0) return communityOf;
  let level: Level = { n, offsets, targets: neighbours, weights: new Float64Array(twoM).fill(1), loops: new Float64Array(n) };
  for (;;) {
    const moved = moveNodes(level, twoM, random);
    if (!moved) break;
    const { numbered, count } = renumber(moved);
    for (let i = 0; i < n; i++) communityOf[i] = numbered[communityOf[i]!]!;
    level = aggregate(level, numbered, count);
  }
  return renumber(communityOf).numbered;
}

/**
 * Local moving: every node starts alone, and moves to the neighbouring community that raises modularity most,
 * until none does; a node whose neighbour moved away is visited again. Null when no node moved.
 */
function moveNodes({ n, offsets, targets, weights, loops }: Level, twoM: number, random: () => number): Int32Array | null {
  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let k = 2 * loops[i]!;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) k += weights[e]!;
    degree[i] = k;
  }
  const community = Int32Array.from({ length: n }, (_, i) => i);
  const total = Float64Array.from(degree);
  const weightTo = new Float64Array(n);
  const seenBy = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  // A ring of nodes to visit: first all of them, in order from a random one (as graphology's Louvain does; a
  // full shuffle found no better partitions on planted clusters with random ids).
  const startAt = Math.floor(random() * n);
  const queue = Int32Array.from({ length: n }, (_, i) => (startAt + i) % n);
  const queued = new Uint8Array(n).fill(1);
  let [head, waiting, moved] = [0, n, false];
  while (waiting > 0) {
    const i = queue[head]!;
    head = (head + 1) % n;
    waiting -= 1;
    queued[i] = 0;
    const [own, k] = [community[i]!, degree[i]!];
    let t = 0;
    seenBy[own] = i;
    weightTo[own] = 0;
    touched[t++] = own;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const c = community[targets[e]!]!;
      if (seenBy[c] !== i) {
        seenBy[c] = i;
        weightTo[c] = 0;
        touched[t++] = c;
      }
      weightTo[c]! += weights[e]!;
    }
    total[own]! -= k;
    let [best, bestGain] = [own, weightTo[own]! - (total[own]! * k) / twoM];
    for (let x = 1; x < t; x++) {
      const c = touched[x]!;
      const gain = weightTo[c]! - (total[c]! * k) / twoM;
      // Equal gains (common in the first sweep, among singletons of equal degree): staying wins, then the higher
      // community number, as in graphology's Louvain (first-seen found poorer partitions on planted clusters).
      const equal = gain > bestGain - MIN_GAIN;
      if (gain > bestGain + MIN_GAIN || (equal && best !== own && c > best)) [best, bestGain] = [c, gain];
    }
    total[best]! += k;
    if (best === own) continue;
    community[i] = best;
    moved = true;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const j = targets[e]!;
      if (!queued[j] && community[j] !== best) {
        queued[j] = 1;
        queue[(head + waiting) % n] = j;
        waiting += 1;
      }
    }
  }
  return moved ? community : null;
}

/** Community labels renumbered 0, 1… in the order of their first node, and how many there are. */
function renumber(labels: Int32Array): { numbered: Int32Array; count: number } {
  const to = new Int32Array(labels.length).fill(-1);
  const numbered = new Int32Array(labels.length);
  let count = 0;
  labels.forEach((label, i) => {
    if (to[label] === -1) to[label] = count++;
    numbered[i] = to[label]!;
  });
  return { numbered, count };
}

/** The graph of communities: one node each, ties between them summed, ties inside one a loop of their weight. */
function aggregate({ n, offsets, targets, weights, loops }: Level, community: Int32Array, count: number): Level {
  // The members of each community, in node order (a counting sort).
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[community[i]! + 1]! += 1;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(n);
  const fill = start.slice(0, count);
  for (let i = 0; i < n; i++) members[fill[community[i]!]!++] = i;

  const next: Level = {
    n: count,
    offsets: new Int32Array(count + 1),
    targets: new Int32Array(targets.length),
    weights: new Float64Array(targets.length),
    loops: new Float64Array(count),
  };
  const weightTo = new Float64Array(count);
  const seenBy = new Int32Array(count).fill(-1);
  const touched = new Int32Array(count);
  let edge = 0;
  for (let c = 0; c < count; c++) {
    let t = 0;
    for (let m = start[c]!; m < start[c + 1]!; m++) {
      const i = members[m]!;
      next.loops[c]! += loops[i]!;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
        const d = community[targets[e]!]!;
        // A tie inside the community is met from both of its ends: half its weight each time.
        if (d === c) next.loops[c]! += weights[e]! / 2;
        else {
          if (seenBy[d] !== c) {
            seenBy[d] = c;
            weightTo[d] = 0;
            touched[t++] = d;
          }
          weightTo[d]! += weights[e]!;
        }
      }
    }
    for (let x = 0; x < t; x++) {
      next.targets[edge] = touched[x]!;
      next.weights[edge++] = weightTo[touched[x]!]!;
    }
    next.offsets[c + 1] = edge;
  }
  return { ...next, targets: next.targets.subarray(0, edge), weights: next.weights.subarray(0, edge) };
}
