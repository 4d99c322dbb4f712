import { describe, expect, it } from 'vitest';
import { betweenness, buildGraph, detectCommunities, groupsSpanned, modularityOf } from './network-analytics.ts';

// Two cliques of four (a1–a4, b1–b4) joined by one tie a1–b1.
const clique = (p: string) => [1, 2, 3, 4].flatMap((i) => [1, 2, 3, 4].filter((j) => j > i).map((j) => ({ source: `${p}${i}`, target: `${p}${j}` })));
const people = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];
const graph = buildGraph(people, [...clique('a'), ...clique('b'), { source: 'a1', target: 'b1' }]);
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

  it('when betweenness is measured, then the two people on the joining tie are the bridges', () => {
    const scores = betweenness(graph);
    const ranked = [...scores].sort((a, b) => b[1] - a[1]).map(([node]) => node);
    expect(ranked.slice(0, 2).sort()).toEqual(['a1', 'b1']);
    expect(scores.get('a2')).toBe(0);
  });

  it('when ties are spread over groups, then each person counts the groups they reach', () => {
    const spans = groupsSpanned(graph, side);
    expect(spans.get('a1')).toBe(2);
    expect(spans.get('a2')).toBe(1);
  });

  it('when the same graph is analysed twice, then the communities are the same', () => {
    expect([...detectCommunities(graph).communityOf]).toEqual([...detectCommunities(graph).communityOf]);
  });
});
