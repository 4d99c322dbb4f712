import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { upsertUser } from '../../server/auth/user-repository.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { hashToken } from '../../server/auth/token-hash.ts';
import { writeTx } from '../../server/db/transaction.ts';
import { createShareLink, migrateShareLinks } from '../../server/sharing/share-link-repository.ts';
import { gql, sessionCookie, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;
let share: string; // a share-link viewer of `community`
let facilitator: string; // session cookie of a facilitator of `community`

// 25 listed people plus one unlisted person with an email, in two regions, with ties.
const community = buildCommunity({
  regions: ['Occidente', 'Centro'],
  organizations: ['CONAFOR'],
  interests: ['Quemas prescritas', 'Restauración'],
  people: [
    {
      name: 'Ana Ruiz',
      region: 'Occidente',
      organization: 'CONAFOR',
      offers: ['Quemas prescritas'],
      seeks: ['Restauración'],
      email: 'ana@example.org',
    },
    { name: 'Luis Pérez', region: 'Centro' },
    { name: 'Oculta Privada', region: 'Centro', listed: false, contactable: false, email: 'oculta@example.org' },
    ...Array.from({ length: 23 }, (_, i) => ({ name: `Persona ${String(i).padStart(2, '0')}`, region: 'Occidente' })),
  ],
  ties: [
    ['Ana Ruiz', 'Luis Pérez'],
    ['Ana Ruiz', 'Oculta Privada'],
  ],
});
const other = buildCommunity({ people: [{ name: 'Ana Ruiz' }, { name: 'Extraña' }], ties: [['Ana Ruiz', 'Extraña']] });
const ana = community.people[0]!;
// Ana knows Luis, who knows Marta.
const mutual = buildCommunity({
  people: [{ name: 'Ana' }, { name: 'Luis' }, { name: 'Marta' }],
  ties: [
    ['Ana', 'Luis'],
    ['Luis', 'Marta'],
  ],
});

beforeAll(async () => {
  await importCommunity(db, community);
  await importCommunity(db, other);
  await importCommunity(db, mutual);
  server = await startTestServer(db);
  share = await createShareLink(db, community.community.id);
  facilitator = await signInAs(`fac-${community.community.slug}@example.org`, [community.community.slug]);
});
afterAll(() => server.close());

async function signInAs(email: string, communitySlugs: string[]) {
  await upsertUser(db, { email, passwordHash: await hashPassword('a long password'), role: 'FACILITATOR', communitySlugs });
  return sessionCookie(
    await gql(server.url, 'mutation { signIn(email: $e, password: "a long password") { id } }'.replace('$e', JSON.stringify(email))),
  );
}

describe('community(slug)', () => {
  it('when paging through people, then every listed person comes exactly once, in name order, with totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: any = await gql(
        server.url,
        `query($slug: String!, $after: String) { community(slug: $slug) {
          people(first: 10, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } } }`,
        { slug: community.community.slug, after },
        { share },
      );
      const people = res.data.community.people;
      expect(people.totalCount).toBe(25);
      seen.push(...people.nodes.map((n: { name: string }) => n.name));
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(seen).toEqual([...seen].sort((a, b) => a.localeCompare(b, 'es')));
    expect(seen).not.toContain('Oculta Privada');
  });

  it('when the slug is unknown, then community is null, not an error', async () => {
    const res = await gql(server.url, '{ community(slug: "no-such-community") { name } }', {}, { cookie: facilitator });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ community: null });
  });

  it('when first is above 100 or the cursor is forged, then BAD_USER_INPUT', async () => {
    const big = await gql(
      server.url,
      `{ community(slug: "${community.community.slug}") { people(first: 101) { totalCount } } }`,
      {},
      { share },
    );
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await gql(
      server.url,
      `{ community(slug: "${community.community.slug}") { people(after: "bm9wZQ") { totalCount } } }`,
      {},
      { share },
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('when reading organizations, regions and interests, then they come sorted by name', async () => {
    const res: any = await gql(
      server.url,
      `{ community(slug: "${community.community.slug}") {
      organizations { name } regions { name } interests { name } } }`,
      {},
      { share },
    );
    expect(res.data.community.regions.map((r: { name: string }) => r.name)).toEqual(['Centro', 'Occidente']);
    expect(res.data.community.organizations).toEqual([{ name: 'CONAFOR' }]);
    expect(res.data.community.interests.map((i: { name: string }) => i.name)).toEqual(['Quemas prescritas', 'Restauración']);
  });

  it('when a share-link viewer reads the map, then the unlisted person and their ties are absent', async () => {
    const res: any = await gql(
      server.url,
      `{ community(slug: "${community.community.slug}") { map { people { id } ties { source target } } } }`,
      {},
      { share },
    );
    const ids = res.data.community.map.people.map((p: { id: string }) => p.id);
    const hidden = community.people.find((p) => !p.listed)!.id;
    expect(ids).toHaveLength(25);
    expect(ids).not.toContain(hidden);
    expect(res.data.community.map.ties).toHaveLength(1);
    expect(JSON.stringify(res.data)).not.toContain(hidden);
  });

  it('when a pair has a KNOWS each way, then the map and the cluster map count one tie', async () => {
    // Writes keep one KNOWS per pair; the map must not count a pair twice if data ever holds both.
    await db.driver.executeQuery('MATCH (a:Person {id: $a}), (b:Person {id: $b}) CREATE (b)-[:KNOWS]->(a)', {
      a: mutual.people[0]!.id,
      b: mutual.people[1]!.id,
    });
    const link = await createShareLink(db, mutual.community.id);
    const res: any = await gql(
      server.url,
      `{ community(slug: "${mutual.community.slug}") {
      map { ties { id source target } } clusterMap(groupBy: DETECTED) { network { ties } } } }`,
      {},
      { share: link },
    );
    const [ana, luis, marta] = mutual.people.map((p) => p.id);
    const pair = (a: string, b: string) => (a < b ? { source: a, target: b } : { source: b, target: a });
    const ties = res.data.community.map.ties.map(({ source, target }: { source: string; target: string }) => ({ source, target }));
    expect(ties).toHaveLength(2);
    expect(ties).toEqual(expect.arrayContaining([pair(ana!, luis!), pair(luis!, marta!)]));
    expect(res.data.community.clusterMap.network.ties).toBe(2);
  });
});

describe('person(id)', () => {
  it('when a share-link viewer opens a person, then organization, region, offers, seeks and visible ties come along, email hidden', async () => {
    const res: any = await gql(
      server.url,
      `query($slug: String!, $id: ID!) { community(slug: $slug) { person(id: $id) { name email participation consent { listed }
      organization { name } region { name } offers { name } seeks { name } knows { person { name } reportedById confirmed } } } }`,
      { slug: community.community.slug, id: ana.id },
      { share },
    );
    expect(res.data.community.person).toEqual({
      name: 'Ana Ruiz',
      email: null,
      participation: 'ACTIVE',
      consent: { listed: true },
      organization: { name: 'CONAFOR' },
      region: { name: 'Occidente' },
      offers: [{ name: 'Quemas prescritas' }],
      seeks: [{ name: 'Restauración' }],
      knows: [{ person: { name: 'Luis Pérez' }, reportedById: ana.id, confirmed: false }],
    });
  });

  it('when the id is unknown or the person unlisted, then null', async () => {
    const hidden = community.people.find((p) => !p.listed)!;
    const res = await gql(
      server.url,
      'query($s: String!, $a: ID!, $b: ID!, $c: ID!) { community(slug: $s) { a: person(id: $a) { name } b: person(id: $b) { name } c: person(id: $c) { name } } }',
      {
        s: community.community.slug,
        a: 'no-such-id',
        b: hidden.id,
        c: other.people[1]!.id, // listed, but of another community
      },
      { share },
    );
    expect(res.data).toEqual({ community: { a: null, b: null, c: null } });
  });

  it('when two communities have a person of the same name, then ties never cross between them', async () => {
    const cookie = await signInAs(`other-${other.community.slug}@example.org`, [other.community.slug]);
    const res: any = await gql(
      server.url,
      'query($id: ID!) { person(id: $id) { knows { person { name } } } }',
      { id: other.people[0]!.id },
      { cookie },
    );
    expect(res.data.person.knows).toEqual([{ person: { name: 'Extraña' } }]);
  });

  it('when a facilitator of the community asks, then unlisted people and emails are visible; a facilitator elsewhere sees nothing of the community', async () => {
    const query = `query($slug: String!, $id: ID!) { community(slug: $slug) { people(first: 50) { totalCount } }
      person(id: $id) { email knows { person { name } } } }`;
    const variables = { slug: community.community.slug, id: ana.id };
    const own: any = await gql(server.url, query, variables, {
      cookie: await signInAs(`own-${community.community.slug}@example.org`, [community.community.slug]),
    });
    expect(own.data.community.people.totalCount).toBe(26);
    expect(own.data.person.email).toBe('ana@example.org');
    expect(own.data.person.knows).toHaveLength(2);
    const elsewhere: any = await gql(server.url, query, variables, {
      cookie: await signInAs(`else-${community.community.slug}@example.org`, [other.community.slug]),
    });
    expect(elsewhere.data).toEqual({ community: null, person: null });
  });
});

describe('GraphQL edge', () => {
  it('when the query is malformed, then 400 with the parse error', async () => {
    const res = await gql(server.url, '{ community(slug: ');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/Syntax Error/);
  });

  it('when a query is deeper than allowed, then it is refused before running', async () => {
    const deep = `{ person(id: "${ana.id}") { ${'knows { person { '.repeat(8)} name ${'} } '.repeat(8)} } }`;
    const res = await gql(server.url, deep);
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
    expect(res.data?.person).toBeUndefined();
  });
});

