import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../server/auth/token-hash.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;
let share: string;
let cookie: string;

/*
 * Yo seeks burning and restoration, offers brigades, satellite detection (rare) and education (common).
 * Ana offers burning and seeks brigades (a mutual fit) and knows Luis, whom Yo knows too. Gabi is a mutual
 * fit without contacts; Beto a one-way fit on two interests, reachable only through the unlisted Oculto.
 * Carla shares the rare interest, Dora and Eva the common one. Oculto (unlisted) and Callado (listed, not
 * contactable) would be perfect fits and must never be suggested. Marta–Callado–Dora is the only chain from
 * Yo to Dora. Listed people: 10 (everyone but Oculto); satellite: 2 of them, education: 6.
 */
const community = buildCommunity({
  regions: ['Occidente', 'Noroeste', 'Sur'],
  organizations: ['CONAFOR', 'Pronatura'],
  interests: [
    { name: 'Quemas prescritas', nameEn: 'Prescribed burning', synonyms: ['quemas controladas'] },
    { name: 'Brigadas comunitarias', nameEn: 'Community fire brigades' },
    { name: 'Detección satelital', nameEn: 'Satellite hotspot detection' },
    { name: 'Educación ambiental', nameEn: 'Environmental education' },
    { name: 'Restauración', nameEn: 'Restoration' },
    { name: 'Restauración de suelos', nameEn: 'Soil restoration' },
  ],
  people: [
    {
      name: 'Yo',
      region: 'Occidente',
      organization: 'Pronatura',
      seeks: ['Quemas prescritas', 'Restauración'],
      offers: ['Brigadas comunitarias', 'Detección satelital', 'Educación ambiental'],
    },
    {
      name: 'Ana',
      region: 'Occidente',
      organization: 'CONAFOR',
      participation: 'CORE',
      offers: ['Quemas prescritas'],
      seeks: ['Brigadas comunitarias'],
    },
    { name: 'Gabi', region: 'Sur', offers: ['Quemas prescritas'], seeks: ['Educación ambiental'] },
    { name: 'Beto', region: 'Noroeste', role: 'Jefe de brigada', offers: ['Quemas prescritas', 'Restauración'] },
    { name: 'Carla', region: 'Sur', offers: ['Detección satelital'] },
    { name: 'Dora', region: 'Sur', offers: ['Educación ambiental'], seeks: ['Restauración de suelos'] },
    { name: 'Eva', region: 'Occidente', participation: 'PERIPHERAL', offers: ['Educación ambiental'] },
    { name: 'Luis', region: 'Occidente', offers: ['Educación ambiental'] },
    { name: 'Marta', region: 'Occidente', offers: ['Educación ambiental'] },
    {
      name: 'Oculto',
      region: 'Occidente',
      listed: false,
      contactable: false,
      offers: ['Quemas prescritas'],
      seeks: ['Brigadas comunitarias'],
    },
    { name: 'Callado', region: 'Occidente', contactable: false, offers: ['Quemas prescritas'], seeks: ['Brigadas comunitarias'] },
  ],
  ties: [
    ['Yo', 'Luis'],
    ['Luis', 'Ana'],
    ['Yo', 'Marta'],
    ['Marta', 'Callado'],
    ['Callado', 'Dora'],
    ['Oculto', 'Yo'],
    ['Oculto', 'Beto'],
  ],
});
const slug = community.community.slug;
const idOf = (name: string) => community.people.find((p) => p.name === name)!.id;
const interestId = (name: string) => community.interests.find((i) => i.name === name)!.id;
const rarity = (holders: number) => Math.log(10 / holders) / Math.log(10);

const SUGGESTIONS = `query($s: String!, $id: ID!, $first: Int, $pref: RegionPreference, $lang: ReasonLanguage) {
  community(slug: $s) { peerSuggestions(personId: $id, first: $first, preference: $pref) {
    person { id name } score parts { complementarity sharedRarity proximity region }
    theyOffer { name } youOffer { name } shared { name } mutualContacts { name } reasons(language: $lang) } } }`;

