import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { readTx } from '../../server/db/transaction.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { JOIN_CODE_ALPHABET } from '../../server/workshops/join-code.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;

const SUBMIT = `mutation($code: String!, $input: SurveyInput!) {
  submitSurvey(code: $code, input: $input) { personId privateToken } }`;
const CREATE = `mutation($slug: String!, $input: CreateWorkshopInput!) {
  createWorkshop(communitySlug: $slug, input: $input) { id code joinPath status } }`;

beforeAll(async () => {
  server = await startTestServer(db);
});
afterAll(() => server.close());

/** A fresh community with two regions, CONAFOR, two interests and Luis; a facilitator and an open workshop. */
async function setUp() {
  const data = buildCommunity({
    regions: ['Occidente', 'Centro'],
    organizations: ['CONAFOR'],
    interests: ['Quemas prescritas', 'Restauración'],
    people: [{ name: 'Luis Pérez', region: 'Centro', organization: 'CONAFOR' }],
  });
  await importCommunity(db, data);
  const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
  const created: any = await gql(
    server.url,
    CREATE,
    { slug: data.community.slug, input: { title: 'Taller Occidente', date: '2025-03-14' } },
    { cookie },
  );
  const workshop = created.data.createWorkshop as { id: string; code: string };
  const ids = {
    luis: data.people[0]!.id,
    occidente: data.regions[0]!.id,
    conafor: data.organizations[0]!.id,
    quemas: data.interests[0]!.id,
  };
  return { data, cookie, workshop, ids };
}

const answers = (overrides: Record<string, unknown> = {}) => ({
  submissionId: randomUUID(),
  name: 'Ana Ruiz',
  consent: { listed: true, contactable: true },
  ...overrides,
});

/** Counts of a community's records, straight from Neo4j. */
function counts(communityId: string) {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `RETURN COUNT { (p:Person {communityId: $c}) } AS people, COUNT { (o:Organization {communityId: $c}) } AS organizations,
              COUNT { (i:Interest {communityId: $c}) } AS interests,
              COUNT { (a:Person {communityId: $c})-[:KNOWS]->(b:Person) } AS ties`,
      { c: communityId },
    );
    return result.records[0]!.toObject() as { people: number; organizations: number; interests: number; ties: number };
  });
}

