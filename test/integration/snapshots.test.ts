// A community built across three workshops through the public API; each snapshot's figures are checked against
// an independent computation over the test's own model of who answered what (graphology + graphology-metrics).
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { undirectedDensity } from 'graphology-metrics/graph/density';
import modularity from 'graphology-metrics/graph/modularity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { readTx } from '../../server/db/transaction.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';
import type { Answers } from '../support/workshop-api.ts';
import { answer, closeWorkshop, editAnswers, eraseRecord, openWorkshop } from '../support/workshop-api.ts';

const db = useTestDatabase();
let server: TestServer;
let cookie: string;
let share: string;
const setup = buildCommunity({ regions: ['Norte', 'Sur', 'Centro'], people: [] });
const slug = setup.community.slug;
const regionId = (name: string) => setup.regions.find((r) => r.name === name)!.id;

/** The test's own model: who is in the network, where, whether listed, at what level, what they hold. */
type Member = {
  id: string;
  region: string | null;
  listed: boolean;
  level: 'CORE' | 'ACTIVE' | 'PERIPHERAL';
  offers: string[];
  seeks: string[];
};
const members = new Map<string, Member>();
const ties: [string, string][] = [];
const tokens = new Map<string, string>();
const ids = new Map<string, string>();

async function join(code: string, key: string, a: Omit<Answers, 'name' | 'regionId' | 'knows'> & { region: string; knows?: string[] }) {
  const receipt = await answer(server.url, code, {
    ...a,
    name: key,
    email: `${key.toLowerCase().replace(/\W/g, '')}@example.org`,
    regionId: regionId(a.region),
    knows: (a.knows ?? []).map((k) => ids.get(k)!),
  });
  ids.set(key, receipt.personId);
  tokens.set(key, receipt.privateToken);
  members.set(key, {
    id: receipt.personId,
    region: regionId(a.region),
    listed: a.listed ?? true,
    level: 'ACTIVE',
    offers: a.offers ?? [],
    seeks: a.seeks ?? [],
  });
  for (const k of a.knows ?? []) ties.push([key, k]);
}

/** What the snapshot must say, computed here from the model for one kind of viewer. */
function expected(listedOnly: boolean, moved: number) {
  const people = [...members.entries()].filter(([, m]) => !listedOnly || m.listed);
  const graph = new UndirectedGraph();
  for (const [key, m] of people) graph.addNode(key, { region: m.region ?? 'none' });
  for (const [a, b] of ties) if (graph.hasNode(a) && graph.hasNode(b) && !graph.hasEdge(a, b)) graph.addEdge(a, b);
  let components = 0;
  const seen = new Set<string>();
  for (const start of graph.nodes()) {
    if (seen.has(start)) continue;
    components += 1;
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) graph.forEachNeighbor(queue.pop()!, (n) => void (!seen.has(n) && (seen.add(n), queue.push(n))));
  }
  const cross = graph.filterEdges((_, __, a, b, aa, ba) => aa.region !== ba.region).length;
  const pairs = new Map<string, number>();
  graph.forEachEdge((_, __, ___, ____, aa, ba) => {
    const key = [aa.region, ba.region].sort().join('|');
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  });
  const count = new Map<string, { offers: number; seeks: number }>();
  for (const [, m] of people) {
    for (const i of m.offers) count.set(i, { offers: (count.get(i)?.offers ?? 0) + 1, seeks: count.get(i)?.seeks ?? 0 });
    for (const i of m.seeks) count.set(i, { offers: count.get(i)?.offers ?? 0, seeks: (count.get(i)?.seeks ?? 0) + 1 });
  }
  const gaps = people.flatMap(([, m]) =>
    m.seeks
      .filter((i) => m.region && !people.some(([, o]) => o.region === m.region && o.offers.includes(i)))
      .map((i) => `${i}@${m.region}`),
  );
  return {
    people: graph.order,
    listedPeople: people.filter(([, m]) => m.listed).length,
    ties: graph.size,
    listedTies: graph.filterEdges((_, __, a, b) => members.get(a)!.listed && members.get(b)!.listed).length,
    density: graph.order > 1 ? undirectedDensity(graph) : 0,
    components,
    isolates: graph.filterNodes((n) => graph.degree(n) === 0).length,
    crossRegionShare: graph.size > 0 ? cross / graph.size : 0,
    regionPairs: Object.fromEntries(pairs),
    regionModularity: graph.size > 0 ? modularity(graph, { getNodeCommunity: 'region' }) : 0,
    participation: {
      coordinators: people.filter(([, m]) => m.level === 'CORE').length,
      active: people.filter(([, m]) => m.level === 'ACTIVE').length,
      peripheral: people.filter(([, m]) => m.level === 'PERIPHERAL').length,
      moved,
    },
    interests: Object.fromEntries(count),
    openGaps: [...new Set(gaps)].sort(),
    // The best of a few independent Louvain runs: the snapshot's detection must be about as good.
    detectedAtLeast: graph.size > 0 ? Math.max(...[1, 2, 3, 4, 5].map(() => louvain.detailed(graph).modularity)) - 0.05 : 0,
  };
}

