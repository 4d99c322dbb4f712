import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;

// Two cliques of four, one per region, joined by a1–b1; Oculta (unlisted) knows everyone in the north.
const names = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];
const clique = (p: string) => [1, 2, 3, 4].flatMap((i) => [1, 2, 3, 4].filter((j) => j > i).map((j) => [`${p}${i}`, `${p}${j}`] as [string, string]));
const community = buildCommunity({
  regions: ['Norte', 'Sur'],
  people: [
    ...names.map((name) => ({ name, region: name.startsWith('a') ? 'Norte' : 'Sur', participation: name.endsWith('1') ? ('CORE' as const) : ('ACTIVE' as const) })),
    { name: 'Oculta', region: 'Norte', listed: false },
  ],
  ties: [...clique('a'), ...clique('b'), ['a1', 'b1'], ['Oculta', 'a1'], ['Oculta', 'a2'], ['Oculta', 'b2']],
});
const idOf = (name: string) => community.people.find((p) => p.name === name)!.id;

const CLUSTER_MAP = `query($s: String!, $g: ClusterGrouping!) { community(slug: $s) { clusterMap(groupBy: $g) {
  clusters { name memberIds internalTies density tiesTo { ties } coordinatorIds peripheralCount }
  network { people ties components isolates crossRegionShare modularity regionModularity detectedModularity }
  bridges { personId name clustersSpanned } } } }`;

beforeAll(async () => {
  await importCommunity(db, community);
  server = await startTestServer(db);
});
afterAll(() => server.close());

describe('clusterMap', () => {
  it('when a share-link viewer groups by region, then two dense regions, one joining tie, the joiners as bridges, and no trace of the unlisted person', async () => {
    const share = await createShareLink(db, community.community.id);
    const res: any = await gql(server.url, CLUSTER_MAP, { s: community.community.slug, g: 'REGION' }, { share });
    expect(res.errors).toBeUndefined();
    const map = res.data.community.clusterMap;
    expect(JSON.stringify(res)).not.toContain(idOf('Oculta'));
    expect(map.clusters.map((c: any) => [c.name, c.memberIds.length, c.internalTies, c.density, c.tiesTo])).toEqual([
      ['Norte', 4, 6, 1, [{ ties: 1 }]],
      ['Sur', 4, 6, 1, [{ ties: 1 }]],
    ]);
    expect(map.clusters[0].coordinatorIds).toEqual([idOf('a1')]);
    const q = 2 * (6 / 13 - (13 / 26) ** 2);
    expect(map.network).toMatchObject({ people: 8, ties: 13, components: 1, isolates: 0 });
    expect(map.network.crossRegionShare).toBeCloseTo(1 / 13, 10);
    expect(map.network.modularity).toBeCloseTo(q, 10);
    expect(map.network.regionModularity).toBeCloseTo(q, 10);
    expect(map.network.detectedModularity).toBeCloseTo(q, 10);
    expect(map.bridges.slice(0, 2).map((b: any) => b.name).sort()).toEqual(['a1', 'b1']);
    expect(map.bridges[0].clustersSpanned).toBe(2);
  });

  it('when a facilitator groups by detected communities, then the unlisted person is counted and the cliques are found', async () => {
    const cookie = await signedInFacilitator(db, server.url, [community.community.slug]);
    const res: any = await gql(server.url, CLUSTER_MAP, { s: community.community.slug, g: 'DETECTED' }, { cookie });
    const map = res.data.community.clusterMap;
    expect(map.network.people).toBe(9);
    expect(map.clusters).toHaveLength(2);
    const sets = map.clusters.map((c: any) => new Set(c.memberIds));
    const sameCluster = (a: string, b: string) => sets.some((s: Set<string>) => s.has(idOf(a)) && s.has(idOf(b)));
    expect(sameCluster('a2', 'a3')).toBe(true);
    expect(sameCluster('b2', 'b3')).toBe(true);
    expect(sameCluster('a3', 'b3')).toBe(false);
  });
});
