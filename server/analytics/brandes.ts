/**
 * Brandes (2001): for each person, the sum of the dependencies of the given sources on them (betweenness
 * before normalization), over an undirected graph of `n` people whose ties are `ends` (positions, two per tie).
 * Plain typed arrays and no imports, so that it can run in a worker thread (analytics-thread.ts).
 *
 * Two savings, each exact (about 1.6× together on CAMAFU-shaped communities, where one person in six has one tie):
 * - people with one tie (leaves) are taken out of the searches (Baglioni et al. 2012): a leaf is never between
 *   two others, it counts as a target of its neighbour's weight, and as a source it sees what its neighbour sees
 *   (its neighbour then lies between it and everyone else in their component);
 * - the searches run over people renumbered in breadth-first order, so that neighbours sit close in memory.
 * Without predecessor lists: on an unweighted graph, w's predecessors are its neighbours one step closer.
 */
export function brandes(n: number, ends: ArrayLike<number>, sources: ArrayLike<number>): Float64Array {
  const degree = new Int32Array(n);
  for (let end = 0; end < ends.length; end++) degree[ends[end]!]! += 1;
  // The one neighbour of each leaf (−1 for everyone else); two leaves tied to each other stay in the graph.
  const hub = new Int32Array(n).fill(-1);
  const leaves = new Int32Array(n);
  for (let end = 0; end < ends.length; end += 2) {
    const [a, b] = [ends[end]!, ends[end + 1]!];
    if (degree[a] === 1 && degree[b]! > 1) [hub[a], leaves[b]] = [b, leaves[b]! + 1];
    if (degree[b] === 1 && degree[a]! > 1) [hub[b], leaves[a]] = [a, leaves[a]! + 1];
  }

  // The others in compressed sparse rows, renumbered in breadth-first order from the best connected.
  const { starts, neighbours, order, label } = compact(n, ends, degree, hub);
  const kept = order.length;
  // How many people each kept person stands for as a target: themselves and their leaves.
  const weight = new Float64Array(kept);
  for (let i = 0; i < kept; i++) weight[i] = 1 + leaves[order[i]!]!;

  // How many times each kept person is searched from: as a source, and for each of their leaves that is one.
  const times = new Float64Array(kept);
  const fromLeaves = new Float64Array(kept);
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s]!;
    if (hub[source] === -1) times[label[source]!]! += 1;
    else {
      times[label[hub[source]!]!]! += 1;
      fromLeaves[label[hub[source]!]!]! += 1;
    }
  }

  const distance = new Int32Array(kept).fill(-1);
  const paths = new Float64Array(kept);
  const delta = new Float64Array(kept);
  const visited = new Int32Array(kept); // in breadth-first order: a queue going forward, a stack going back
  const centrality = new Float64Array(kept);
  for (let source = 0; source < kept; source++) {
    const multiplicity = times[source]!;
    if (multiplicity === 0) continue;
    distance[source] = 0;
    paths[source] = 1;
    visited[0] = source;
    let count = 1;
    let reached = weight[source]!;
    for (let head = 0; head < count; head++) {
      const v = visited[head]!;
      const [next, through] = [distance[v]! + 1, paths[v]!];
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbours[j]!;
        const at = distance[w]!;
        if (at === -1) {
          distance[w] = next;
          paths[w] = through;
          visited[count++] = w;
          reached += weight[w]!;
        } else if (at === next) paths[w]! += through;
      }
    }
    for (let i = count - 1; i > 0; i--) {
      const w = visited[i]!;
      const coefficient = (weight[w]! + delta[w]!) / paths[w]!;
      const before = distance[w]! - 1;
      for (let j = starts[w]!, end = starts[w + 1]!; j < end; j++) {
        const v = neighbours[j]!;
        if (distance[v] === before) delta[v]! += paths[v]! * coefficient;
      }
      // Beyond w lie its own leaves as well (delta[w] counts only those reached through its neighbours).
      centrality[w]! += multiplicity * (delta[w]! + weight[w]! - 1);
    }
    // A leaf as source: its hub lies between it and everyone else it reaches (all but the two of them).
    centrality[source]! += fromLeaves[source]! * (reached - 2);
    for (let i = 0; i < count; i++) {
      const v = visited[i]!;
      [distance[v], paths[v], delta[v]] = [-1, 0, 0];
    }
  }

  const sums = new Float64Array(n);
  for (let i = 0; i < kept; i++) sums[order[i]!] = centrality[i]!;
  return sums;
}

/** The people who are not leaves, renumbered in breadth-first order (label: old → new, −1 for leaves), with their ties. */
function compact(n: number, ends: ArrayLike<number>, degree: Int32Array, hub: Int32Array) {
  const starts0 = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) starts0[v + 1] = starts0[v]! + degree[v]!;
  const neighbours0 = new Int32Array(ends.length);
  const filled = starts0.slice(0, n);
  for (let end = 0; end < ends.length; end += 2) {
    const [a, b] = [ends[end]!, ends[end + 1]!];
    neighbours0[filled[a]!++] = b;
    neighbours0[filled[b]!++] = a;
  }
  const label = new Int32Array(n).fill(-1);
  const roots = Array.from({ length: n }, (_, v) => v).filter((v) => hub[v] === -1);
  const order = new Int32Array(roots.length);
  roots.sort((a, b) => degree[b]! - degree[a]! || a - b);
  let next = 0;
  for (const root of roots) {
    if (label[root] !== -1) continue;
    label[root] = next;
    order[next++] = root;
    for (let head = label[root]!; head < next; head++) {
      const v = order[head]!;
      for (let j = starts0[v]!; j < starts0[v + 1]!; j++) {
        const w = neighbours0[j]!;
        if (label[w] === -1 && hub[w] === -1) {
          label[w] = next;
          order[next++] = w;
        }
      }
    }
  }
  const starts = new Int32Array(next + 1);
  const neighbours = new Int32Array(ends.length);
  for (let i = 0; i < next; i++) {
    const v = order[i]!;
    let k = starts[i]!;
    for (let j = starts0[v]!; j < starts0[v + 1]!; j++) if (hub[neighbours0[j]!] === -1) neighbours[k++] = label[neighbours0[j]!]!;
    starts[i + 1] = k;
  }
  return { starts, neighbours: neighbours.subarray(0, starts[next]), order, label };
}
