// A stranger with a join code, a private link or a share link cannot take over, unmask or alter a member,
// whatever they type, merge or replay (issue 12). Each test is one way in, tried through the public API.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.ts';
import { upsertUser } from '../../server/auth/user-repository.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { readTx } from '../../server/db/transaction.ts';
import { createRateLimits } from '../../server/rate-limits.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { uniqueSlug, useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { openActivityStream } from '../support/activity-stream.ts';
import { gql, sessionCookie, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(db);
});
afterAll(() => server.close());

const SUBMIT = 'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId privateToken } }';
const MY_RECORD = `query($t: String!) { myRecord(token: $t) { person { id name email consent { listed contactable } offers { name } }
  reportedTies { personId name organization } } }`;
const MERGE = 'mutation($s: ID!, $d: ID!) { merge(kind: PERSON, survivorId: $s, duplicateId: $d) }';
const PERSON = 'query($id: ID!) { person(id: $id) { name email consent { listed contactable } offers { name } knows { person { id } } } }';

const answers = (overrides: Record<string, unknown> = {}) => ({
  submissionId: randomUUID(),
  name: 'Participante',
  consent: { listed: true, contactable: true },
  ...overrides,
});

/**
 * A community with a listed member (Luis) and an unlisted one (Verónica, with an email and an organization only
 * she holds), a facilitator and an open workshop.
 */
async function setUp() {
  const data = buildCommunity({
    regions: ['Occidente'],
    organizations: ['CONAFOR', 'Brigada Secreta'],
    interests: ['Quemas prescritas', 'Tema Reservado'],
    people: [
      { name: 'Luis Pérez', organization: 'CONAFOR', offers: ['Quemas prescritas'] },
      {
        name: 'Verónica Soto',
        email: 'veronica@example.org',
        listed: false,
        contactable: false,
        organization: 'Brigada Secreta',
        offers: ['Quemas prescritas'],
      },
    ],
  });
  await importCommunity(db, data);
  const workshop = await createWorkshop(db, data.community.id, { id: randomUUID(), title: 'Taller', date: '2025-05-01', regionId: null });
  const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
  return { data, workshop, cookie, luis: data.people[0]!, veronica: data.people[1]! };
}

const submit = (code: string, input: Record<string, unknown>) =>
  gql(server.url, SUBMIT, { c: code, i: input }, { device: randomUUID() }) as Promise<any>;

