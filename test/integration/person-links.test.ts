import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const real = useTestDatabase();
// The real driver, counting the sessions the app opens (one per transaction, see server/db/transaction.ts).
let sessions = 0;
const counting = new Proxy(real.driver, {
  get(target, key, receiver) {
    if (key === 'session') return (...args: Parameters<Driver['session']>) => (sessions++, target.session(...args));
    return Reflect.get(target, key, receiver) as unknown;
  },
});
const db = { ...real, driver: counting };

// 30 people in three regions and two organizations, each offering and seeking two of four interests, tied in
// a chain; every fifth person is unlisted.
const REGIONS = ['Noroeste', 'Occidente', 'Sur'];
const ORGS = ['CONAFOR', 'Pronatura'];
const INTERESTS = ['Brigadas', 'Quemas', 'Restauración', 'Satélite'];
const names = Array.from({ length: 30 }, (_, i) => `Persona ${String(i).padStart(2, '0')}`);
const spec = (i: number) => ({
  name: names[i]!,
  region: REGIONS[i % 3],
  organization: ORGS[i % 2],
  offers: [INTERESTS[i % 4]!, INTERESTS[(i + 1) % 4]!],
  seeks: [INTERESTS[(i + 2) % 4]!],
  listed: i % 5 !== 0,
});
const community = buildCommunity({
  regions: REGIONS,
  organizations: ORGS,
  interests: INTERESTS,
  people: names.map((_, i) => spec(i)),
  ties: names.slice(1).map((name, i): [string, string] => [names[i]!, name]),
});
const slug = community.community.slug;

const PEOPLE = `query($slug: String!, $first: Int) { community(slug: $slug) { people(first: $first) { nodes {
  name organization { name } region { name } offers { name } seeks { name } knows { person { name } } } } } }`;

type Row = {
  name: string;
  organization: { name: string } | null;
  region: { name: string } | null;
  offers: { name: string }[];
  seeks: { name: string }[];
  knows: { person: { name: string } }[];
};

/** What the person's fields must be, for a viewer who sees unlisted people or not. */
function expected(name: string, seesUnlisted: boolean): Row {
  const i = names.indexOf(name);
  const s = spec(i);
  const neighbours = [i - 1, i + 1].filter((j) => j >= 0 && j < names.length && (seesUnlisted || spec(j).listed));
  return {
    name,
    organization: { name: s.organization! },
    region: { name: s.region! },
    offers: [...s.offers].sort((a, b) => a.localeCompare(b)).map((n) => ({ name: n })),
    seeks: s.seeks.map((n) => ({ name: n })),
    knows: neighbours.map((j) => ({ person: { name: names[j]! } })),
  };
}

let server: TestServer;
let share: string;
let cookie: string;

beforeAll(async () => {
  await importCommunity(db, community);
  share = await createShareLink(db, community.community.id);
  server = await startTestServer(db);
  cookie = await signedInFacilitator(db, server.url, [slug]);
});
afterAll(() => server.close());

async function readPeople(first: number, viewer: { share?: string; cookie?: string }) {
  const before = sessions;
  const res = await gql<{ community: { people: { nodes: Row[] } } }>(server.url, PEOPLE, { slug, first }, viewer);
  expect(res.errors).toBeUndefined();
  return { nodes: res.data!.community.people.nodes, sessions: sessions - before };
}

const SEARCH = (fields: string) => `query($slug: String!, $interest: String!) { community(slug: $slug) {
  searchPeople(search: { interest: $interest }, first: 30) { edges { node { ${fields} } } } } }`;

async function searchSessions(fields: string) {
  const before = sessions;
  const res = await gql<{ community: { searchPeople: { edges: { node: Row }[] } } }>(
    server.url,
    SEARCH(fields),
    { slug, interest: 'Quemas' },
    { share },
  );
  expect(res.errors).toBeUndefined();
  return { nodes: res.data!.community.searchPeople.edges.map((edge) => edge.node), sessions: sessions - before };
}

describe('person fields read in batches', () => {
  it('when a search asks for the profile fields, then they come with the read of the page, in no read of their own', async () => {
    await searchSessions('name');
    const lean = await searchSessions('name');
    const profile = await searchSessions('name organization { name } region { name } offers { name } seeks { name }');
    expect(profile.sessions).toBe(lean.sessions);
    expect(profile.nodes.length).toBeGreaterThan(10);
    for (const node of profile.nodes) expect(node).toEqual({ ...expected(node.name, false), knows: undefined });
  });

  it('when a page of people asks for organization, region, offers, seeks and knows, then the reads do not grow with the page', async () => {
    await readPeople(1, { share }); // caches per revision (share link, community) filled
    const one = await readPeople(1, { share });
    const page = await readPeople(30, { share });
    expect(page.nodes.length).toBeGreaterThan(20);
    expect(page.sessions).toBe(one.sessions);
  });

  it('when a share link reads the page, then each person has their own fields and no tie to an unlisted person', async () => {
    const { nodes } = await readPeople(30, { share });
    expect(nodes.map((n) => n.name)).toEqual(names.filter((_, i) => spec(i).listed));
    for (const node of nodes) expect(node).toEqual(expected(node.name, false));
  });

  it('when a facilitator reads the page, then unlisted people and their ties are there too', async () => {
    const { nodes } = await readPeople(30, { cookie });
    expect(nodes.map((n) => n.name)).toEqual(names);
    for (const node of nodes) expect(node).toEqual(expected(node.name, true));
  });
});
