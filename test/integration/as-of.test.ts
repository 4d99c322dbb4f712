import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';
import { answer, editAnswers, momentNow, openWorkshop } from '../support/workshop-api.ts';

const db = useTestDatabase();
let server: TestServer;
let cookie: string;
let share: string;
const setup = buildCommunity({ regions: ['Norte', 'Sur'], people: [] });
const slug = setup.community.slug;
const regionId = (name: string) => setup.regions.find((r) => r.name === name)!.id;
const ids: Record<string, string> = {};
/** Moments between the steps below. */
const moments: Record<'beforeAll' | 'afterFirst' | 'afterSecond' | 'afterWithdrawal', string> = {} as never;
const now = momentNow;

const MAP = `query($s: String!, $at: String, $p: Boolean) { community(slug: $s) { map(asOf: $at, publicView: $p) {
  people { id offerIds } ties { source target } } } }`;
const CLUSTERS = `query($s: String!, $at: String) { community(slug: $s) { clusterMap(asOf: $at) {
  clusters { name memberIds } network { people ties crossRegionShare } } } }`;

async function mapAt(at: string | null, options: { cookie?: string; share?: string } = { cookie }) {
  const res = await gql(server.url, MAP, { s: slug, at }, options);
  expect(res.errors).toBeUndefined();
  const map = res.data!.community.map;
  const name = (id: string) => Object.keys(ids).find((k) => ids[k] === id) ?? id;
  return {
    people: map.people.map((p: { id: string }) => name(p.id)).sort(),
    ties: map.ties.map((t: { source: string; target: string }) => [name(t.source), name(t.target)].sort().join('–')).sort(),
    offers: Object.fromEntries(map.people.map((p: { id: string; offerIds: string[] }) => [name(p.id), p.offerIds.length])),
  };
}

beforeAll(async () => {
  await importCommunity(db, setup);
  server = await startTestServer(db);
  cookie = await signedInFacilitator(db, server.url, [slug]);
  share = await createShareLink(db, setup.community.id);
  moments.beforeAll = now();
  const w1 = await openWorkshop(server.url, cookie, slug, 'Primero', '2026-01-10');
  ids.Ana = (await answer(server.url, w1.code, { name: 'Ana', regionId: regionId('Norte'), offers: ['Quemas'] })).personId;
  const beto = await answer(server.url, w1.code, { name: 'Beto', regionId: regionId('Norte'), offers: ['SIG'], knows: [ids.Ana] });
  ids.Beto = beto.personId;
  moments.afterFirst = now();
  const w2 = await openWorkshop(server.url, cookie, slug, 'Segundo', '2026-02-10');
  ids.Caro = (await answer(server.url, w2.code, { name: 'Caro', regionId: regionId('Sur'), knows: [ids.Ana] })).personId;
  ids.Oculto = (
    await answer(server.url, w2.code, { name: 'Oculto', regionId: regionId('Sur'), listed: false, knows: [ids.Caro] })
  ).personId;
  moments.afterSecond = now();
  // Beto withdraws his tie to Ana and his offer.
  await editAnswers(server.url, beto.privateToken, { name: 'Beto', regionId: regionId('Norte') });
  moments.afterWithdrawal = now();
});
afterAll(() => server.close());

describe('map and cluster map asOf', () => {
  it('when asked as of a moment between workshops, then the map holds only the people and ties reported by then', async () => {
    expect(await mapAt(moments.afterFirst)).toMatchObject({ people: ['Ana', 'Beto'], ties: ['Ana–Beto'], offers: { Ana: 1, Beto: 1 } });
    expect(await mapAt(moments.afterSecond)).toMatchObject({
      people: ['Ana', 'Beto', 'Caro', 'Oculto'],
      ties: ['Ana–Beto', 'Ana–Caro', 'Caro–Oculto'],
    });
  });

  it('when a tie and an offer ended, then maps as of before the end still hold them and maps after do not', async () => {
    expect((await mapAt(moments.afterSecond)).offers.Beto).toBe(1);
    const after = await mapAt(moments.afterWithdrawal);
    expect(after.ties).toEqual(['Ana–Caro', 'Caro–Oculto']);
    expect(after.offers.Beto).toBe(0);
    expect(await mapAt(null)).toEqual(after);
  });

  it('when a share-link viewer asks as of a past moment, then unlisted people and their ties stay out', async () => {
    expect(await mapAt(moments.afterSecond, { share })).toMatchObject({ people: ['Ana', 'Beto', 'Caro'], ties: ['Ana–Beto', 'Ana–Caro'] });
  });

  it('when asked as of before the community existed, then the network is empty, map and cluster map alike', async () => {
    expect(await mapAt('2001-01-01')).toEqual({ people: [], ties: [], offers: {} });
    const res = await gql(server.url, CLUSTERS, { s: slug, at: moments.beforeAll }, { cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data!.community.clusterMap.network).toEqual({ people: 0, ties: 0, crossRegionShare: 0 });
  });

  it('when the cluster map is asked as of between workshops, then its clusters and figures are those of the network then', async () => {
    const res = await gql(server.url, CLUSTERS, { s: slug, at: moments.afterFirst }, { cookie });
    expect(res.errors).toBeUndefined();
    const map = res.data!.community.clusterMap;
    expect(map.network).toEqual({ people: 2, ties: 1, crossRegionShare: 0 });
    // Every region of the community is a cluster, one nobody had joined yet too (regions are not kept over time).
    expect(map.clusters.map((c: { name: string; memberIds: string[] }) => [c.name, c.memberIds.length])).toEqual([
      ['Norte', 2],
      ['Sur', 0],
    ]);
  });

  it('when asOf is in the future or not a date, then BAD_USER_INPUT names the field, for the map and the cluster map', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    for (const [query, at] of [
      [MAP, future],
      [CLUSTERS, future],
      [MAP, 'yesterday'],
      [CLUSTERS, '2026-13-45'],
    ] as const) {
      const res = await gql(server.url, query, { s: slug, at }, { cookie });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    }
  });
});
