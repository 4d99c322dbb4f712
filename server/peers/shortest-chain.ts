/**
 * A shortest chain of ties from `from` to `to` (positions), at most `maxHops` ties, whose people in between
 * are all `passable`; the ends need not be. Null when there is none. A bidirectional breadth-first search:
 * each round grows the smaller side by one level, so a 4-hop question in a community of 10,000 people with
 * 20 ties each looks at a few hundred people, not at most of them.
 */
export function shortestChain(
  ties: readonly (readonly number[])[],
  from: number,
  to: number,
  passable: (at: number) => boolean,
  maxHops: number,
): number[] | null {
  if (from === to) return [from];
  // Per side: each person reached, with the one they were reached from (-1 for the side's end) and the depth.
  const parent = [new Map([[from, -1]]), new Map([[to, -1]])] as const;
  const depth = [new Map([[from, 0]]), new Map([[to, 0]])] as const;
  const frontier = [[from], [to]];
  for (let hops = 0; hops < maxHops; hops++) {
    const side = frontier[0]!.length <= frontier[1]!.length ? 0 : 1;
    const [mine, theirs] = [parent[side], parent[1 - side]!];
    // Finish the level, then keep the shortest meeting: a meeting with a shallower person of the other side
    // may come after a deeper one.
    let best: { x: number; y: number; length: number } | null = null;
    const next: number[] = [];
    for (const x of frontier[side]!) {
      for (const y of ties[x]!) {
        if (theirs.has(y)) {
          const length = depth[side].get(x)! + 1 + depth[1 - side]!.get(y)!;
          if (!best || length < best.length) best = { x, y, length };
          continue;
        }
        if (mine.has(y) || !passable(y)) continue;
        mine.set(y, x);
        depth[side].set(y, depth[side].get(x)! + 1);
        next.push(y);
      }
    }
    if (best) {
      const [a, b] = side === 0 ? [best.x, best.y] : [best.y, best.x];
      return [...walk(parent[0], a).reverse(), ...walk(parent[1], b)];
    }
    if (next.length === 0) return null;
    frontier[side] = next;
  }
  return null;
}

/** From `at` back to its side's end. */
function walk(parent: ReadonlyMap<number, number>, at: number): number[] {
  const chain: number[] = [];
  for (let p = at; p !== -1; p = parent.get(p)!) chain.push(p);
  return chain;
}

/**
 * Fewest ties from the nearest of `sources` to each person (positions), at most `maxHops`, every person after a
 * source `passable`: -1 where none is that near. One breadth-first search from all sources at once.
 */
export function hopsFromNearest(
  ties: readonly (readonly number[])[],
  sources: readonly number[],
  passable: (at: number) => boolean,
  maxHops: number,
): Int8Array {
  const hops = new Int8Array(ties.length).fill(-1);
  let frontier = [...new Set(sources)];
  for (const at of frontier) hops[at] = 0;
  for (let depth = 1; depth <= maxHops && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const x of frontier) {
      for (const y of ties[x]!) {
        if (hops[y] === -1 && passable(y)) {
          hops[y] = depth;
          next.push(y);
        }
      }
    }
    frontier = next;
  }
  return hops;
}