const SNAPSHOTS = `query($s: String!) { community(slug: $s) { snapshots {
  id takenAt trigger workshopTitle workshopDate people listedPeople ties listedTies density components isolates crossRegionShare
  regionPairs { regionA { id } regionB { id } ties } regionModularity detectedModularity
  participation { coordinators active peripheral moved }
  interests { interest { name } offers seeks } openGaps { interest { name } region { id } } } } }`;

/** A snapshot in the shape of expected(). */
function observed(s: any) {
  return {
    people: s.people,
    listedPeople: s.listedPeople,
    ties: s.ties,
    listedTies: s.listedTies,
    density: s.density,
    components: s.components,
    isolates: s.isolates,
    crossRegionShare: s.crossRegionShare,
    regionPairs: Object.fromEntries(
      s.regionPairs.map((p: any) => [[p.regionA?.id ?? 'none', p.regionB?.id ?? 'none'].sort().join('|'), p.ties]),
    ),
    regionModularity: s.regionModularity,
    participation: s.participation,
    interests: Object.fromEntries(s.interests.map((i: any) => [i.interest.name, { offers: i.offers, seeks: i.seeks }])),
    openGaps: s.openGaps.map((g: any) => `${g.interest.name}@${g.region.id}`).sort(),
  };
}

async function snapshots(options: { cookie?: string; share?: string }) {
  const res = await gql(server.url, SNAPSHOTS, { s: slug }, options);
  expect(res.errors).toBeUndefined();
  return res.data!.community.snapshots as any[];
}

function expectFigures(snapshot: any, model: ReturnType<typeof expected>) {
  const { detectedAtLeast, ...figures } = model;
  const seen = observed(snapshot);
  for (const key of ['density', 'crossRegionShare', 'regionModularity'] as const) {
    expect(seen[key], key).toBeCloseTo(figures[key], 10);
    (seen as any)[key] = (figures as any)[key] = 0;
  }
  expect(seen).toEqual(figures);
  expect(snapshot.detectedModularity).toBeGreaterThanOrEqual(detectedAtLeast);
  expect(snapshot.detectedModularity).toBeLessThanOrEqual(1);
}

const afterEach: { everyone: ReturnType<typeof expected>; listed: ReturnType<typeof expected> }[] = [];
const record = (moved: { everyone: number; listed: number }) =>
  afterEach.push({ everyone: expected(false, moved.everyone), listed: expected(true, moved.listed) });

beforeAll(async () => {
  await importCommunity(db, setup);
  server = await startTestServer(db);
  cookie = await signedInFacilitator(db, server.url, [slug]);
  share = await createShareLink(db, setup.community.id);

  // Workshop 1, in the north: a small star around Ana, an unlisted member, a gap (SIG sought, offered by nobody there).
  const w1 = await openWorkshop(server.url, cookie, slug, 'Taller Norte', '2026-01-15');
  await join(w1.code, 'Ana', { region: 'Norte', offers: ['Quemas'] });
  await join(w1.code, 'Beto', { region: 'Norte', seeks: ['SIG'], knows: ['Ana'] });
  await join(w1.code, 'Carla', { region: 'Norte', knows: ['Ana'] });
  await join(w1.code, 'Oculta', { region: 'Norte', listed: false, offers: ['Restauración'], knows: ['Ana', 'Beto'] });
  await closeWorkshop(server.url, cookie, w1.id);
  record({ everyone: 0, listed: 0 });

  // Workshop 2, in the south: the first tie across regions, SIG offered in the south (the north's gap stays open).
  const w2 = await openWorkshop(server.url, cookie, slug, 'Taller Sur', '2026-03-10');
  await join(w2.code, 'Diego', { region: 'Sur', offers: ['SIG'], knows: ['Ana'] });
  await join(w2.code, 'Eva', { region: 'Sur', seeks: ['Quemas'], knows: ['Diego'] });
  await closeWorkshop(server.url, cookie, w2.id);
  record({ everyone: 0, listed: 0 });

  // Workshop 3, in the centre: an isolate; Beto now offers SIG (the north's gap closes); Fede names "Gil Nuevo",
  // who answers himself later, and a facilitator merges the two records: Gil moves from the periphery.
  const w3 = await openWorkshop(server.url, cookie, slug, 'Taller Centro', '2026-05-20');
  await join(w3.code, 'Fede', { region: 'Centro', seeks: ['Quemas'], knows: ['Eva'] });
  await join(w3.code, 'Hilda', { region: 'Centro' });
  await editAnswers(server.url, tokens.get('Beto')!, {
    name: 'Beto',
    regionId: regionId('Norte'),
    seeks: ['SIG'],
    offers: ['SIG'],
    knows: [ids.get('Ana')!],
  });
  members.get('Beto')!.offers = ['SIG'];
  const fede = ids.get('Fede')!;
  await editAnswers(server.url, tokens.get('Fede')!, {
    name: 'Fede',
    regionId: regionId('Centro'),
    seeks: ['Quemas'],
    knows: [ids.get('Eva')!, { name: 'Gil Nuevo' }],
  });
  const named = await readTx(db, async (tx) =>
    (await tx.run('MATCH (p:Person {namedById: $fede, name: "Gil Nuevo"}) RETURN p.id AS id', { fede })).records[0]!.get('id'),
  );
  const gil = await answer(server.url, w3.code, { name: 'Gil Nuevo', regionId: regionId('Centro'), knows: [fede] });
  const merged = await gql(
    server.url,
    'mutation($s: ID!, $d: ID!) { merge(kind: PERSON, survivorId: $s, duplicateId: $d) }',
    { s: named, d: gil.personId },
    { cookie },
  );
  expect(merged.errors).toBeUndefined();
  // The merged record is listed only if both were: the named one was not.
  members.set('Gil', { id: named, region: regionId('Centro'), listed: false, level: 'ACTIVE', offers: [], seeks: [] });
  ties.push(['Fede', 'Gil']);
  await closeWorkshop(server.url, cookie, w3.id);
  record({ everyone: 1, listed: 0 });
});
afterAll(() => server.close());

