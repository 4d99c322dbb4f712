import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { generateCommunity } from '../../seed/generate.ts';
import { mapOf } from '../../seed/planted.ts';
import { refineBetweenness, topPositions } from './adaptive-betweenness.ts';
import { brandes } from './brandes.ts';
import { analyzeNetwork, BETWEENNESS_BUDGET, clusterMap } from './cluster-map.ts';
import { buildGraph, canonical, sourceOrder, tieEnds } from './network-analytics.ts';
import { toGraphology } from '../../test/support/graphology.ts';

// A CAMAFU-shaped community: coordinators bridge dense regional clusters.
const community = generateCommunity({ people: 1_200, averageDegree: 10, slug: 'adaptive' });
const ids = community.people.map((p) => p.id);
const ties = canonical(
  ids,
  tieEnds(
    ids,
    community.ties.map((t) => ({ source: t.from, target: t.to })),
  ),
);
const [n, m] = [ties.ids.length, ties.ends.length / 2];
const run = async (sources: Int32Array) => brandes(n, ties.ends, sources);
const exactSums = brandes(
  n,
  ties.ends,
  Int32Array.from({ length: n }, (_, i) => i),
);
const order = sourceOrder(n);
const firstOf = (k: number) => ({ sums: brandes(n, ties.ends, order.subarray(0, k)), sources: k });

describe('refineBetweenness', () => {
  it('when the network is within the exact budget, then the sums become exact, as graphology-metrics computes them', async () => {
    const { sums, certainty } = await refineBetweenness(n, m, order, firstOf(30), run);
    expect(certainty).toEqual({ level: 'EXACT', sources: n, agreement: null, refining: false });
    const graph = buildGraph(ties);
    const reference = betweennessCentrality(toGraphology(graph), { getEdgeWeight: null, normalized: false });
    // graphology-metrics counts each pair once; Brandes from every source counts it from both ends.
    for (const at of [0, 1, 2, topPositions(exactSums)[0]!]) expect(sums[at]! / 2).toBeCloseTo(reference[String(at)]!, 6);
  });

  const found = (sums: Float64Array) => topPositions(sums).filter((at) => topPositions(exactSums).includes(at)).length;

  it('when it is above, then the sample doubles until two independent halves agree on the top 10, and 9 of the exact top 10 are found', async () => {
    const { sums, certainty } = await refineBetweenness(n, m, order, firstOf(16), run, {
      exact: 0,
      maxWork: Number.POSITIVE_INFINITY,
      agreementNeeded: 8,
    });
    expect(certainty.level).toBe('STABLE');
    expect(certainty.agreement).toBeGreaterThanOrEqual(8);
    expect(certainty.sources).toBeLessThan(n);
    expect(found(sums)).toBeGreaterThanOrEqual(9);
  });

  it('when the halves never agree enough within the work limit, then it follows everyone and the list is exact', async () => {
    const { sums, certainty } = await refineBetweenness(n, m, order, firstOf(16), run, { exact: 0, maxWork: n * m, agreementNeeded: 11 });
    expect(certainty).toEqual({ level: 'EXACT', sources: n, agreement: null, refining: false });
    expect(found(sums)).toBe(10);
  });

  it('when the work limit comes first, then the list stays an estimate with the agreement its halves reached', async () => {
    const { certainty } = await refineBetweenness(n, m, order, firstOf(2), run, { exact: 0, maxWork: 4 * m });
    expect(certainty).toMatchObject({ level: 'ESTIMATE', sources: 4, refining: false });
    expect(certainty.agreement).toBeLessThan(8);
  });

  it('when the community changes while it refines, then it stops at the next chunk', async () => {
    let chunks = 0;
    const counting = async (sources: Int32Array) => ((chunks += 1), run(sources));
    await expect(refineBetweenness(n, m, order, firstOf(16), counting, { exact: 0, wanted: () => chunks < 1 })).rejects.toThrow(
      /no longer wanted/,
    );
    expect(chunks).toBe(1);
  });
});

describe('analyzeNetwork bridges', () => {
  it('when the network is above the first budget, then the first answer is an estimate being refined, and then the exact top 10', async () => {
    expect(n * m).toBeGreaterThan(BETWEENNESS_BUDGET);
    const analysis = await analyzeNetwork(mapOf(community).map, []);
    expect(clusterMap(analysis, { by: 'REGION' }).network.bridgesCertainty).toMatchObject({
      level: 'ESTIMATE',
      refining: true,
      agreement: null,
    });
    await analysis.refined;
    const refined = clusterMap(analysis, { by: 'REGION' });
    expect(refined.network.bridgesCertainty).toEqual({ level: 'EXACT', sources: n, agreement: null, refining: false });
    expect(refined.network.betweennessExact).toBe(true);
    expect(refined.bridges.map((b) => b.personId)).toEqual(topPositions(exactSums).map((at) => ties.ids[at]));
  });
});
