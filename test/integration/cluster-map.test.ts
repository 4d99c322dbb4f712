import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedClusterMap } from '../../server/analytics/cluster-map-cache.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;

// Two cliques of four, one per region, joined by a1–b1; Oculta (unlisted) knows everyone in the north.
const names = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];
const clique = (p: string) =>
  [1, 2, 3, 4].flatMap((i) => [1, 2, 3, 4].filter((j) => j > i).map((j) => [`${p}${i}`, `${p}${j}`] as [string, string]));
const community = buildCommunity({
  regions: ['Norte', 'Sur'],
  people: [
    ...names.map((name) => ({
      name,
      region: name.startsWith('a') ? 'Norte' : 'Sur',
      participation: name.endsWith('1') ? ('CORE' as const) : ('ACTIVE' as const),
    })),
    { name: 'Oculta', region: 'Norte', listed: false },
  ],
  ties: [...clique('a'), ...clique('b'), ['a1', 'b1'], ['Oculta', 'a1'], ['Oculta', 'a2'], ['Oculta', 'b2']],
});
const idOf = (name: string) => community.people.find((p) => p.name === name)!.id;

const CLUSTER_MAP = `query($s: String!, $g: ClusterGrouping!) { community(slug: $s) { clusterMap(groupBy: $g) {
  clusters { name memberIds internalTies externalTies density tiesTo { ties } coordinatorIds peripheralCount }
  network { people ties components isolates crossRegionShare modularity regionModularity detectedModularity }
  bridges { personId name clustersSpanned } } } }`;

// Interests and organizations, all in Norte but Eli (no region, no ties). Oculta is unlisted and alone
// in offering Restauración and belonging to Secreta.
const interests = buildCommunity({
  regions: ['Norte'],
  organizations: ['CONAFOR', 'Pronatura', 'Secreta'],
  interests: ['Quemas', 'Brigadas', 'SIG', 'Restauración'],
  people: [
    { name: 'Ana', region: 'Norte', organization: 'CONAFOR', offers: ['Quemas', 'SIG'], seeks: ['Brigadas'], participation: 'PERIPHERAL' },
    { name: 'Beto', region: 'Norte', organization: 'CONAFOR', offers: ['Quemas'], seeks: ['SIG', 'Brigadas'] },
    { name: 'Carla', region: 'Norte', organization: 'Pronatura', offers: ['Brigadas'], seeks: ['Quemas'] },
    { name: 'Dora', region: 'Norte', offers: ['Quemas'], seeks: ['Quemas'] },
    { name: 'Eli', participation: 'PERIPHERAL' },
    { name: 'Oculta', region: 'Norte', organization: 'Secreta', offers: ['Restauración'], seeks: ['SIG'], listed: false },
  ],
  ties: [
    ['Ana', 'Beto'],
    ['Beto', 'Carla'],
    ['Carla', 'Dora'],
    ['Oculta', 'Ana'],
  ],
});
const personIn = (name: string) => interests.people.find((p) => p.name === name)!.id;
const interestIn = (name: string) => interests.interests.find((i) => i.name === name)!.id;

// Three regions: Sur holds only an unlisted person, Oriente nobody.
const sparse = buildCommunity({
  regions: ['Norte', 'Sur', 'Oriente'],
  people: [
    { name: 'Nora', region: 'Norte' },
    { name: 'Nico', region: 'Norte' },
    { name: 'Solitaria', region: 'Sur', listed: false },
  ],
  ties: [['Nora', 'Nico']],
});

const CLUSTERS = `query($s: String!, $g: ClusterGrouping!, $i: ID) { community(slug: $s) { clusterMap(groupBy: $g, interestId: $i) {
  groupBy
  clusters { id name memberIds internalTies peripheralIds peripheralCount organizationCount
    topOffered { count interest { name nameEs } } topSought { count interest { name } } }
  network { people ties isolates isolateIds betweennessExact betweennessSources bridgesCertainty { level sources agreement refining } } } } }`;
const brief = (map: any) =>
  map.clusters.map((c: any) => ({
    id: c.id,
    name: c.name,
    members: c.memberIds.length,
    organizations: c.organizationCount,
    offered: c.topOffered.map((t: any) => `${t.interest.name} ${t.count}`),
    sought: c.topSought.map((t: any) => `${t.interest.name} ${t.count}`),
  }));

