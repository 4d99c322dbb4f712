import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { brandes } from './brandes.ts';
import { buildGraph, canonical } from './network-analytics.ts';
import { seededRandom } from '../../shared/seeded-random.ts';
import { toGraphology } from '../../test/support/graphology.ts';

/** A random graph with people of one tie, pairs tied only to each other, isolates and several components. */
function randomGraph(seed: number) {
  const random = seededRandom(seed);
  const n = 3 + Math.floor(random() * 40);
  const pairs = new Set<string>();
  for (let t = 0; t < n * 1.3; t++) {
    const [a, b] = [Math.floor(random() * n), Math.floor(random() * n)];
    if (a !== b) pairs.add(a < b ? `${a},${b}` : `${b},${a}`);
  }
  const ends = [...pairs].flatMap((pair) => pair.split(',').map(Number));
  return { n, ends, random };
}

describe('brandes', () => {
  it("when people have one tie (alone, in pairs, on hubs) and the network falls apart, then sums from everyone are twice graphology-metrics' betweenness", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { n, ends } = randomGraph(seed);
      // Ids that sort as their positions do, so the canonical order (by id) is the order brandes() gets.
      const ids = Array.from({ length: n }, (_, at) => String(at).padStart(3, '0'));
      const reference = betweennessCentrality(toGraphology(buildGraph(canonical(ids, ends))), { getEdgeWeight: null, normalized: false });
      const sums = brandes(
        n,
        ends,
        Int32Array.from({ length: n }, (_, at) => at),
      );
      for (let at = 0; at < n; at++) expect(sums[at]! / 2).toBeCloseTo(reference[String(at)]!, 9);
    }
  });

  it('when sources are a sample with leaves and repeats, then the sums are those of each source followed alone, added up', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const { n, ends, random } = randomGraph(seed);
      const sources = Array.from({ length: n }, () => Math.floor(random() * n));
      const alone = new Float64Array(n);
      for (const source of sources) brandes(n, ends, [source]).forEach((x, at) => (alone[at]! += x));
      const together = brandes(n, ends, sources);
      for (let at = 0; at < n; at++) expect(together[at]).toBeCloseTo(alone[at]!, 9);
    }
  });
});
