/**
 * Brandes (2001): for each person, the sum of the dependencies of the given sources on them (betweenness
 * before normalization), over an undirected graph of `n` people whose ties are `ends` (positions, two per tie).
 * Without predecessor lists: on an unweighted graph, w's predecessors are its neighbours one step closer to the
 * source. Plain typed arrays and no imports, so that it can run in a worker thread (brandes-thread.ts).
 */
export function brandes(n: number, ends: ArrayLike<number>, sources: ArrayLike<number>): Float64Array {
  // Neighbours in one flat array (compressed sparse rows): v's are at starts[v] … starts[v + 1] − 1.
  const starts = new Int32Array(n + 1);
  for (let end = 0; end < ends.length; end++) starts[ends[end]! + 1]! += 1;
  for (let v = 0; v < n; v++) starts[v + 1]! += starts[v]!;
  const neighbours = new Int32Array(ends.length);
  const filled = starts.slice(0, n);
  for (let end = 0; end < ends.length; end += 2) {
    const [a, b] = [ends[end]!, ends[end + 1]!];
    neighbours[filled[a]!++] = b;
    neighbours[filled[b]!++] = a;
  }
  const distance = new Int32Array(n);
  const paths = new Float64Array(n);
  const delta = new Float64Array(n);
  const visited = new Int32Array(n); // in breadth-first order: a queue going forward, a stack going back
  const centrality = new Float64Array(n);
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s]!;
    distance.fill(-1);
    paths.fill(0);
    distance[source] = 0;
    paths[source] = 1;
    visited[0] = source;
    let count = 1;
    for (let head = 0; head < count; head++) {
      const v = visited[head]!;
      for (let j = starts[v]!; j < starts[v + 1]!; j++) {
        const w = neighbours[j]!;
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
        const v = neighbours[j]!;
        if (distance[v] === distance[w]! - 1) delta[v]! += paths[v]! * coefficient;
      }
      centrality[w]! += delta[w]!;
    }
  }
  return centrality;
}
