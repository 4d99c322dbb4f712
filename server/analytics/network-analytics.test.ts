import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import modularity from 'graphology-metrics/graph/modularity';
import { describe, expect, it } from 'vitest';
import { brandes } from './brandes.ts';
import { brandesInThread } from './analytics-thread.ts';
import { KARATE, KARATE_BEST_MODULARITY } from '../../seed/karate.ts';
import {
  betweenness,
  buildGraph,
  canonical,
  countComponents,
  detectCommunities,
  detectCommunitiesInThread,
  groupsSpanned,
  isolates,
  modularityOf,
  NOT_GIVEN,
  planBetweenness,
  tieEnds,
} from './network-analytics.ts';
import { seededRandom } from '../../shared/seeded-random.ts';
import { toGraphology } from '../../test/support/graphology.ts';

// Two cliques of four (a1–a4, b1–b4) joined by one tie a1–b1.
const range = (size: number) => Array.from({ length: size }, (_, i) => i + 1);
const clique = (p: string, size = 4) =>
  range(size).flatMap((i) =>
    range(size)
      .filter((j) => j > i)
      .map((j) => ({ source: `${p}${i}`, target: `${p}${j}` })),
  );
const graphOf = (ids: string[], ties: { source: string; target: string }[]) => buildGraph(canonical(ids, tieEnds(ids, ties)));
const twoCliques = (size: number) =>
  graphOf(
    ['a', 'b'].flatMap((p) => range(size).map((i) => `${p}${i}`)),
    [...clique('a', size), ...clique('b', size), { source: 'a1', target: 'b1' }],
  );
const people = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];
const graph = twoCliques(4);
const side = (node: string) => node[0]!;