beforeAll(async () => {
  await importCommunity(db, community);
  await importCommunity(db, interests);
  await importCommunity(db, sparse);
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
    expect(map.clusters.map((c: any) => [c.name, c.memberIds.length, c.internalTies, c.externalTies, c.density, c.tiesTo])).toEqual([
      ['Norte', 4, 6, 1, 1, [{ ties: 1 }]],
      ['Sur', 4, 6, 1, 1, [{ ties: 1 }]],
    ]);
    expect(map.clusters[0].coordinatorIds).toEqual([idOf('a1')]);
    const q = 2 * (6 / 13 - (13 / 26) ** 2);
    expect(map.network).toMatchObject({ people: 8, ties: 13, components: 1, isolates: 0 });
    expect(map.network.crossRegionShare).toBeCloseTo(1 / 13, 10);
    expect(map.network.modularity).toBeCloseTo(q, 10);
    expect(map.network.regionModularity).toBeCloseTo(q, 10);
    expect(map.network.detectedModularity).toBeCloseTo(q, 10);
    expect(
      map.bridges
        .slice(0, 2)
        .map((b: any) => b.name)
        .sort(),
    ).toEqual(['a1', 'b1']);
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

describe('clusterMap statistics', () => {
  let cookie: string;
  let share: string;
  beforeAll(async () => {
    cookie = await signedInFacilitator(db, server.url, [interests.community.slug]);
    share = await createShareLink(db, interests.community.id);
  });
  const clusterMapOf = async (variables: Record<string, unknown>, auth: { cookie?: string; share?: string }) => {
    const res: any = await gql(server.url, CLUSTERS, { s: interests.community.slug, ...variables }, auth);
    expect(res.errors).toBeUndefined();
    return res.data.community.clusterMap;
  };

  it('when a facilitator groups by region, then each cluster counts its organizations, peripheral members and top interests, ties by name', async () => {
    const map = await clusterMapOf({ g: 'REGION' }, { cookie });
    expect(brief(map)).toEqual([
      {
        id: interests.regions[0]!.id,
        name: 'Norte',
        members: 5,
        organizations: 3,
        offered: ['Quemas 3', 'Brigadas 1', 'Restauración 1', 'SIG 1'],
        sought: ['Brigadas 2', 'Quemas 2', 'SIG 2'],
      },
      { id: 'none', name: 'Not given', members: 1, organizations: 0, offered: [], sought: [] },
    ]);
    expect(map.clusters[0].topOffered[0].interest).toEqual({ name: 'Quemas', nameEs: 'Quemas' });
    expect(map.clusters.map((c: any) => c.peripheralIds)).toEqual([[personIn('Ana')], [personIn('Eli')]]);
    expect(map.clusters.map((c: any) => c.peripheralCount)).toEqual([1, 1]);
    expect(map.network).toMatchObject({
      people: 6,
      ties: 4,
      isolates: 1,
      isolateIds: [personIn('Eli')],
      betweennessExact: true,
      betweennessSources: 6,
    });
    expect(map.network.bridgesCertainty).toEqual({ level: 'EXACT', sources: 6, agreement: null, refining: false });
  });

  it('when a share-link viewer groups by region, then the unlisted person counts nowhere: members, organizations, interests, ties', async () => {
    const map = await clusterMapOf({ g: 'REGION' }, { share });
    expect(brief(map)).toEqual([
      {
        id: interests.regions[0]!.id,
        name: 'Norte',
        members: 4,
        organizations: 2,
        offered: ['Quemas 3', 'Brigadas 1', 'SIG 1'],
        sought: ['Brigadas 2', 'Quemas 2', 'SIG 1'],
      },
      { id: 'none', name: 'Not given', members: 1, organizations: 0, offered: [], sought: [] },
    ]);
    expect(map.network).toMatchObject({ people: 5, ties: 3, isolateIds: [personIn('Eli')] });
    expect(JSON.stringify(map)).not.toContain(personIn('Oculta'));
    expect(JSON.stringify(map)).not.toContain('Restauración');
  });

  it('when grouped by an interest, then its offerers, seekers (offering wins) and the others form three clusters', async () => {
    const facilitator = await clusterMapOf({ g: 'INTEREST', i: interestIn('Quemas') }, { cookie });
    expect(facilitator.groupBy).toBe('INTEREST');
    const members = (map: any) => map.clusters.map((c: any) => [c.id, c.name, c.memberIds.sort()]);
    const ids = (...names: string[]) => names.map(personIn).sort();
    expect(members(facilitator)).toEqual([
      ['offers', 'Offers Quemas', ids('Ana', 'Beto', 'Dora')],
      ['others', 'Others', ids('Eli', 'Oculta')],
      ['seeks', 'Seeks Quemas', ids('Carla')],
    ]);
    expect(facilitator.clusters[0].internalTies).toBe(1);
    const shared = await clusterMapOf({ g: 'INTEREST', i: interestIn('Quemas') }, { share });
    expect(members(shared)).toEqual([
      ['offers', 'Offers Quemas', ids('Ana', 'Beto', 'Dora')],
      ['others', 'Others', ids('Eli')],
      ['seeks', 'Seeks Quemas', ids('Carla')],
    ]);
  });

  it('when an interest is held by nobody visible, then the three clusters are still there, two of them empty', async () => {
    const map = await clusterMapOf({ g: 'INTEREST', i: interestIn('Restauración') }, { share });
    expect(map.clusters.map((c: any) => [c.id, c.memberIds.length])).toEqual([
      ['others', 5],
      ['offers', 0],
      ['seeks', 0],
    ]);
  });

  it('when a region holds nobody the viewer may see, then it is still a cluster, empty with zero figures, for facilitators and share viewers alike', async () => {
    const viewerOf = async (auth: { cookie?: string; share?: string }) => {
      const res: any = await gql(server.url, CLUSTERS, { s: sparse.community.slug, g: 'REGION' }, auth);
      expect(res.errors).toBeUndefined();
      return res.data.community.clusterMap.clusters.map((c: any) => ({
        name: c.name,
        members: c.memberIds.length,
        figures: [c.internalTies, c.peripheralCount, c.organizationCount, c.topOffered.length, c.topSought.length],
      }));
    };
    const facilitator = await signedInFacilitator(db, server.url, [sparse.community.slug]);
    expect(await viewerOf({ cookie: facilitator })).toEqual([
      { name: 'Norte', members: 2, figures: [1, 0, 0, 0, 0] },
      { name: 'Sur', members: 1, figures: [0, 0, 0, 0, 0] },
      { name: 'Oriente', members: 0, figures: [0, 0, 0, 0, 0] },
    ]);
    // Region names are not personal data: the share view shows the region of the unlisted person, empty.
    expect(await viewerOf({ share: await createShareLink(db, sparse.community.id) })).toEqual([
      { name: 'Norte', members: 2, figures: [1, 0, 0, 0, 0] },
      { name: 'Oriente', members: 0, figures: [0, 0, 0, 0, 0] },
      { name: 'Sur', members: 0, figures: [0, 0, 0, 0, 0] },
    ]);
  });

  it('when INTEREST comes without an interest, or with one of another community, then BAD_USER_INPUT or NOT_FOUND', async () => {
    const missing: any = await gql(server.url, CLUSTERS, { s: interests.community.slug, g: 'INTEREST' }, { cookie });
    expect(missing.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const elsewhere: any = await gql(
      server.url,
      CLUSTERS,
      { s: community.community.slug, g: 'INTEREST', i: interestIn('Quemas') },
      { share: await createShareLink(db, community.community.id) },
    );
    expect(elsewhere.errors[0].extensions.code).toBe('NOT_FOUND');
    const unknown: any = await gql(server.url, CLUSTERS, { s: interests.community.slug, g: 'INTEREST', i: 'no-such-interest' }, { cookie });
    expect(unknown.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('when the map is read, then every person carries the ids of the interests they offer and seek', async () => {
    const res: any = await gql(
      server.url,
      `query($s: String!) { community(slug: $s) { map { people { id offerIds seekIds } } } }`,
      { s: interests.community.slug },
      { share },
    );
    const byId = new Map(res.data.community.map.people.map((p: any) => [p.id, p]));
    expect(byId.get(personIn('Ana'))).toEqual({
      id: personIn('Ana'),
      offerIds: [interestIn('Quemas'), interestIn('SIG')].sort(),
      seekIds: [interestIn('Brigadas')],
    });
    expect(byId.get(personIn('Eli'))).toEqual({ id: personIn('Eli'), offerIds: [], seekIds: [] });
    expect(byId.has(personIn('Oculta'))).toBe(false);
  });

  it('when a cluster has ties to more clusters than tiesTo lists, then externalTies still counts them all', async () => {
    // Hub (organization Centro) knows one member of each of 25 other organizations.
    const others = Array.from({ length: 25 }, (_, i) => `Org ${i + 1}`);
    const star = buildCommunity({
      organizations: ['Centro', ...others],
      people: [{ name: 'Hub', organization: 'Centro' }, ...others.map((organization, i) => ({ name: `P${i + 1}`, organization }))],
      ties: others.map((_, i) => ['Hub', `P${i + 1}`] as [string, string]),
    });
    await importCommunity(db, star);
    const res: any = await gql(
      server.url,
      CLUSTER_MAP,
      { s: star.community.slug, g: 'ORGANIZATION' },
      { share: await createShareLink(db, star.community.id) },
    );
    const centro = res.data.community.clusterMap.clusters.find((c: any) => c.name === 'Centro');
    expect(centro.tiesTo).toHaveLength(20);
    expect(centro.externalTies).toBe(25);
  });
});

describe('clusterMap cache', () => {
  const PEOPLE = `query($s: String!) { community(slug: $s) { clusterMap(groupBy: DETECTED) { network { people ties } clusters { memberIds } } } }`;

  it('when the same view is asked for twice, then the cached result is served; facilitator and share views are kept apart', async () => {
    const data = buildCommunity({ people: [{ name: 'Ana' }, { name: 'Oculta', listed: false }], ties: [['Ana', 'Oculta']] });
    await importCommunity(db, data);
    const first = await cachedClusterMap(db, data.community.id, 'curated', 'REGION', null);
    expect(await cachedClusterMap(db, data.community.id, 'curated', 'REGION', null)).toBe(first);
    expect(first.network.people).toBe(2);
    // A facilitator warmed the cache; the share link still gets its own, listed-only view.
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    expect(((await gql(server.url, PEOPLE, { s: data.community.slug }, { cookie })) as any).data.community.clusterMap.network).toEqual({
      people: 2,
      ties: 1,
    });
    const share = await createShareLink(db, data.community.id);
    const shared: any = await gql(server.url, PEOPLE, { s: data.community.slug }, { share });
    expect(shared.data.community.clusterMap.network).toEqual({ people: 1, ties: 0 });
    expect(JSON.stringify(shared)).not.toContain(data.people[1]!.id);
  });

  it('when people submit, change their consent, erase themselves or are merged, then the next cluster map shows it', async () => {
    const data = buildCommunity({ people: [{ name: 'Ana' }, { name: 'Ana M.' }, { name: 'Luis' }], ties: [['Ana', 'Luis']] });
    await importCommunity(db, data);
    const workshop = await createWorkshop(db, data.community.id, { id: randomUUID(), title: 'Caché', date: '2025-05-01', regionId: null });
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const share = await createShareLink(db, data.community.id);
    const network = async (auth: { cookie?: string; share?: string }) =>
      ((await gql(server.url, PEOPLE, { s: data.community.slug }, auth)) as any).data.community.clusterMap.network;
    expect([await network({ cookie }), await network({ share })]).toEqual([
      { people: 3, ties: 1 },
      { people: 3, ties: 1 },
    ]);

    const answers = { name: 'Nueva', knows: [{ personId: data.people[2]!.id }], consent: { listed: true, contactable: true } };
    const sent: any = await gql(
      server.url,
      'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { privateToken } }',
      {
        c: workshop.code,
        i: { submissionId: randomUUID(), ...answers },
      },
    );
    const token = sent.data.submitSurvey.privateToken;
    expect([await network({ cookie }), await network({ share })]).toEqual([
      { people: 4, ties: 2 },
      { people: 4, ties: 2 },
    ]);

    const hidden: any = await gql(
      server.url,
      'mutation($t: String!, $i: SurveyInput!) { updateMyRecord(token: $t, input: $i) { person { id } } }',
      {
        t: token,
        i: { submissionId: randomUUID(), ...answers, consent: { listed: false, contactable: false } },
      },
    );
    expect(hidden.errors).toBeUndefined();
    expect([await network({ cookie }), await network({ share })]).toEqual([
      { people: 4, ties: 2 },
      { people: 3, ties: 1 },
    ]);

    await gql(server.url, 'mutation($t: String!) { eraseMyRecord(token: $t) }', { t: token });
    expect([await network({ cookie }), await network({ share })]).toEqual([
      { people: 3, ties: 1 },
      { people: 3, ties: 1 },
    ]);

    const merged: any = await gql(
      server.url,
      'mutation($s: ID!, $d: ID!) { merge(kind: PERSON, survivorId: $s, duplicateId: $d) }',
      { s: data.people[0]!.id, d: data.people[1]!.id },
      { cookie },
    );
    expect(merged.errors).toBeUndefined();
    expect([await network({ cookie }), await network({ share })]).toEqual([
      { people: 2, ties: 1 },
      { people: 2, ties: 1 },
    ]);
  });
});
