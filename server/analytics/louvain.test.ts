import louvainReference from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import { describe, expect, it } from 'vitest';
import { plantedClusters } from '../../seed/planted.ts';
import { toGraphology } from '../../test/support/graphology.ts';
import { buildGraph, canonical, detectCommunities } from './network-analytics.ts';
import { louvain } from './louvain.ts';
import { seededRandom } from '../../shared/seeded-random.ts';

/** Planted clusters with random ids, so that the canonical order (by id) says nothing about the clusters. */
function planted(seed: number) {
  const { ids, ends } = plantedClusters({ sizes: [40, 60, 80, 120, 160, 240, 300], inside: 8, outside: 4, seed });
  const random = seededRandom(seed * 77);
  return buildGraph(
    canonical(
      ids.map(() => random().toString(36).slice(2)),
      ends,
    ),
  );
}

describe('Louvain', () => {
  it("when it runs on planted clusters, then its modularity is within 0.01 of graphology's Louvain with as many passes", () => {
    for (const seed of [1, 2, 3]) {
      const graph = planted(seed);
      const reference = toGraphology(graph);
      const best = Math.max(...[0, 1, 2].map((pass) => louvainReference.detailed(reference, { rng: seededRandom(42 + pass) }).modularity));
      expect(detectCommunities(graph, 3).modularity).toBeGreaterThan(best - 0.01);
    }
  });

  it('when it reports a modularity, then it is the modularity of the partition it gives, as graphology-metrics computes it', () => {
    const graph = planted(4);
    const { communityOf, modularity: reported } = detectCommunities(graph);
    const expected = modularity(toGraphology(graph), { getNodeCommunity: (node) => communityOf.get(graph.ids[Number(node)]!)! });
    expect(reported).toBeCloseTo(expected, 12);
  });

  it('when people have no ties, then each is a community of their own, numbered in order', () => {
    expect(Array.from(louvain(3, new Int32Array(4), new Int32Array(0), seededRandom(1)))).toEqual([0, 1, 2]);
  });

  it('when two triangles are joined by one tie and an isolate stands apart, then there are three communities', () => {
    // 0–1–2 and 3–4–5, joined by 2–3; 6 alone.
    const graph = buildGraph(canonical(['0', '1', '2', '3', '4', '5', '6'], [0, 1, 0, 2, 1, 2, 2, 3, 3, 4, 3, 5, 4, 5]));
    const community = louvain(graph.order, graph.offsets, graph.neighbours, seededRandom(7));
    expect(Array.from(community)).toEqual([0, 0, 0, 1, 1, 1, 2]);
  });
});