describe('network analytics', () => {
  it('when two cliques are joined by one tie, then Louvain finds the two cliques', () => {
    const { communityOf } = detectCommunities(graph);
    const groups = new Set(people.map((p) => `${side(p)}:${communityOf.get(p)}`));
    expect(groups.size).toBe(2);
    expect(new Set(people.filter((p) => side(p) === 'a').map((p) => communityOf.get(p))).size).toBe(1);
    expect(communityOf.get('a1')).not.toBe(communityOf.get('b1'));
  });

  it('when the modularity of the two cliques is computed, then it matches the hand computation', () => {
    // m = 13 ties; each clique holds 6 of them and a degree sum of 13: Q = 2 × (6/13 − (13/26)²) ≈ 0.4231.
    const expected = 2 * (6 / 13 - (13 / 26) ** 2);
    expect(modularityOf(graph, side)).toBeCloseTo(expected, 10);
    expect(detectCommunities(graph).modularity).toBeCloseTo(expected, 10);
  });

  it('when a grouping leaves some people out, then its modularity is graphology-metrics\' with them in one "Not given" group', () => {
    const large = twoCliques(6);
    // An uneven grouping: half of one clique together, the rest of it without a group, the other by parity.
    const groupOf = (id: string) => (id[0] === 'b' ? `b${Number(id.slice(1)) % 2}` : Number(id.slice(1)) <= 3 ? 'a' : null);
    const expected = modularity(toGraphology(large), { getNodeCommunity: (node) => groupOf(large.ids[Number(node)]!) ?? NOT_GIVEN });
    // The same as naming their group: one group, as in the clusters and the cross-region share.
    expect(modularityOf(large, (id) => groupOf(id) ?? 'not given')).toBeCloseTo(expected, 12);
    expect(modularityOf(large, groupOf)).toBeCloseTo(expected, 12);
    expect(modularityOf(large, groupOf)).not.toBeCloseTo(modularityOf(large, side), 2);
  });

  it('when betweenness is measured, then the two people on the joining tie are the bridges', () => {
    const { scores, exact, sources } = betweenness(graph);
    const ranked = [...scores].sort((a, b) => b[1] - a[1]).map(([node]) => node);
    expect(ranked.slice(0, 2).sort()).toEqual(['a1', 'b1']);
    expect(scores.get('a2')).toBe(0);
    // a1 lies on the paths from a2, a3, a4 to the four b's: 12 of the 21 pairs of others.
    expect(scores.get('a1')).toBeCloseTo(12 / 21, 12);
    expect([exact, sources]).toEqual([true, 8]);
  });

  it('when betweenness is sampled with every person as a source, then it equals the exact figures', () => {
    const sampled = betweenness(graph, 1);
    expect([sampled.exact, sampled.sources]).toEqual([false, 8]);
    const exact = betweennessCentrality(toGraphology(graph), { getEdgeWeight: null });
    for (const node of people) expect(sampled.scores.get(node)).toBeCloseTo(exact[String(graph.ids.indexOf(node))]!, 12);
  });

  it('when betweenness is sampled on two large cliques joined by one tie, then the joiners rank first', () => {
    const large = twoCliques(30);
    const sampled = betweenness(large, 10 * large.size);
    expect([sampled.exact, sampled.sources]).toEqual([false, 16]);
    const ranked = [...sampled.scores].sort((a, b) => b[1] - a[1]);
    expect(
      ranked
        .slice(0, 2)
        .map(([node]) => node)
        .sort(),
    ).toEqual(['a1', 'b1']);
    expect(ranked[2]![1]).toBe(0);
    // An estimate of the exact share of paths through a1 (29 × 30 pairs of the 59 × 58 / 2).
    expect(sampled.scores.get('a1')).toBeGreaterThan(0.5 * ((29 * 30) / ((59 * 58) / 2)));
    expect(sampled.scores.get('a1')).toBeLessThan(1.5 * ((29 * 30) / ((59 * 58) / 2)));
  });

  it('when betweenness is computed in the worker thread, then it gives the same sums as in this thread', async () => {
    const large = twoCliques(30);
    const plan = planBetweenness(large.ids.length, large.ends.length / 2, 20 * large.size);
    const inWorker = await Promise.all([
      brandesInThread(large.ids.length, large.ends, plan.sources),
      brandesInThread(4, [0, 1, 1, 2, 2, 3], [0, 1, 2, 3]),
    ]);
    expect(Array.from(inWorker[0])).toEqual(Array.from(brandes(large.ids.length, large.ends, plan.sources)));
    // A path a–b–c–d: b and c each lie on the paths between the ends and the far side, counted from both ends.
    expect(Array.from(inWorker[1])).toEqual([0, 4, 4, 0]);
  });

  it('when communities are found in the worker thread, then they are the ones found in this thread', async () => {
    const large = twoCliques(30);
    const [inWorker, here] = [await detectCommunitiesInThread(large), detectCommunities(large)];
    expect([...inWorker.communityOf]).toEqual([...here.communityOf]);
    expect(inWorker.modularity).toBe(here.modularity);
    expect(new Set(inWorker.communityOf.values()).size).toBe(2);
  });

  it('when people form separate groups, then components and isolates are counted', () => {
    const split = graphOf(
      ['a', 'b', 'c', 'd', 'e'],
      [
        { source: 'a', target: 'b' },
        { source: 'c', target: 'd' },
      ],
    );
    expect(countComponents(split)).toBe(3);
    expect(isolates(split)).toEqual(['e']);
  });

  it('when ties are spread over groups, then each person counts the groups they reach, people without one as one group', () => {
    const spans = groupsSpanned(graph, side);
    expect(spans.get('a1')).toBe(2);
    expect(spans.get('a2')).toBe(1);
    // a1 reaches a2–a4 (group a), and b1, now without a group: "Not given" counts as one.
    expect(groupsSpanned(graph, (id) => (id === 'b1' ? null : side(id))).get('a1')).toBe(2);
  });

  it('when a tie is given twice, then building the graph fails rather than counting it twice', () => {
    expect(() =>
      graphOf(
        ['a', 'b'],
        [
          { source: 'a', target: 'b' },
          { source: 'b', target: 'a' },
        ],
      ),
    ).toThrow(/already exists/);
  });

  it('when the same graph is analysed twice, then the communities are the same', () => {
    expect([...detectCommunities(graph).communityOf]).toEqual([...detectCommunities(graph).communityOf]);
  });

  it('when the karate club is loaded in shuffled orders, then the partitions are identical and the modularity within 0.005 of the best known', () => {
    const shuffled = (seed: number) => {
      const random = seededRandom(seed);
      const order = <T>(list: T[]) =>
        list
          .map((item) => ({ item, key: random() }))
          .sort((a, b) => a.key - b.key)
          .map(({ item }) => item);
      // People, ties and the ends of each tie in another order each time.
      return graphOf(
        order(KARATE.ids),
        order(KARATE.ties).map((t) => (random() < 0.5 ? t : { source: t.target, target: t.source })),
      );
    };
    const runs = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => detectCommunities(shuffled(seed)));
    for (const run of runs) {
      expect(run.modularity).toBeGreaterThan(KARATE_BEST_MODULARITY - 0.005);
      expect(run.modularity).toBe(runs[0]!.modularity);
      expect([...run.communityOf].sort()).toEqual([...runs[0]!.communityOf].sort());
      // The figure Louvain reports is the modularity of the partition it gives.
      expect(modularityOf(shuffled(1), (id) => run.communityOf.get(id)!)).toBeCloseTo(run.modularity, 10);
    }
  });

  it('when ties are put in canonical order, then people come by id and each tie once, smaller end first, in order', () => {
    const { ids, ends } = canonical(['c', 'a', 'b'], [0, 1, 2, 1, 2, 0]);
    expect(ids).toEqual(['a', 'b', 'c']);
    // c–a, b–a, b–c become a–c (0, 2), a–b (0, 1), b–c (1, 2), sorted.
    expect(Array.from(ends)).toEqual([0, 1, 0, 2, 1, 2]);
  });
});