describe('merges and private links', () => {
  it('when a look-alike stranger is merged into the member they named themselves after, then the stranger’s link opens nothing and says so, and the member’s link still works', async () => {
    const { workshop, cookie } = await setUp();
    const member = await submit(workshop.code, answers({ name: 'Matías Ruiz', email: 'matias@example.org' }));
    const stranger = await submit(workshop.code, answers({ name: 'MATIAS RUIZ', consent: { listed: false, contactable: false } }));
    const merged: any = await gql(
      server.url,
      MERGE,
      { s: member.data.submitSurvey.personId, d: stranger.data.submitSurvey.personId },
      { cookie },
    );
    expect(merged.data).toEqual({ merge: true });

    const strangerView: any = await gql(server.url, MY_RECORD, { t: stranger.data.submitSurvey.privateToken });
    expect(strangerView.data).toBeNull();
    expect(strangerView.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', reason: 'MERGED' } });
    expect(strangerView.errors[0].message).toMatch(/merged.*ask your facilitator/);
    expect(JSON.stringify(strangerView)).not.toContain('matias@example.org');
    for (const mutation of ['mutation($t: String!) { eraseMyRecord(token: $t) }', 'query($t: String!) { myRecordExport(token: $t) }']) {
      const attempt: any = await gql(server.url, mutation, { t: stranger.data.submitSurvey.privateToken });
      expect(attempt.errors[0].extensions.code).toBe('NOT_FOUND');
    }
    const memberView: any = await gql(server.url, MY_RECORD, { t: member.data.submitSurvey.privateToken });
    expect(memberView.data.myRecord.person).toMatchObject({ name: 'Matías Ruiz', email: 'matias@example.org' });
  });

  it('when the stranger replays their merged submission, then it is refused without naming whose record absorbed it', async () => {
    const { workshop, cookie } = await setUp();
    const member = await submit(workshop.code, answers({ name: 'Rosa Díaz', email: 'rosa@example.org' }));
    const input = answers({ name: 'Rosa Diaz' });
    const stranger = await submit(workshop.code, input);
    await gql(server.url, MERGE, { s: member.data.submitSurvey.personId, d: stranger.data.submitSurvey.personId }, { cookie });
    const replay: any = await submit(workshop.code, input);
    expect(replay.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MERGED' });
    expect(JSON.stringify(replay)).not.toContain(member.data.submitSurvey.personId);
  });

  it('when a facilitator is invited to merge an earlier member into a later look-alike with a private link, then it is refused and nothing moves', async () => {
    const { workshop, cookie, luis } = await setUp();
    const stranger = await submit(workshop.code, answers({ name: 'Luis Perez' }));
    const refused: any = await gql(server.url, MERGE, { s: stranger.data.submitSurvey.personId, d: luis.id }, { cookie });
    expect(refused.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'survivorId' });
    expect(((await gql(server.url, PERSON, { id: luis.id }, { cookie })).data as any).person.name).toBe('Luis Pérez');
    const strangerView: any = await gql(server.url, MY_RECORD, { t: stranger.data.submitSurvey.privateToken });
    expect(strangerView.data.myRecord.person.name).toBe('Luis Perez');
  });
});

describe('what a participant types', () => {
  it('when a stranger types an unlisted member’s email, then the receipt is their own new record and the member is unchanged', async () => {
    const { workshop, cookie, veronica } = await setUp();
    const res = await submit(
      workshop.code,
      answers({
        name: 'Alguien',
        email: 'VERONICA@example.org',
        offers: [{ name: 'Drones' }],
        consent: { listed: false, contactable: false },
      }),
    );
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.data.submitSurvey).sort()).toEqual(['personId', 'privateToken']);
    expect(res.data.submitSurvey.personId).not.toBe(veronica.id);
    const own: any = await gql(server.url, MY_RECORD, { t: res.data.submitSurvey.privateToken });
    expect(own.data.myRecord.person).toMatchObject({ name: 'Alguien', offers: [{ name: 'Drones' }] });
    expect(JSON.stringify(own)).not.toContain('Verónica');

    const member: any = await gql(server.url, PERSON, { id: veronica.id }, { cookie });
    expect(member.data.person).toMatchObject({
      name: 'Verónica Soto',
      email: 'veronica@example.org',
      consent: { listed: false, contactable: false },
      offers: [{ name: 'Quemas prescritas' }],
    });
  });

  it('when a listed member’s email is typed with narrower consent, then the member stays listed and contactable', async () => {
    const { workshop, cookie } = await setUp();
    const member = await submit(workshop.code, answers({ name: 'Carmen Ortiz', email: 'carmen@example.org' }));
    await submit(
      workshop.code,
      answers({
        name: 'Carmen Ortiz',
        email: 'carmen@example.org',
        consent: { listed: false, contactable: false },
        seeks: [{ name: 'Intruso' }],
      }),
    );
    const person: any = await gql(server.url, PERSON, { id: member.data.submitSurvey.personId }, { cookie });
    expect(person.data.person).toMatchObject({ consent: { listed: true, contactable: true }, offers: [] });
  });

  it('when a stranger names an unlisted member by id or by name, then no tie reaches the member and their own record shows only what they typed', async () => {
    const { workshop, cookie, veronica } = await setUp();
    const byIdOnly = await submit(workshop.code, answers({ knows: [{ personId: veronica.id }] }));
    expect(byIdOnly.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'knows' });
    const unknownId = await submit(workshop.code, answers({ knows: [{ personId: randomUUID() }] }));
    expect(unknownId.errors[0].extensions).toEqual(byIdOnly.errors[0].extensions);
    expect(unknownId.errors[0].message).toBe(byIdOnly.errors[0].message);

    const res = await submit(
      workshop.code,
      answers({
        knows: [
          { personId: veronica.id, name: 'Vero' },
          { name: 'Verónica Soto' },
          { name: 'veronica soto', organization: 'Brigada Secreta' },
        ],
      }),
    );
    expect(res.errors).toBeUndefined();
    const own: any = await gql(server.url, MY_RECORD, { t: res.data.submitSurvey.privateToken });
    expect(own.data.myRecord.reportedTies).toEqual(
      expect.arrayContaining([
        { personId: null, name: 'Vero', organization: null },
        { personId: null, name: 'Verónica Soto', organization: null },
        { personId: null, name: 'veronica soto', organization: 'Brigada Secreta' },
      ]),
    );
    expect(JSON.stringify(own)).not.toContain(veronica.id);
    const member: any = await gql(server.url, PERSON, { id: veronica.id }, { cookie });
    expect(member.data.person.knows).toEqual([]);
  });

  it('when a participant names a listed member by id or by their one listed namesake, then the tie reaches them', async () => {
    const { workshop, cookie, luis } = await setUp();
    const byId = await submit(workshop.code, answers({ name: 'Uno', knows: [{ personId: luis.id, name: 'Luis Pérez' }] }));
    const byName = await submit(workshop.code, answers({ name: 'Dos', knows: [{ name: 'LUIS PEREZ', organization: 'conafor' }] }));
    const member: any = await gql(server.url, PERSON, { id: luis.id }, { cookie });
    expect(member.data.person.knows.map((k: any) => k.person.id).sort()).toEqual(
      [byId.data.submitSurvey.personId, byName.data.submitSurvey.personId].sort(),
    );
    const own: any = await gql(server.url, MY_RECORD, { t: byName.data.submitSurvey.privateToken });
    expect(own.data.myRecord.reportedTies).toEqual([{ personId: luis.id, name: 'Luis Pérez', organization: 'CONAFOR' }]);
  });

  it('when the participant saves their record again with the ties it shows, then the people they named stay the same people', async () => {
    const { data, workshop } = await setUp();
    const sent = await submit(workshop.code, answers({ knows: [{ name: 'Nadie Conocido', organization: 'Ejido Uno' }] }));
    const token = sent.data.submitSurvey.privateToken;
    const before: any = await gql(server.url, MY_RECORD, { t: token });
    const peopleBefore = await countPeople(data.community.id);
    const knows = before.data.myRecord.reportedTies.map((t: any) => ({ personId: t.personId, name: t.name, organization: t.organization }));
    const saved: any = await gql(
      server.url,
      'mutation($t: String!, $i: SurveyInput!) { updateMyRecord(token: $t, input: $i) { reportedTies { name organization } } }',
      {
        t: token,
        i: answers({ knows }),
      },
    );
    expect(saved.data.updateMyRecord.reportedTies).toEqual([{ name: 'Nadie Conocido', organization: 'Ejido Uno' }]);
    expect(await countPeople(data.community.id)).toBe(peopleBefore);
  });

  it('when names carry invisible characters, then they are stored without them, and a look-alike of a member is flagged for the facilitator', async () => {
    const { workshop, cookie } = await setUp();
    const hidden = await submit(
      workshop.code,
      answers({ name: 'Ma\u200Bría\u00AD Lu\u202Ena', organization: { name: 'Eji\u2060do\u{E0041}' } }),
    );
    const own: any = await gql(server.url, MY_RECORD, { t: hidden.data.submitSurvey.privateToken });
    expect(own.data.myRecord.person.name).toBe('María Luna');
    // A Cyrillic "а" in place of the Latin "a" of an existing member's name.
    await submit(workshop.code, answers({ name: 'Luis P\u0435rez' }));
    const curation: any = await gql(
      server.url,
      `query($id: ID!) { workshopById(id: $id) { responses { person { name } possibleDuplicates { person { name } reasons } } } }`,
      { id: workshop.id },
      { cookie },
    );
    expect(curation.data.workshopById.responses).toContainEqual({
      person: { name: 'Luis P\u0435rez' },
      possibleDuplicates: [{ person: { name: 'Luis Pérez' }, reasons: ['LOOKALIKE_NAME'] }],
    });
  });
});

