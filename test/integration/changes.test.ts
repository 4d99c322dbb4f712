import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { readTx } from '../../server/db/transaction.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';
import { answer, editAnswers, eraseRecord, momentNow, openWorkshop } from '../support/workshop-api.ts';

const db = useTestDatabase();
let server: TestServer;
let cookie: string;
let share: string;
const setup = buildCommunity({ regions: ['Norte', 'Sur'], people: [] });
const slug = setup.community.slug;
const regionId = (name: string) => setup.regions.find((r) => r.name === name)!.id;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};
let afterFirst: string;
let afterSecond: string;

const CHANGES = `query($s: String!, $since: String!, $until: String, $first: Int) { community(slug: $s) {
  changes(since: $since, until: $until, first: $first) {
    newPeople { id name region { name } } newPeopleCount newTies { a { name } b { name } crossRegion } newTieCount newCrossRegionTieCount
    newBridges { name } leftPeriphery { name } gapsClosed { interest { name } region { name } } gapsOpened { interest { name } region { name } } } } }`;

async function changes(options: { cookie?: string; share?: string }, since = afterFirst, until: string | null = afterSecond) {
  const res = await gql(server.url, CHANGES, { s: slug, since, until }, options);
  expect(res.errors).toBeUndefined();
  return res.data!.community.changes;
}

async function join(
  code: string,
  name: string,
  region: string,
  more: { offers?: string[]; seeks?: string[]; knows?: (string | { name: string })[]; listed?: boolean } = {},
) {
  const receipt = await answer(server.url, code, {
    name,
    email: `${name.toLowerCase().replace(/\W/g, '')}@example.org`,
    regionId: regionId(region),
    ...more,
  });
  ids[name] = receipt.personId;
  tokens[name] = receipt.privateToken;
}

beforeAll(async () => {
  await importCommunity(db, setup);
  server = await startTestServer(db);
  cookie = await signedInFacilitator(db, server.url, [slug]);
  share = await createShareLink(db, setup.community.id);

  const w1 = await openWorkshop(server.url, cookie, slug, 'Uno', '2026-01-10');
  await join(w1.code, 'Ana', 'Norte', { offers: ['Quemas'] });
  await join(w1.code, 'Beto', 'Norte', { seeks: ['SIG'], knows: [ids.Ana!] });
  afterFirst = momentNow();

  const w2 = await openWorkshop(server.url, cookie, slug, 'Dos', '2026-02-10');
  await join(w2.code, 'Caro', 'Sur', { knows: [ids.Ana!] });
  await join(w2.code, 'Oculto', 'Sur', { listed: false, knows: [ids.Caro!] });
  await join(w2.code, 'Dani', 'Sur', { seeks: ['Quemas'], knows: [ids.Caro!] });
  await editAnswers(server.url, tokens.Beto!, {
    name: 'Beto',
    regionId: regionId('Norte'),
    seeks: ['SIG'],
    offers: ['SIG'],
    knows: [ids.Ana!],
  });
  // Fede names Gil, who answers himself later; a facilitator merges the two records: Gil leaves the periphery.
  await join(w2.code, 'Fede', 'Sur', { knows: [ids.Dani!, { name: 'Gil Nuevo' }] });
  const named = await readTx(db, async (tx) =>
    (await tx.run('MATCH (p:Person {namedById: $f}) RETURN p.id AS id', { f: ids.Fede })).records[0]!.get('id'),
  );
  await join(w2.code, 'Gil Nuevo', 'Sur', { knows: [ids.Fede!] });
  const merged = await gql(
    server.url,
    'mutation($s: ID!, $d: ID!) { merge(kind: PERSON, survivorId: $s, duplicateId: $d) }',
    { s: named, d: ids['Gil Nuevo'] },
    { cookie },
  );
  expect(merged.errors).toBeUndefined();
  ids['Gil Nuevo'] = named;
  afterSecond = momentNow();
});
afterAll(() => server.close());

describe('Community.changes', () => {
  it('when a facilitator asks what a workshop changed, then new people, new ties across regions first, bridges, periphery and gaps are listed', async () => {
    const c = await changes({ cookie });
    expect(c.newPeople.map((p: any) => `${p.name} (${p.region?.name})`)).toEqual([
      'Caro (Sur)',
      'Dani (Sur)',
      'Fede (Sur)',
      'Gil Nuevo (Sur)',
      'Oculto (Sur)',
    ]);
    expect(c.newPeopleCount).toBe(5);
    // A tie has no direction: its two ends come in either order.
    expect(c.newTies[0].crossRegion).toBe(true);
    expect([c.newTies[0].a.name, c.newTies[0].b.name].sort()).toEqual(['Ana', 'Caro']);
    expect(c.newTies.slice(1).every((t: any) => !t.crossRegion)).toBe(true);
    expect([c.newTieCount, c.newCrossRegionTieCount]).toEqual([5, 1]);
    expect(c.newBridges.map((p: any) => p.name)).toEqual(expect.arrayContaining(['Ana', 'Caro']));
    expect(c.leftPeriphery.map((p: any) => p.name)).toEqual(['Gil Nuevo']);
    expect(c.gapsClosed).toEqual([{ interest: { name: 'SIG' }, region: { name: 'Norte' } }]);
    expect(c.gapsOpened).toEqual([{ interest: { name: 'Quemas' }, region: { name: 'Sur' } }]);
  });

  it('when a share-link viewer asks, then unlisted people, their ties and their moves are nowhere in the answer', async () => {
    const c = await changes({ share });
    expect(c.newPeople.map((p: any) => p.name)).toEqual(['Caro', 'Dani', 'Fede']);
    expect(c.leftPeriphery).toEqual([]);
    const text = JSON.stringify(c);
    for (const trace of ['Oculto', ids.Oculto!, 'Gil Nuevo', ids['Gil Nuevo']!]) expect(text).not.toContain(trace);
  });

  it('when nothing happened between two moments, then every list is empty', async () => {
    const c = await changes({ cookie }, afterSecond, afterSecond);
    expect([
      c.newPeopleCount,
      c.newTieCount,
      c.newBridges.length,
      c.leftPeriphery.length,
      c.gapsClosed.length,
      c.gapsOpened.length,
    ]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('when since or until are in the future, not dates, or out of order, then BAD_USER_INPUT names the field', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    for (const [variables, field] of [
      [{ since: future }, 'since'],
      [{ since: afterFirst, until: future }, 'until'],
      [{ since: 'last week' }, 'since'],
      [{ since: afterSecond, until: afterFirst }, 'since'],
      [{ since: afterFirst, first: 0 }, 'first'],
    ] as const) {
      const res = await gql(server.url, CHANGES, { s: slug, ...variables }, { cookie });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('when a member erases their record, then no change list holds their name, email or id', async () => {
    await eraseRecord(server.url, tokens.Caro!);
    const text = JSON.stringify([await changes({ cookie }), await changes({ share }), await changes({ cookie }, afterFirst, null)]);
    for (const trace of ['Caro', ids.Caro!, 'caro@example.org']) expect(text).not.toContain(trace);
  });
});