type Suggestion = {
  person: { id: string; name: string };
  score: number;
  parts: { complementarity: number; sharedRarity: number; proximity: number; region: number };
  theyOffer: { name: string }[];
  youOffer: { name: string }[];
  shared: { name: string }[];
  mutualContacts: { name: string }[];
  reasons: string[];
};

async function suggestions(who: string, options: { share?: string; cookie?: string }, vars: Record<string, unknown> = {}) {
  const res = await gql(server.url, SUGGESTIONS, { s: slug, id: idOf(who), ...vars }, options);
  expect(res.errors).toBeUndefined();
  return res.data!.community.peerSuggestions as Suggestion[];
}

beforeAll(async () => {
  await importCommunity(db, community);
  server = await startTestServer(db);
  share = await createShareLink(db, community.community.id);
  cookie = await signedInFacilitator(db, server.url, [slug]);
});
afterAll(() => server.close());

describe('peerSuggestions', () => {
  it('when Yo asks, then the mutual fit with a shared contact ranks first and each fit counts by the rarity of its interest', async () => {
    const list = await suggestions('Yo', { share });
    // Beto's one-way fit on restoration (2 of 10 hold it) outranks Gabi's mutual fit on burning (5 of 10) and education (6).
    expect(list.slice(0, 4).map((s) => s.person.name)).toEqual(['Ana', 'Beto', 'Gabi', 'Carla']);
    expect(
      list
        .slice(4)
        .map((s) => s.person.name)
        .sort(),
    ).toEqual(['Dora', 'Eva']);
    const [ana, beto, gabi, carla] = list;
    expect(ana!.parts.complementarity).toBeCloseTo(1.5 * (rarity(5) + rarity(3)), 10);
    expect(ana!.parts).toMatchObject({ sharedRarity: 0, proximity: 0.5, region: 0 });
    expect(ana!.score).toBeCloseTo(1.5 * (rarity(5) + rarity(3)) + 0.5, 10);
    expect(gabi!.parts.complementarity).toBeCloseTo(1.5 * (rarity(5) + rarity(6)), 10);
    expect(beto!.parts).toEqual({ complementarity: 1.5 * rarity(2), sharedRarity: 0, proximity: 0, region: 0 });
    expect(carla!.parts.sharedRarity).toBeCloseTo(rarity(2), 10);
    expect(list.find((s) => s.person.name === 'Dora')!.parts.sharedRarity).toBeCloseTo(rarity(6), 10);
    expect(ana!.theyOffer.map((i) => i.name)).toEqual(['Quemas prescritas']);
    expect(ana!.youOffer.map((i) => i.name)).toEqual(['Brigadas comunitarias']);
    expect(beto!.theyOffer.map((i) => i.name)).toEqual(['Quemas prescritas', 'Restauración']);
    expect(carla!.shared.map((i) => i.name)).toEqual(['Detección satelital']);
  });

  it('when the suggestion has a mutual contact, then the reasons name them, in English and Spanish', async () => {
    const [ana] = await suggestions('Yo', { share });
    expect(ana!.mutualContacts.map((c) => c.name)).toEqual(['Luis']);
    expect(ana!.reasons).toEqual([
      'Ana (CONAFOR, Occidente) offers prescribed burning, which you seek',
      'Ana seeks community fire brigades, which you offer',
      'You and Ana both know Luis',
      'Ana is in your region (Occidente)',
    ]);
    const [anaEs] = await suggestions('Yo', { share }, { lang: 'ES' });
    expect(anaEs!.reasons[0]).toBe('Ana (CONAFOR, Occidente) ofrece quemas prescritas, que tú buscas');
    expect(anaEs!.reasons[2]).toBe('Tú y Ana conocen a Luis');
  });

  it('when anyone asks, then unlisted and non-contactable people and existing ties are never suggested', async () => {
    for (const options of [{ share }, { cookie }]) {
      const names = (await suggestions('Yo', options)).map((s) => s.person.name);
      expect(names).not.toContain('Oculto');
      expect(names).not.toContain('Callado');
      expect(names).not.toContain('Luis');
      expect(names).not.toContain('Marta');
      expect(names).not.toContain('Yo');
    }
    const fromAna = (await suggestions('Ana', { cookie })).map((s) => s.person.name);
    expect(fromAna).not.toContain('Luis');
    expect(fromAna).toContain('Yo');
  });

  it('when the mutual contact cannot introduce them (unlisted or not contactable), then no viewer is told they both know them', async () => {
    for (const options of [{ share }, { cookie }]) {
      const beto = (await suggestions('Yo', options)).find((s) => s.person.name === 'Beto')!;
      expect(beto.mutualContacts).toEqual([]);
      expect(beto.parts.proximity).toBe(0);
      expect(JSON.stringify(beto)).not.toContain('Oculto');
      expect(await path('Yo', 'Beto', options)).toBeNull();
    }
  });

  it('when a peripheral member without ties asks, then they still get suggestions', async () => {
    const list = await suggestions('Eva', { share });
    // Gabi fits; the others share one interest equally, in an order drawn from the ids, never by name.
    expect(list[0]!.person.name).toBe('Gabi');
    expect(
      list
        .slice(1)
        .map((s) => s.person.name)
        .sort(),
    ).toEqual(['Dora', 'Luis', 'Marta', 'Yo']);
    expect(list[0]!.reasons[0]).toBe('Gabi (Sur) seeks environmental education, which you offer');
    expect(list.find((s) => s.person.name === 'Yo')!.reasons[0]).toBe(
      'Yo (Pronatura, Occidente) shares your interest in environmental education',
    );
  });

  it('when a region is preferred, then people there get half a point more', async () => {
    const same = await suggestions('Yo', { share }, { pref: 'SAME_REGION' });
    expect(same.map((s) => [s.person.name, s.parts.region])).toEqual([
      ['Ana', 0.5],
      ['Beto', 0],
      ['Gabi', 0],
      ['Eva', 0.5],
      ['Carla', 0],
      ['Dora', 0],
    ]);
    const other = await suggestions('Yo', { share }, { pref: 'OTHER_REGION' });
    expect(other.map((s) => [s.person.name, s.parts.region])).toEqual([
      ['Ana', 0],
      ['Beto', 0.5],
      ['Gabi', 0.5],
      ['Carla', 0.5],
      ['Dora', 0.5],
      ['Eva', 0],
    ]);
    expect(other.find((s) => s.person.name === 'Beto')!.reasons.at(-1)).toBe(
      'Beto is in another region (Noroeste): a bridge between clusters',
    );
  });

  it('when someone new who offers what I seek arrives, then they are suggested at once', async () => {
    const small = buildCommunity({
      interests: ['Quemas prescritas', 'Radio'],
      people: [
        { name: 'Nueva Busca', seeks: ['Quemas prescritas'] },
        { name: 'Otro', offers: ['Radio'] },
      ],
    });
    await importCommunity(db, small);
    const facilitator = await signedInFacilitator(db, server.url, [small.community.slug]);
    const ask = async () => {
      const res = await gql(server.url, SUGGESTIONS, { s: small.community.slug, id: small.people[0]!.id }, { cookie: facilitator });
      expect(res.errors).toBeUndefined();
      return (res.data!.community.peerSuggestions as Suggestion[]).map((s) => s.person.name);
    };
    expect(await ask()).not.toContain('Recién Llegada');
    const [seeker] = small.people;
    small.people.push({ ...seeker!, id: randomUUID(), name: 'Recién Llegada', seeks: [], offers: [small.interests[0]!.id] });
    await importCommunity(db, small);
    expect((await ask())[0]).toBe('Recién Llegada');
  });

  it('when first is given, then at most that many come back; above 50 it is refused', async () => {
    expect(await suggestions('Yo', { share }, { first: 2 })).toHaveLength(2);
    const res = await gql(server.url, SUGGESTIONS, { s: slug, id: idOf('Yo'), first: 51 }, { share });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('when the person is unknown, or unlisted and the viewer a share link, then NOT_FOUND without a name', async () => {
    for (const id of ['no-such-person', idOf('Oculto')]) {
      const res = await gql(server.url, SUGGESTIONS, { s: slug, id }, { share });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(JSON.stringify(res)).not.toContain('Oculto');
    }
    const facilitator = await gql(server.url, SUGGESTIONS, { s: slug, id: idOf('Oculto') }, { cookie });
    expect(facilitator.errors).toBeUndefined();
  });
});

const PATH = `query($s: String!, $from: ID!, $to: ID!) { community(slug: $s) { introductionPath(fromId: $from, toId: $to) { id name } } }`;

async function path(from: string, to: string, options: { share?: string; cookie?: string } = { share }) {
  const res = await gql(server.url, PATH, { s: slug, from: idOf(from), to: idOf(to) }, options);
  expect(res.errors).toBeUndefined();
  const people = res.data!.community.introductionPath as { name: string }[] | null;
  return people && people.map((p) => p.name);
}

describe('introductionPath', () => {
  it('when two people share a contact, then the chain runs through them', async () => {
    expect(await path('Yo', 'Ana')).toEqual(['Yo', 'Luis', 'Ana']);
    expect(await path('Ana', 'Marta')).toEqual(['Ana', 'Luis', 'Yo', 'Marta']);
  });

  it('when the only chain passes a non-contactable or unlisted person, then there is none, for every viewer', async () => {
    for (const options of [{ share }, { cookie }]) {
      expect(await path('Yo', 'Dora', options)).toBeNull();
      expect(await path('Yo', 'Beto', options)).toBeNull();
    }
  });

  it('when nobody links two people, then null; the same person at both ends, then an empty chain', async () => {
    expect(await path('Yo', 'Carla')).toBeNull();
    expect(await path('Yo', 'Yo')).toEqual([]);
  });

  it('when an end is unknown or invisible to the viewer, then NOT_FOUND', async () => {
    for (const [from, to] of [
      [idOf('Yo'), 'nobody'],
      [idOf('Oculto'), idOf('Yo')],
    ]) {
      const res = await gql(server.url, PATH, { s: slug, from, to }, { share });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const direct = await gql(server.url, PATH, { s: slug, from: idOf('Oculto'), to: idOf('Yo') }, { cookie });
    expect(direct.data!.community.introductionPath.map((p: { name: string }) => p.name)).toEqual(['Oculto', 'Yo']);
  });
});

const SEARCH = `query($s: String!, $q: PeopleSearch!, $first: Int, $after: String) { community(slug: $s) {
  searchPeople(search: $q, first: $first, after: $after) { totalCount edges { cursor match node { id name } } pageInfo { hasNextPage endCursor } } } }`;

async function search(
  q: Record<string, unknown>,
  options: { share?: string; cookie?: string } = { share },
  page: { first?: number; after?: string } = {},
) {
  const res = await gql(server.url, SEARCH, { s: slug, q, ...page }, options);
  expect(res.errors).toBeUndefined();
  const connection = res.data!.community.searchPeople;
  return {
    ...connection,
    names: connection.edges.map((e: { node: { name: string } }) => e.node.name) as string[],
    matches: connection.edges.map((e: { match: string | null; node: { name: string } }) => `${e.node.name}:${e.match}`) as string[],
  };
}

describe('searchPeople', () => {
  it('when searching an interest by its Spanish name, English name, synonym, or without accents and capitals, then the same people', async () => {
    // Ana is a coordinator; Callado has two ties to listed people, Beto and Gabi none.
    const expected = ['Ana:OFFERS', 'Callado:OFFERS', 'Beto:OFFERS', 'Gabi:OFFERS', 'Yo:SEEKS'];
    for (const interest of ['Quemas prescritas', 'prescribed BURNING', 'quemas controladas', ' QUÉMAS   Prescritas ']) {
      expect((await search({ interest })).matches).toEqual(expected);
    }
    expect((await search({ interestId: interestId('Quemas prescritas') })).matches).toEqual(expected);
  });

  it('when ranking, then exact interest matches come first, offering before seeking, then the most active', async () => {
    // "restauracion": exact for Restauración (Beto offers, Yo seeks), partial for Restauración de suelos (Dora seeks).
    expect((await search({ interest: 'restauracion' })).matches).toEqual(['Beto:OFFERS', 'Yo:SEEKS', 'Dora:SEEKS']);
    // Facilitators see Oculto; Callado has two ties, Oculto two, Beto one, Gabi none.
    expect((await search({ interest: 'Quemas prescritas' }, { cookie })).names).toEqual(['Ana', 'Callado', 'Oculto', 'Beto', 'Gabi', 'Yo']);
  });

  it('when free text is given, then names, roles, organizations and interests match it, accent- and case-insensitively', async () => {
    expect((await search({ text: 'ana' })).names).toEqual(['Ana']);
    expect((await search({ text: 'JEFE brigada' })).names).toEqual(['Beto']);
    expect((await search({ text: 'conafor' })).names).toEqual(['Ana']);
    expect((await search({ text: 'deteccion' })).names).toEqual(['Yo', 'Carla']);
    expect((await search({ text: 'ana' })).edges[0].match).toBeNull();
  });

  it('when the text is Lucene syntax or a Cypher fragment, then it is searched as plain words, all of them required', async () => {
    for (const text of [
      '*',
      '*:*',
      '?',
      '"',
      '(',
      ')',
      '\\',
      '~',
      '[a TO z]',
      'name:*',
      'ana~2',
      'ana OR beto',
      '+ana -beto',
      "') MATCH (n) DETACH DELETE n //",
      '${x}',
    ]) {
      const res = await gql(server.url, SEARCH, { s: slug, q: { text } }, { share });
      expect(res.errors, text).toBeUndefined();
      expect(res.data!.community.searchPeople.totalCount, text).toBe(0);
    }
    for (const text of ['ana~', 'AND ana', '"ana"', '(ana)', 'ana*', 'ana\\', '+ana']) {
      expect((await search({ text })).names, text).toEqual(['Ana']);
    }
    for (const interest of ['quemas OR brigadas', "quemas' OR 1=1 //", '*']) {
      expect((await search({ interest })).totalCount, interest).toBe(0);
    }
    const everyone = await search({ text: 'brigadista' }, { cookie });
    expect(everyone.totalCount).toBe(10);
  });

  it('when criteria are combined, then every one must hold', async () => {
    const regionId = community.regions.find((r) => r.name === 'Occidente')!.id;
    expect((await search({ interest: 'Educación ambiental', regionId })).names).toEqual(['Luis', 'Marta', 'Yo', 'Eva']);
    expect((await search({ interest: 'Educación ambiental', regionId, participation: 'PERIPHERAL' })).names).toEqual(['Eva']);
    const organizationId = community.organizations.find((o) => o.name === 'CONAFOR')!.id;
    expect((await search({ interest: 'quemas', organizationId })).matches).toEqual(['Ana:OFFERS']);
    expect((await search({ interest: 'quemas', text: 'gabi' })).matches).toEqual(['Gabi:OFFERS']);
  });

  it('when paging, then pages follow the ranking without gaps or repeats, and first above 100 is refused', async () => {
    const all = await search({ interest: 'Educación ambiental' });
    expect(all.totalCount).toBe(6);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await search({ interest: 'Educación ambiental' }, { share }, { first: 3, after });
      expect(page.totalCount).toBe(6);
      seen.push(...page.names);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.names);
    const tooMany = await gql(server.url, SEARCH, { s: slug, q: { text: 'a' }, first: 101 }, { share });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await gql(server.url, SEARCH, { s: slug, q: { text: 'a' }, after: 'bm9wZQ' }, { share });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('when a share link searches, then unlisted people are neither listed nor counted', async () => {
    const viaShare = await search({ interest: 'Quemas prescritas' });
    expect(viaShare.totalCount).toBe(5);
    expect(JSON.stringify(viaShare)).not.toContain(idOf('Oculto'));
    expect((await search({ text: 'oculto' })).totalCount).toBe(0);
    expect((await search({ interest: 'Quemas prescritas' }, { cookie })).totalCount).toBe(6);
  });
});

const INTEREST_PAGE = `query($s: String!, $id: ID!) { community(slug: $s) { interestPage(id: $id) {
  interest { name nameEn } offeredBy { name } soughtBy { name }
  regions { region { name } offerers seekers }
  gaps { region { name } seekers { name } nearestOfferers { person { name } hops } } } } }`;

describe('interestPage', () => {
  it('when a region seeks what nobody there offers, then it is a gap with the nearest offerers elsewhere', async () => {
    const res = await gql(server.url, INTEREST_PAGE, { s: slug, id: interestId('Restauración') }, { share });
    expect(res.errors).toBeUndefined();
    const page = res.data!.community.interestPage;
    expect(page.interest).toEqual({ name: 'Restauración', nameEn: 'Restoration' });
    expect(page.offeredBy.map((p: { name: string }) => p.name)).toEqual(['Beto']);
    expect(page.soughtBy.map((p: { name: string }) => p.name)).toEqual(['Yo']);
    expect(page.regions).toEqual([
      { region: { name: 'Occidente' }, offerers: 0, seekers: 1 },
      { region: { name: 'Noroeste' }, offerers: 1, seekers: 0 },
    ]);
    // Beto is reachable from Yo only through the unlisted Oculto: not within reach on a share link.
    expect(page.gaps).toEqual([
      { region: { name: 'Occidente' }, seekers: [{ name: 'Yo' }], nearestOfferers: [{ person: { name: 'Beto' }, hops: null }] },
    ]);
    const facilitated = await gql(server.url, INTEREST_PAGE, { s: slug, id: interestId('Restauración') }, { cookie });
    expect(facilitated.data!.community.interestPage.gaps[0].nearestOfferers).toEqual([{ person: { name: 'Beto' }, hops: 2 }]);
  });

  it('when a share link opens an interest page, then unlisted people are neither listed nor counted', async () => {
    const res = await gql(server.url, INTEREST_PAGE, { s: slug, id: interestId('Quemas prescritas') }, { share });
    const page = res.data!.community.interestPage;
    expect(JSON.stringify(page)).not.toContain('Oculto');
    expect(page.offeredBy.map((p: { name: string }) => p.name)).toEqual(['Ana', 'Callado', 'Beto', 'Gabi']);
    expect(page.regions.reduce((n: number, r: { offerers: number }) => n + r.offerers, 0)).toBe(4);
    expect(page.gaps).toEqual([]);
  });

  it('when the id is not an interest of this community, then NOT_FOUND', async () => {
    const res = await gql(server.url, INTEREST_PAGE, { s: slug, id: idOf('Yo') }, { share });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('MyRecord.peerSuggestions', () => {
  it('when an unlisted participant opens their private link, then they get suggestions among listed people only', async () => {
    const token = `peers-test-${randomUUID()}`;
    await db.driver.executeQuery('MATCH (p:Person {id: $id}) CREATE (:PrivateLink {tokenHash: $hash})-[:OPENS]->(p)', {
      id: idOf('Oculto'),
      hash: hashToken(token),
    });
    const res = await gql(
      server.url,
      'query($t: String!) { myRecord(token: $t) { peerSuggestions { person { name } mutualContacts { name } reasons } } }',
      { t: token },
    );
    expect(res.errors).toBeUndefined();
    const list = res.data!.myRecord.peerSuggestions as Suggestion[];
    // Yo and Beto are already tied to Oculto; Callado is not contactable.
    // Luis and Marta tie (one mutual contact each), in an order drawn from their random ids.
    expect([list[0]!.person.name, list[3]!.person.name, list.length]).toEqual(['Ana', 'Gabi', 4]);
    expect(
      list
        .slice(1, 3)
        .map((s) => s.person.name)
        .sort(),
    ).toEqual(['Luis', 'Marta']);
    expect(list[1]!.mutualContacts).toEqual([{ name: 'Yo' }]);
    const tooMany = await gql(server.url, 'query($t: String!) { myRecord(token: $t) { peerSuggestions(first: 51) { score } } }', {
      t: token,
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