const countPeople = (communityId: string) =>
  readTx(
    db,
    async (tx) =>
      (await tx.run('MATCH (p:Person {communityId: $c}) RETURN count(p) AS n', { c: communityId })).records[0]!.get('n') as number,
  );

describe('replays', () => {
  it('when a submission id is replayed into another community’s workshop, then it is a new submission there and reveals nothing of the first', async () => {
    const a = await setUp();
    const b = await setUp();
    const input = answers({ name: 'Primera', email: 'primera@example.org' });
    const first = await submit(a.workshop.code, input);
    const replay = await submit(b.workshop.code, { ...input, name: 'Intrusa', email: null });
    expect(replay.data.submitSurvey.personId).not.toBe(first.data.submitSurvey.personId);
    expect(replay.data.submitSurvey.privateToken).not.toBe(first.data.submitSurvey.privateToken);
    const view: any = await gql(server.url, 'query($t: String!) { myRecord(token: $t) { communityName person { name email } } }', {
      t: replay.data.submitSurvey.privateToken,
    });
    expect(view.data.myRecord).toEqual({ communityName: b.data.community.name, person: { name: 'Intrusa', email: null } });
    expect(await countPeople(b.data.community.id)).toBe(3);
  });
});

describe('the personal-data export', () => {
  it('when an unlisted member reported a tie to the participant, then the export does not name them and says what was withheld', async () => {
    const { workshop, cookie, veronica } = await setUp();
    const sent = await submit(workshop.code, answers({ name: 'Ramiro Vega' }));
    // Verónica (unlisted) names Ramiro through her own answers: a facilitator imports them as a paper survey.
    const csv = `name,email,role,organization,region,offers,seeks,knows,listed,contactable\n"Verónica S.",,,,,,,"Ramiro Vega",no,no\n`;
    const imported: any = await gql(
      server.url,
      'mutation($w: ID!, $csv: String!) { importSurveyCsv(workshopId: $w, csv: $csv, dryRun: false) { created } }',
      { w: workshop.id, csv },
      { cookie },
    );
    expect(imported.data.importSurveyCsv.created).toBe(1);
    const exported: any = await gql(server.url, 'query($t: String!) { myRecordExport(token: $t) }', {
      t: sent.data.submitSurvey.privateToken,
    });
    const data = JSON.parse(exported.data.myRecordExport);
    expect(exported.data.myRecordExport).not.toContain('Verónica');
    expect(exported.data.myRecordExport).not.toContain(veronica.id);
    expect(data.withheld.tiesReportedAboutMeByUnlistedPeople).toBe(1);
    expect(data.tiesReportedAboutMe).toEqual([]);
  });
});