describe('share links in use', () => {
  const query = `query($s: String!) { community(slug: $s) { name } }`;
  const LINKS = `query($s: String!) { community(slug: $s) { shareLinks { id name createdAt lastUsedAt } } }`;
  const opens = async (token: string) =>
    (await gql(server.url, query, { s: community.community.slug }, { share: token })).data?.community?.name === community.community.name;
  const links = async (): Promise<{ id: string; name: string; createdAt: string; lastUsedAt: string | null }[]> =>
    ((await gql(server.url, LINKS, { s: community.community.slug }, { cookie: facilitator })) as any).data.community.shareLinks;
  const create = async (name: string) => {
    const res: any = await gql(
      server.url,
      'mutation($s: String!, $n: String) { createShareLink(communitySlug: $s, name: $n) { path } }',
      { s: community.community.slug, n: name },
      { cookie: facilitator },
    );
    return (res.data.createShareLink.path as string).replace('/s/', '');
  };

  it('when two named links are created and one is revoked, then the other still opens the community and the revoked one opens nothing at once', async () => {
    const first = await create('Coordinadora Occidente');
    const second = await create('Pantalla del pasillo');
    expect(await opens(first)).toBe(true);
    expect(await opens(second)).toBe(true);
    const listed = await links();
    const mine = listed.filter((l) => ['Coordinadora Occidente', 'Pantalla del pasillo'].includes(l.name));
    expect(mine.map((l) => l.name)).toEqual(['Pantalla del pasillo', 'Coordinadora Occidente']);
    // Used just now: the use is written down off the request's path.
    await expect.poll(async () => (await links()).find((l) => l.name === 'Coordinadora Occidente')?.lastUsedAt ?? null).not.toBeNull();

    const revoked: any = await gql(
      server.url,
      'mutation($s: String!, $id: ID!) { revokeShareLink(communitySlug: $s, id: $id) }',
      { s: community.community.slug, id: mine[1]!.id },
      { cookie: facilitator },
    );
    expect(revoked.data).toEqual({ revokeShareLink: true });
    expect((await gql(server.url, query, { s: community.community.slug }, { share: first })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await opens(second)).toBe(true);
    expect(await opens(share)).toBe(true);
    expect((await links()).map((l) => l.name)).not.toContain('Coordinadora Occidente');
  });

  it('when a link is revoked twice, from another community, or named badly, then NOT_FOUND or BAD_USER_INPUT naming the field, and nothing changes', async () => {
    await create('Una vez');
    const [link] = (await links()).filter((l) => l.name === 'Una vez');
    const revoke = (id: string, s = community.community.slug) =>
      gql(
        server.url,
        'mutation($s: String!, $id: ID!) { revokeShareLink(communitySlug: $s, id: $id) }',
        { s, id },
        { cookie: facilitator },
      );
    expect((await revoke(link!.id, other.community.slug)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await links()).map((l) => l.id)).toContain(link!.id);
    expect((await revoke(link!.id)).data).toEqual({ revokeShareLink: true });
    expect((await revoke(link!.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const name of ['', ' '.repeat(3), 'x'.repeat(81), 'a\u0000b']) {
      const res = await gql(
        server.url,
        'mutation($s: String!, $n: String) { createShareLink(communitySlug: $s, name: $n) { path } }',
        { s: community.community.slug, n: name },
        { cookie: facilitator },
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    }
  });

  it('when a share viewer asks for the share links, then the list is empty: names and uses are the facilitators’', async () => {
    const res: any = await gql(server.url, LINKS, { s: community.community.slug }, { share });
    expect(res.data.community.shareLinks).toEqual([]);
  });

  it('when a link was made before links had names, then after the migration it still opens, is listed with a name and can be revoked alone', async () => {
    const token = 'legacy-link-' + community.community.id;
    const before = new Set((await links()).map((l) => l.id));
    await writeTx(
      db,
      (tx) =>
        tx.run('CREATE (:ShareLink {tokenHash: $h, communityId: $c, createdAt: datetime()})', {
          h: hashToken(token),
          c: community.community.id,
        }),
      { community: community.community.id },
    );
    await migrateShareLinks(db, null);
    await migrateShareLinks(db, null);
    expect(await opens(token)).toBe(true);
    const legacy = (await links()).filter((l) => !before.has(l.id));
    expect(legacy.map((l) => l.name)).toEqual(['Share link']);
    await gql(
      server.url,
      'mutation($s: String!, $id: ID!) { revokeShareLink(communitySlug: $s, id: $id) }',
      { s: community.community.slug, id: legacy[0]!.id },
      { cookie: facilitator },
    );
    expect(await opens(token)).toBe(false);
    expect(await opens(share)).toBe(true);
  });
});