describe('snapshots', () => {
  it('when three workshops close, then a facilitator reads three snapshots whose figures match an independent computation', async () => {
    const taken = await snapshots({ cookie });
    expect(taken.map((s) => [s.trigger, s.workshopTitle, s.workshopDate])).toEqual([
      ['WORKSHOP_CLOSED', 'Taller Norte', '2026-01-15'],
      ['WORKSHOP_CLOSED', 'Taller Sur', '2026-03-10'],
      ['WORKSHOP_CLOSED', 'Taller Centro', '2026-05-20'],
    ]);
    taken.forEach((s, i) => expectFigures(s, afterEach[i]!.everyone));
    // The story the figures tell: the north's SIG gap closed in the third workshop, ties across regions grew.
    expect(taken.map((s) => s.openGaps.some((g: any) => g.interest.name === 'SIG'))).toEqual([true, true, false]);
    expect(taken[0].crossRegionShare).toBe(0);
    expect(taken[2].crossRegionShare).toBeGreaterThan(taken[1].crossRegionShare);
  });

  it('when a share-link viewer reads the snapshots, then they count listed people alone: no unlisted person, tie, interest or move', async () => {
    const taken = await snapshots({ share });
    taken.forEach((s, i) => expectFigures(s, afterEach[i]!.listed));
    expect(taken.flatMap((s) => s.interests.map((i: any) => i.interest.name))).not.toContain('Restauración');
  });

  it('when a facilitator takes a snapshot on demand, then it is listed last with nothing moved since the one before', async () => {
    const res = await gql(
      server.url,
      'mutation($s: String!) { takeSnapshot(communitySlug: $s) { id trigger people participation { moved } } }',
      { s: slug },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.takeSnapshot).toMatchObject({ trigger: 'ON_DEMAND', people: members.size, participation: { moved: 0 } });
    const taken = await snapshots({ cookie });
    expect(taken.at(-1)!.id).toBe(res.data!.takeSnapshot.id);
    expectFigures(taken.at(-1), expected(false, 0));
  });

  it('when a member erases their record, then no snapshot holds their name, email or id, and the counts taken before stay', async () => {
    const before = await snapshots({ cookie });
    const carla = ids.get('Carla')!;
    await eraseRecord(server.url, tokens.get('Carla')!);
    members.delete('Carla');
    ties.splice(
      ties.findIndex(([a]) => a === 'Carla'),
      1,
    );
    const stored = await readTx(db, async (tx) =>
      (await tx.run('MATCH (s:Snapshot {communityId: $c}) RETURN properties(s) AS s', { c: setup.community.id })).records.map((r) =>
        r.get('s'),
      ),
    );
    const text = JSON.stringify(stored) + JSON.stringify(await snapshots({ cookie })) + JSON.stringify(await snapshots({ share }));
    for (const trace of [carla, 'Carla', 'carla@example.org']) expect(text).not.toContain(trace);
    expect((await snapshots({ cookie })).map((s) => s.people)).toEqual(before.map((s) => s.people));

    const res = await gql(server.url, 'mutation($s: String!) { takeSnapshot(communitySlug: $s) { people } }', { s: slug }, { cookie });
    expect(res.data!.takeSnapshot.people).toBe(members.size);
  });
});