describe('workshops', () => {
  it('when a facilitator creates a workshop, then it is open with a 6-character code without look-alikes', async () => {
    const { workshop } = await setUp();
    expect(workshop.code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    const info: any = await gql(
      server.url,
      '{ workshop(code: "' + workshop.code.toLowerCase() + '") { title status regions { name } interests { name } } }',
    );
    expect(info.data.workshop).toMatchObject({ title: 'Taller Occidente', status: 'OPEN' });
    expect(info.data.workshop.regions).toHaveLength(2);
  });

  it('when someone without an account creates a workshop, then UNAUTHENTICATED; a facilitator elsewhere gets NOT_FOUND', async () => {
    const { data } = await setUp();
    const other = await setUp();
    const input = { title: 'x', date: '2025-01-01' };
    const anonymous = await gql(server.url, CREATE, { slug: data.community.slug, input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const elsewhere = await gql(server.url, CREATE, { slug: data.community.slug, input }, { cookie: other.cookie });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byId = await gql(
      server.url,
      'query($id: ID!) { workshopById(id: $id) { title } }',
      { id: other.workshop.id },
      { cookie: (await setUp()).cookie },
    );
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('when the code is unknown, then NOT_FOUND with a clear message', async () => {
    const res = await gql(server.url, '{ workshop(code: "ZZZZZZ") { title } }');
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(res.errors?.[0]?.message).toMatch(/No workshop has the code ZZZZZZ/);
  });
});

describe('submitSurvey', () => {
  it('when a participant submits, then the person, organization (matched by normalized name), interests and ties exist', async () => {
    const { data, workshop, ids, cookie } = await setUp();
    const input = answers({
      email: 'Ana@Example.org',
      organization: { name: ' conafor ' },
      regionId: ids.occidente,
      offers: [{ id: ids.quemas }, { name: 'Detección  por satélite' }],
      seeks: [{ name: 'restauracion' }],
      knows: [{ personId: ids.luis }, { name: 'Marta Gómez', organization: 'Ejido El Largo' }],
    });
    const res: any = await gql(server.url, SUBMIT, { code: workshop.code, input });
    expect(res.errors).toBeUndefined();
    expect(res.data.submitSurvey.privateToken).toEqual(expect.any(String));
    expect(res.data.submitSurvey.privateToken).toMatch(/^[\w-]{40,}$/);

    const person: any = await gql(
      server.url,
      `query($id: ID!) { person(id: $id) { name email organization { name } region { name }
      offers { name } seeks { name } knows { person { name } } } }`,
      { id: res.data.submitSurvey.personId },
      { cookie },
    );
    expect(person.data.person).toEqual({
      name: 'Ana Ruiz',
      email: 'Ana@Example.org',
      organization: { name: 'CONAFOR' },
      region: { name: 'Occidente' },
      offers: [{ name: 'Detección por satélite' }, { name: 'Quemas prescritas' }],
      seeks: [{ name: 'Restauración' }],
      knows: [{ person: { name: 'Luis Pérez' } }, { person: { name: 'Marta Gómez' } }],
    });
    // Marta was named, not asked: she is on the map for facilitators only.
    const share = await createShareLink(db, data.community.id);
    const sharedView: any = await gql(
      server.url,
      'query($s: String!, $id: ID!) { community(slug: $s) { person(id: $id) { knows { person { name } } } } }',
      { s: data.community.slug, id: res.data.submitSurvey.personId },
      { share },
    );
    expect(sharedView.data.community.person.knows).toEqual([{ person: { name: 'Luis Pérez' } }]);
    expect(await counts(data.community.id)).toEqual({ people: 3, organizations: 2, interests: 3, ties: 2 });
  });

  it('when the same submission arrives again, then the same receipt comes back and nothing is duplicated', async () => {
    const { data, workshop, ids } = await setUp();
    const input = answers({ offers: [{ name: 'Brigadas' }], knows: [{ personId: ids.luis }] });
    const first: any = await gql(server.url, SUBMIT, { code: workshop.code, input });
    const again: any = await gql(server.url, SUBMIT, { code: workshop.code, input });
    expect(again.data.submitSurvey).toEqual(first.data.submitSurvey);
    expect(await counts(data.community.id)).toMatchObject({ people: 2, ties: 1, interests: 3 });
  });

  it('when the same submission is sent 5 times at once, then one person is created', async () => {
    const { data, workshop } = await setUp();
    const input = answers({ organization: { name: 'Pronatura Sur' } });
    const results: any[] = await Promise.all(Array.from({ length: 5 }, () => gql(server.url, SUBMIT, { code: workshop.code, input })));
    expect(new Set(results.map((r) => r.data?.submitSurvey.personId)).size).toBe(1);
    expect(await counts(data.community.id)).toMatchObject({ people: 2, organizations: 2 });
  });

  it('when 300 people submit at once with overlapping new organizations and interests in variant spellings, then 300 people and no duplicates', async () => {
    const { data, workshop, ids } = await setUp();
    const orgVariants = ['Brigada Sierra Gorda', 'brigada sierra gorda', 'BRIGADA  SIERRA GORDA ', 'Brigáda Sierra Gordá'];
    const interestVariants = ['Manejo del fuego', 'manejo del FUEGO', 'Manejo  del fuego', 'Mánejo del fuego'];
    const inputs = Array.from({ length: 300 }, (_, i) =>
      answers({
        name: `Participante ${i}`,
        organization: { name: orgVariants[i % 4] },
        offers: [{ name: interestVariants[i % 4] }, { name: `Tema ${i % 7}` }],
        seeks: [{ name: interestVariants[(i + 1) % 4] === interestVariants[i % 4] ? 'Otro' : `tema ${(i + 3) % 7}` }],
        knows: [{ personId: ids.luis }],
      }),
    );
    const results: any[] = await Promise.all(
      inputs.map((input, i) => gql(server.url, SUBMIT, { code: workshop.code, input }, { device: `phone-${i}` })),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const c = await counts(data.community.id);
    expect(c.people).toBe(301);
    expect(c.organizations).toBe(2); // CONAFOR + one Brigada Sierra Gorda
    expect(c.interests).toBe(2 + 1 + 7); // the two seeded, manejo del fuego, tema 0–6
    expect(c.ties).toBe(300);
  }, 120_000);

  it('when the email is already in the community, then the answers become a new record flagged as a possible duplicate, and the first record is untouched', async () => {
    const { data, workshop, cookie } = await setUp();
    const first: any = await gql(server.url, SUBMIT, {
      code: workshop.code,
      input: answers({ email: 'ana@example.org', offers: [{ name: 'A' }] }),
    });
    const second: any = await gql(server.url, SUBMIT, {
      code: workshop.code,
      input: answers({
        name: 'Someone Else',
        email: ' ANA@example.org',
        offers: [{ name: 'B' }],
        consent: { listed: false, contactable: false },
      }),
    });
    expect(second.data.submitSurvey.personId).not.toBe(first.data.submitSurvey.personId);
    expect(second.data.submitSurvey.privateToken).toEqual(expect.any(String));
    const me: any = await gql(
      server.url,
      'query($t: String!) { myRecord(token: $t) { person { name offers { name } consent { listed contactable } } } }',
      {
        t: first.data.submitSurvey.privateToken,
      },
    );
    expect(me.data.myRecord.person).toEqual({ name: 'Ana Ruiz', offers: [{ name: 'A' }], consent: { listed: true, contactable: true } });
    expect((await counts(data.community.id)).people).toBe(3);
    const curation: any = await gql(
      server.url,
      `query($id: ID!) { workshopById(id: $id) { responses { person { name } possibleDuplicates { person { name } reasons } } } }`,
      { id: workshop.id },
      { cookie },
    );
    expect(curation.data.workshopById.responses).toContainEqual({
      person: { name: 'Someone Else' },
      possibleDuplicates: [{ person: { name: 'Ana Ruiz' }, reasons: ['SAME_EMAIL'] }],
    });
  });

  it('when only the name matches someone already mapped, then a new person is created and flagged as a possible duplicate', async () => {
    const { workshop, cookie } = await setUp();
    await gql(server.url, SUBMIT, { code: workshop.code, input: answers({ name: 'LUIS PEREZ' }) });
    const res: any = await gql(
      server.url,
      `query($id: ID!) { workshopById(id: $id) { responseCount responses { person { name } possibleDuplicates { person { name } reasons } } } }`,
      { id: workshop.id },
      { cookie },
    );
    expect(res.data.workshopById).toEqual({
      responseCount: 1,
      responses: [{ person: { name: 'LUIS PEREZ' }, possibleDuplicates: [{ person: { name: 'Luis Pérez' }, reasons: ['SAME_NAME'] }] }],
    });
  });

  it('when the answers are invalid, then BAD_USER_INPUT names the field and nothing is written', async () => {
    const { data, workshop } = await setUp();
    const before = await counts(data.community.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'Ana\u0007' }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(121) }, 'name'],
      [{ email: 'not-an-email' }, 'email'],
      [{ offers: Array.from({ length: 11 }, (_, i) => ({ name: `t${i}` })) }, 'offers'],
      [{ knows: Array.from({ length: 21 }, (_, i) => ({ name: `p${i}` })) }, 'knows'],
      [{ regionId: 'no-such-region' }, 'regionId'],
      [{ offers: [{ name: 'Nuevo' }], organization: { id: 'not-an-org' } }, 'organization'],
      [{ offers: [{ id: 'x', name: 'both' }] }, 'offers[0]'],
    ];
    for (const [override, field] of cases) {
      const res = await gql(server.url, SUBMIT, { code: workshop.code, input: answers(override) });
      expect(res.errors?.[0]?.extensions, JSON.stringify(override)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await counts(data.community.id)).toEqual(before);
  });

  it('when the workshop is closed, then FORBIDDEN and the join info says CLOSED', async () => {
    const { data, workshop, cookie } = await setUp();
    await gql(server.url, 'mutation($id: ID!) { setWorkshopStatus(id: $id, status: CLOSED) { status } }', { id: workshop.id }, { cookie });
    const res = await gql(server.url, SUBMIT, { code: workshop.code, input: answers() });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(((await gql(server.url, `{ workshop(code: "${workshop.code}") { status } }`)).data as any).workshop.status).toBe('CLOSED');
    expect((await counts(data.community.id)).people).toBe(1);
  });

  it('when a device tries many unknown codes, then it is rate limited while other devices in the room are not', async () => {
    const scan = (device: string, code: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tejido-device': device },
        body: JSON.stringify({ query: `{ workshop(code: "${code}") { title } }` }),
      }).then((r) => r.json() as Promise<any>);
    const { workshop } = await setUp();
    const scanner = `scanner-${randomUUID()}`;
    for (let i = 0; i < 30; i++) await scan(scanner, `ZZZZ${JOIN_CODE_ALPHABET[i]}${JOIN_CODE_ALPHABET[i]}`);
    expect((await scan(scanner, workshop.code)).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await scan(`phone-${randomUUID()}`, workshop.code)).data.workshop.title).toBe('Taller Occidente');
  });
});

describe('the private link', () => {
  it('when the participant edits through it, then the new answers replace the old ones', async () => {
    const { workshop, ids } = await setUp();
    const sent: any = await gql(server.url, SUBMIT, {
      code: workshop.code,
      input: answers({ offers: [{ name: 'Viejo' }], knows: [{ personId: ids.luis }] }),
    });
    const token = sent.data.submitSurvey.privateToken;
    const res: any = await gql(
      server.url,
      `mutation($t: String!, $input: SurveyInput!) { updateMyRecord(token: $t, input: $input) {
         person { name offers { name } knows { person { name } } consent { listed } } reportedTies { name } } }`,
      { t: token, input: answers({ name: 'Ana R.', offers: [{ name: 'Nuevo' }], consent: { listed: false, contactable: false } }) },
    );
    expect(res.data.updateMyRecord).toEqual({
      person: { name: 'Ana R.', offers: [{ name: 'Nuevo' }], knows: [], consent: { listed: false } },
      reportedTies: [],
    });
  });

  it('when the participant erases through it, then the person and their ties are gone, the link is dead and a retry cannot bring them back', async () => {
    const { data, workshop, ids } = await setUp();
    const input = answers({ knows: [{ personId: ids.luis }, { name: 'Solo Nombrada' }] });
    const sent: any = await gql(server.url, SUBMIT, { code: workshop.code, input });
    const token = sent.data.submitSurvey.privateToken;
    expect((await gql(server.url, 'mutation($t: String!) { eraseMyRecord(token: $t) }', { t: token })).data).toEqual({
      eraseMyRecord: true,
    });
    expect(await counts(data.community.id)).toMatchObject({ people: 1, ties: 0 });
    expect(
      (await gql(server.url, 'query($t: String!) { myRecord(token: $t) { communityName } }', { t: token })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await gql(server.url, SUBMIT, { code: workshop.code, input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await counts(data.community.id)).people).toBe(1);
  });
});
