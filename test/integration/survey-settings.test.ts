import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(db);
});
afterAll(() => server.close());

const FIELDS = 'introEs introEn consentEs consentEn askEmail askRole askOrganization askTies maxInterests maxTies';
const UPDATE = `mutation($s: String!, $i: SurveySettingsInput!) { updateSurveySettings(communitySlug: $s, input: $i) { ${FIELDS} } }`;
const SUBMIT = 'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }';
const ASK_ALL = { askEmail: true, askRole: true, askOrganization: true, askTies: true, maxInterests: 10, maxTies: 20 };

async function setUp() {
  const data = buildCommunity({ regions: ['Occidente'], interests: ['A', 'B', 'C'], people: [{ name: 'Ana' }] });
  await importCommunity(db, data);
  const slug = data.community.slug;
  const cookie = await signedInFacilitator(db, server.url, [slug]);
  const call = (query: string, variables: Record<string, unknown>) => gql<any>(server.url, query, variables, { cookie });
  const created = await call(
    'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "T", date: "2025-05-01"}) { id code } }',
    { s: slug },
  );
  const workshop = created.data.createWorkshop as { id: string; code: string };
  const settings = async () =>
    (await call(`query($s: String!) { community(slug: $s) { surveySettings { ${FIELDS} } } }`, { s: slug })).data.community.surveySettings;
  const peopleCount = async () =>
    (await call('query($s: String!) { community(slug: $s) { people { totalCount } } }', { s: slug })).data.community.people.totalCount;
  const submit = (answers: Record<string, unknown>) =>
    gql<any>(
      server.url,
      SUBMIT,
      { c: workshop.code, i: { submissionId: randomUUID(), name: 'Rosa', consent: { listed: true, contactable: true }, ...answers } },
      { device: randomUUID() },
    );
  return { data, slug, call, workshop, settings, peopleCount, submit };
}

describe('survey settings', () => {
  it('when a community never changed its survey, then it asks everything up to the deployment limits', async () => {
    const { settings } = await setUp();
    expect(await settings()).toEqual({ introEs: null, introEn: null, consentEs: null, consentEn: null, ...ASK_ALL });
  });

  it('when a facilitator changes the settings, then the community and the join page of its workshops show them', async () => {
    const { slug, call, workshop, settings } = await setUp();
    const input = {
      ...ASK_ALL,
      introEs: 'Bienvenida  al mapeo.\n\nGracias.',
      introEn: 'Welcome.',
      consentEs: 'Tus datos…',
      consentEn: '',
      askEmail: false,
      maxInterests: 3,
      maxTies: 5,
    };
    const res = await call(UPDATE, { s: slug, i: input });
    const expected = { ...input, introEs: 'Bienvenida al mapeo.\n\nGracias.', consentEn: null };
    expect(res.data.updateSurveySettings).toEqual(expected);
    expect(await settings()).toEqual(expected);
    const join = await gql<any>(server.url, `query($c: String!) { workshop(code: $c) { surveySettings { ${FIELDS} } } }`, {
      c: workshop.code,
    });
    expect(join.data.workshop.surveySettings).toEqual(expected);
  });

  it('when settings are out of range or too long, then BAD_USER_INPUT names the field and the settings stay as they were', async () => {
    const { slug, call, settings } = await setUp();
    const before = await settings();
    for (const [input, field] of [
      [{ ...ASK_ALL, maxInterests: 0 }, 'maxInterests'],
      [{ ...ASK_ALL, maxInterests: 11 }, 'maxInterests'],
      [{ ...ASK_ALL, maxTies: 21 }, 'maxTies'],
      [{ ...ASK_ALL, introEs: 'x'.repeat(1001) }, 'introEs'],
      [{ ...ASK_ALL, consentEn: 'a\u0000b' }, 'consentEn'],
    ] as const) {
      const res = await call(UPDATE, { s: slug, i: input });
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await settings()).toEqual(before);
  });

  it('when the email question is off and a survey sends an email, then it is refused naming the field and nothing is written', async () => {
    const { slug, call, submit, peopleCount } = await setUp();
    await call(UPDATE, { s: slug, i: { ...ASK_ALL, askEmail: false } });
    const res = await submit({ email: 'rosa@example.org' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(res.errors?.[0]?.message).toBe('email is not asked in this survey.');
    expect(await peopleCount()).toBe(1);
    expect((await submit({})).data.submitSurvey.personId).toBeTruthy();
    expect(await peopleCount()).toBe(2);
  });

  it('when a survey sends more interests or ties than allowed, or answers a question switched off, then it is refused and nothing is written', async () => {
    const { slug, call, submit, peopleCount } = await setUp();
    await call(UPDATE, { s: slug, i: { ...ASK_ALL, askRole: false, askOrganization: false, maxInterests: 2, maxTies: 1 } });
    const cases: [Record<string, unknown>, string][] = [
      [{ offers: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] }, 'offers'],
      [{ seeks: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] }, 'seeks'],
      [{ knows: [{ name: 'Uno' }, { name: 'Dos' }] }, 'knows'],
      [{ role: 'Jefa' }, 'role'],
      [{ organization: { name: 'CONAFOR' } }, 'organization'],
    ];
    for (const [answers, field] of cases) {
      const res = await submit(answers);
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    await call(UPDATE, { s: slug, i: { ...ASK_ALL, askTies: false } });
    const ties = await submit({ knows: [{ name: 'Uno' }] });
    expect(ties.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'knows' });
    expect(await peopleCount()).toBe(1);
  });

  it('when questions are off, then the paper-survey template leaves their columns out, and a filled-in column of one is rejected by line and column', async () => {
    const { slug, call, workshop, peopleCount } = await setUp();
    await call(UPDATE, { s: slug, i: { ...ASK_ALL, askEmail: false, askTies: false, maxInterests: 1 } });
    const template = await call('query($id: ID!) { workshopById(id: $id) { surveyCsvTemplate } }', { id: workshop.id });
    expect(template.data.workshopById.surveyCsvTemplate.split('\r\n')[0]).toBe(
      'name,role,organization,region,offers,seeks,listed,contactable',
    );
    const IMPORT =
      'mutation($w: ID!, $csv: String!, $dry: Boolean!) { importSurveyCsv(workshopId: $w, csv: $csv, dryRun: $dry) { dryRun rows created rejected { line column message } } }';
    const full =
      'name,email,role,organization,region,offers,seeks,knows,listed,contactable\nLuz,luz@example.org,,,,A,,,yes,yes\nMar,,,,,A;B,,,yes,yes\nSol,,,,,A,,,yes,no\n';
    const refused = await call(IMPORT, { w: workshop.id, csv: full, dry: false });
    expect(refused.data.importSurveyCsv.rejected).toEqual([
      { line: 2, column: 'email', message: 'is not asked in this survey' },
      { line: 3, column: 'offers', message: 'must be at most 1 interests' },
    ]);
    expect(await peopleCount()).toBe(1);
    const reduced = 'name,role,organization,region,offers,seeks,listed,contactable\nSol,,,Occidente,A,,yes,no\n';
    const imported = await call(IMPORT, { w: workshop.id, csv: reduced, dry: false });
    expect(imported.data.importSurveyCsv).toMatchObject({ dryRun: false, rows: 1, created: 1, rejected: [] });
    expect(await peopleCount()).toBe(2);
  });
});