describe('rate limits', () => {
  it('when every request carries a new device id, then the address’s budgets still stop code guessing and submission floods', async () => {
    const limits = createRateLimits({
      unknownCodesPerDevice: 30,
      unknownCodesPerAddress: 5,
      submissionsPerDevice: 30,
      submissionsPerAddress: 4,
    });
    const limited = await startTestServer(db, { limits });
    try {
      const { workshop } = await setUp();
      const flood = () => gql(limited.url, SUBMIT, { c: workshop.code, i: answers() }, { device: randomUUID() });
      for (let i = 0; i < 4; i++) expect((await flood()).errors).toBeUndefined();
      expect((await flood()).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

      const guess = () => gql(limited.url, '{ workshop(code: "ZZZZZZ") { title } }', {}, { device: randomUUID() });
      for (let i = 0; i < 5; i++) expect((await guess()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await guess()).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      // Past the budget a real code is refused too: an answer that differed would tell a scanner which codes exist.
      const real = await gql(
        limited.url,
        'query($c: String!) { workshop(code: $c) { title } }',
        { c: workshop.code },
        { device: randomUUID() },
      );
      expect(real.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});

describe('names only unlisted people hold', () => {
  it('when only unlisted people hold an organization or an interest, then share viewers and the join page never see its name; facilitators do', async () => {
    const { data, workshop, cookie } = await setUp();
    await submit(
      workshop.code,
      answers({
        name: 'Callada',
        organization: { name: 'Colectivo Oculto' },
        offers: [{ name: 'Saber Oculto' }],
        consent: { listed: false, contactable: false },
      }),
    );
    await submit(
      workshop.code,
      answers({ name: 'Abierta', organization: { name: 'Colectivo Visible' }, offers: [{ name: 'Saber Visible' }] }),
    );
    const share = await createShareLink(db, data.community.id);
    const NAMES = `query($s: String!) { community(slug: $s) { organizations { id name } interests { id name } } }`;
    const shared: any = await gql(server.url, NAMES, { s: data.community.slug }, { share });
    const join: any = await gql(server.url, `query($c: String!) { workshop(code: $c) { organizations { name } interests { name } } }`, {
      c: workshop.code,
    });
    for (const view of [shared, join]) {
      const text = JSON.stringify(view);
      expect(text).not.toContain('Oculto');
      expect(text).toContain('Colectivo Visible');
      expect(text).toContain('Saber Visible');
      expect(text).toContain('CONAFOR'); // curated by the facilitators' import
    }
    const facilitator: any = await gql(server.url, NAMES, { s: data.community.slug }, { cookie });
    expect(JSON.stringify(facilitator)).toContain('Colectivo Oculto');
    const hidden = facilitator.data.community.interests.find((i: any) => i.name === 'Saber Oculto').id;
    const page: any = await gql(
      server.url,
      'query($s: String!, $id: ID!) { community(slug: $s) { interestPage(id: $id) { interest { name } } } }',
      { s: data.community.slug, id: hidden },
      { share },
    );
    expect(page.errors[0].extensions.code).toBe('NOT_FOUND');
    const clusters: any = await gql(
      server.url,
      'query($s: String!, $id: ID!) { community(slug: $s) { clusterMap(groupBy: INTEREST, interestId: $id) { clusters { name } } } }',
      { s: data.community.slug, id: hidden },
      { share },
    );
    expect(clusters.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify([page, clusters])).not.toContain('Oculto');
  });
});

describe('the projector', () => {
  it('when an unlisted participant arrives, then the projector’s data counts them but never names or draws them', async () => {
    const { data, workshop, cookie } = await setUp();
    await submit(workshop.code, answers({ name: 'Persona Pública' }));
    await submit(workshop.code, answers({ name: 'Persona Reservada', consent: { listed: false, contactable: false } }));
    const res: any = await gql(
      server.url,
      `query($id: ID!, $s: String!) {
      workshopById(id: $id) { responseCount listedArrivals { name } }
      community(slug: $s) { map(publicView: true) { people { name } } } }`,
      { id: workshop.id, s: data.community.slug },
      { cookie },
    );
    expect(res.data.workshopById).toEqual({ responseCount: 2, listedArrivals: [{ name: 'Persona Pública' }] });
    expect(JSON.stringify(res)).not.toContain('Reservada');
    expect(JSON.stringify(res)).not.toContain('Verónica');
  });

  it('when an unlisted participant arrives, then the live event carries the count and no person', async () => {
    const { workshop, cookie } = await setUp();
    const events = await openActivityStream(server.url, workshop.code, cookie);
    try {
      await submit(workshop.code, answers({ name: 'Persona Reservada', consent: { listed: false, contactable: false } }));
      const event = await events.next();
      expect(event).toEqual({ responseCount: 1, person: null, ties: [] });
      await submit(workshop.code, answers({ name: 'Persona Pública' }));
      expect((await events.next()).person).toMatchObject({ name: 'Persona Pública' });
    } finally {
      await events.close();
    }
  });
});

describe('accounts', () => {
  it('when an admin resets a facilitator’s password, then the facilitator’s existing sessions end', async () => {
    const { data } = await setUp();
    const email = `${uniqueSlug('reset')}@example.org`;
    await upsertUser(db, {
      email,
      passwordHash: await hashPassword('the first password'),
      role: 'FACILITATOR',
      communitySlugs: [data.community.slug],
    });
    const signedIn = sessionCookie(
      await gql(server.url, 'mutation($e: String!) { signIn(email: $e, password: "the first password") { id } }', { e: email }),
    );
    expect(((await gql(server.url, '{ me { email } }', {}, { cookie: signedIn })).data as any).me.email).toBe(email);
    await upsertUser(db, {
      email,
      passwordHash: await hashPassword('a reset password'),
      role: 'FACILITATOR',
      communitySlugs: [data.community.slug],
    });
    expect((await gql(server.url, '{ me { email } }', {}, { cookie: signedIn })).data).toEqual({ me: null });
  });

  it('when a facilitator changes their own password, then a wrong current one is refused and, once changed, their other sessions end and this one stays', async () => {
    const { data } = await setUp();
    const email = `${uniqueSlug('change')}@example.org`;
    await upsertUser(db, {
      email,
      passwordHash: await hashPassword('my old password'),
      role: 'FACILITATOR',
      communitySlugs: [data.community.slug],
    });
    const signIn = async () =>
      sessionCookie(await gql(server.url, 'mutation($e: String!) { signIn(email: $e, password: "my old password") { id } }', { e: email }));
    const here = await signIn();
    const elsewhere = await signIn();
    const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    const wrong: any = await gql(server.url, CHANGE, { c: 'not my password', n: 'a brand new password' }, { cookie: here });
    expect(wrong.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const short: any = await gql(server.url, CHANGE, { c: 'my old password', n: 'short' }, { cookie: here });
    expect(short.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(
      ((await gql(server.url, CHANGE, { c: 'my old password', n: 'a brand new password' }, { cookie: here })).data as any).changePassword,
    ).toBe(true);
    expect(((await gql(server.url, '{ me { email } }', {}, { cookie: here })).data as any).me.email).toBe(email);
    expect((await gql(server.url, '{ me { email } }', {}, { cookie: elsewhere })).data).toEqual({ me: null });
    const withNew = await gql(server.url, 'mutation($e: String!) { signIn(email: $e, password: "a brand new password") { id } }', {
      e: email,
    });
    expect(withNew.errors).toBeUndefined();
  });

  it('when a facilitator is removed from a community, then they lose access to it at once', async () => {
    const { data, workshop, cookie } = await setUp();
    const other = await signedInFacilitator(db, server.url, [data.community.slug]);
    const list: any = await gql(
      server.url,
      'query($s: String!) { community(slug: $s) { facilitators { id email } } }',
      { s: data.community.slug },
      { cookie },
    );
    const me: any = await gql(server.url, '{ me { id } }', {}, { cookie: other });
    expect(list.data.community.facilitators.map((u: any) => u.id)).toContain(me.data.me.id);
    const removed: any = await gql(
      server.url,
      'mutation($s: String!, $u: ID!) { removeFacilitator(communitySlug: $s, userId: $u) }',
      { s: data.community.slug, u: me.data.me.id },
      { cookie },
    );
    expect(removed.data).toEqual({ removeFacilitator: true });
    const after: any = await gql(server.url, 'query($id: ID!) { workshopById(id: $id) { title } }', { id: workshop.id }, { cookie: other });
    expect(after.errors[0].extensions.code).toBe('NOT_FOUND');
    const again: any = await gql(
      server.url,
      'mutation($s: String!, $u: ID!) { removeFacilitator(communitySlug: $s, userId: $u) }',
      { s: data.community.slug, u: me.data.me.id },
      { cookie },
    );
    expect(again.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
