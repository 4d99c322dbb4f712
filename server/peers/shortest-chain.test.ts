import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hopsFromNearest, shortestChain } from './shortest-chain.ts';

/** Plain breadth-first search from `from`: the reference for the length of a shortest chain. */
function referenceLength(ties: number[][], from: number, to: number, passable: (at: number) => boolean, maxHops: number): number | null {
  const distance = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const x = queue.shift()!;
    const d = distance.get(x)!;
    if (x === to) return d;
    if (d === maxHops || (x !== from && !passable(x))) continue;
    for (const y of ties[x]!) {
      if (!distance.has(y)) {
        distance.set(y, d + 1);
        queue.push(y);
      }
    }
  }
  return null;
}

const undirected = (n: number, edges: [number, number][]) => {
  const ties: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    if (a === b || ties[a]!.includes(b)) continue;
    ties[a]!.push(b);
    ties[b]!.push(a);
  }
  return ties;
};

describe('shortestChain', () => {
  it('when two people share a contact, then the chain runs through them; through nobody passable, then none', () => {
    const ties = undirected(4, [
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(shortestChain(ties, 0, 2, () => true, 4)).toEqual([0, 1, 2]);
    expect(shortestChain(ties, 0, 3, (at) => at !== 2, 4)).toBeNull();
    expect(shortestChain(ties, 0, 3, () => true, 2)).toBeNull();
    expect(shortestChain(ties, 1, 1, () => true, 4)).toEqual([1]);
  });

  it('when the ends are not passable themselves, then they still start and end a chain', () => {
    const ties = undirected(3, [
      [0, 1],
      [1, 2],
    ]);
    expect(shortestChain(ties, 0, 2, (at) => at === 1, 4)).toEqual([0, 1, 2]);
  });

  it('when any graph is searched, then the chain is as short as plain breadth-first search says, made of ties, through passable people', () => {
    const graph = fc.integer({ min: 2, max: 30 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
        blocked: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        from: fc.nat(n - 1),
        to: fc.nat(n - 1),
        maxHops: fc.integer({ min: 1, max: 5 }),
      }),
    );
    fc.assert(
      fc.property(graph, ({ n, edges, blocked, from, to, maxHops }) => {
        const ties = undirected(n, edges);
        const passable = (at: number) => !blocked[at];
        const chain = shortestChain(ties, from, to, passable, maxHops);
        const expected = referenceLength(ties, from, to, passable, maxHops);
        expect(chain === null ? null : chain.length - 1).toBe(expected);
        if (!chain) return;
        expect(chain[0]).toBe(from);
        expect(chain.at(-1)).toBe(to);
        for (let k = 1; k < chain.length; k++) expect(ties[chain[k - 1]!]).toContain(chain[k]);
        for (const at of chain.slice(1, -1)) expect(passable(at)).toBe(true);
        expect(new Set(chain).size).toBe(chain.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('when the nearest of several people is asked for (an interest gap), then each person gets the fewest ties from any of them through passable people, as one search from each says', () => {
    const graph = fc.integer({ min: 2, max: 30 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
        blocked: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        sources: fc.array(fc.nat(n - 1), { minLength: 1, maxLength: 4 }),
        maxHops: fc.integer({ min: 1, max: 5 }),
      }),
    );
    fc.assert(
      fc.property(graph, ({ n, edges, blocked, sources, maxHops }) => {
        const ties = undirected(n, edges);
        const passable = (at: number) => !blocked[at];
        const hops = hopsFromNearest(ties, sources, passable, maxHops);
        for (let to = 0; to < n; to++) {
          // From a source, the target must be passable too (it is the last one after the source).
          const lengths = sources.map((from) =>
            from === to ? 0 : passable(to) ? referenceLength(ties, from, to, passable, maxHops) : null,
          );
          const nearest = Math.min(...lengths.map((l) => l ?? Infinity));
          expect(hops[to]).toBe(nearest === Infinity ? -1 : nearest);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
