import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { SURVEY_CSV_COLUMNS } from '../../server/workshops/survey-csv.ts';
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

const MERGE = 'mutation($kind: MergeKind!, $s: ID!, $d: ID!) { merge(kind: $kind, survivorId: $s, duplicateId: $d) }';
const IMPORT = `mutation($w: ID!, $csv: String!, $dry: Boolean!) { importSurveyCsv(workshopId: $w, csv: $csv, dryRun: $dry) {
  dryRun rows created matched alreadyImported rejected { line column message } newOrganizations newInterests } }`;

async function setUp() {
  const data = buildCommunity({
    regions: ['Occidente'],
    organizations: ['CONAFOR', 'Comisión Nacional Forestal'],
    interests: ['Quemas prescritas', 'Prescribed burning', 'SIG'],
    people: [
      { name: 'Ana Ruiz', organization: 'CONAFOR', offers: ['Quemas prescritas'], email: 'ana@example.org' },
      {
        name: 'Ana Ruíz',
        organization: 'Comisión Nacional Forestal',
        offers: ['Prescribed burning'],
        seeks: ['SIG'],
        region: 'Occidente',
        listed: false,
      },
      { name: 'Luis' },
      { name: 'Marta' },
    ],
    ties: [
      ['Ana Ruiz', 'Luis'],
      ['Ana Ruíz', 'Luis'],
      ['Ana Ruíz', 'Marta'],
      ['Ana Ruiz', 'Ana Ruíz'],
    ],
  });
  await importCommunity(db, data);
  const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
  const created: any = await gql(
    server.url,
    'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "Papel", date: "2025-05-01"}) { id code } }',
    { s: data.community.slug },
    { cookie },
  );
  const id = (kind: 'people' | 'organizations' | 'interests', i: number) => data[kind][i]!.id;
  return { data, cookie, workshop: created.data.createWorkshop as { id: string; code: string }, id };
}

const PERSON = `query($id: ID!) { person(id: $id) { name email consent { listed } organization { name } region { name }
  offers { name } seeks { name } knows { person { name } confirmed } } }`;

describe('merging', () => {
  it('when two people are merged, then ties, interests, memberships and region move to the survivor and the duplicate is gone', async () => {
    const { cookie, id } = await setUp();
    const res = await gql(server.url, MERGE, { kind: 'PERSON', s: id('people', 0), d: id('people', 1) }, { cookie });
    expect(res.data).toEqual({ merge: true });
    const survivor: any = await gql(server.url, PERSON, { id: id('people', 0) }, { cookie });
    expect(survivor.data.person).toMatchObject({
      name: 'Ana Ruiz',
      email: 'ana@example.org',
      consent: { listed: false }, // the narrower consent of the two
      region: { name: 'Occidente' },
      offers: [{ name: 'Prescribed burning' }, { name: 'Quemas prescritas' }],
      seeks: [{ name: 'SIG' }],
      // Both reported Luis: that is one person's report, not a confirmation.
      knows: [
        { person: { name: 'Luis' }, confirmed: false },
        { person: { name: 'Marta' }, confirmed: false },
      ],
    });
    expect((await gql(server.url, PERSON, { id: id('people', 1) }, { cookie })).data).toEqual({ person: null });
  });

  it('when two interests are merged, then offers move and the merged names become synonyms that new answers match', async () => {
    const { cookie, id, workshop, data } = await setUp();
    await gql(server.url, MERGE, { kind: 'INTEREST', s: id('interests', 0), d: id('interests', 1) }, { cookie });
    const interests: any = await gql(
      server.url,
      `{ community(slug: "${data.community.slug}") { interests { name synonyms } } }`,
      {},
      { cookie },
    );
    expect(interests.data.community.interests).toEqual([
      { name: 'Quemas prescritas', synonyms: ['Prescribed burning'] },
      { name: 'SIG', synonyms: [] },
    ]);
    const person: any = await gql(server.url, PERSON, { id: id('people', 1) }, { cookie });
    expect(person.data.person.offers).toEqual([{ name: 'Quemas prescritas' }]);
    const sent: any = await gql(server.url, 'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }', {
      c: workshop.code,
      i: {
        submissionId: randomUUID(),
        name: 'Nueva',
        offers: [{ name: 'PRESCRIBED  burning' }],
        consent: { listed: true, contactable: true },
      },
    });
    const nueva: any = await gql(server.url, PERSON, { id: sent.data.submitSurvey.personId }, { cookie });
    expect(nueva.data.person.offers).toEqual([{ name: 'Quemas prescritas' }]);
  });

  it('when two organizations are merged, then members move and the other name is kept as a synonym', async () => {
    const { cookie, id, data } = await setUp();
    await gql(server.url, MERGE, { kind: 'ORGANIZATION', s: id('organizations', 0), d: id('organizations', 1) }, { cookie });
    const person: any = await gql(server.url, PERSON, { id: id('people', 1) }, { cookie });
    expect(person.data.person.organization).toEqual({ name: 'CONAFOR' });
    const orgs: any = await gql(server.url, `{ community(slug: "${data.community.slug}") { organizations { name } } }`, {}, { cookie });
    expect(orgs.data.community.organizations).toEqual([{ name: 'CONAFOR' }]);
  });

  it('when a merge crosses communities or comes from someone else, then NOT_FOUND or UNAUTHENTICATED and nothing changes', async () => {
    const a = await setUp();
    const b = await setUp();
    const cross = await gql(server.url, MERGE, { kind: 'PERSON', s: a.id('people', 0), d: b.id('people', 0) }, { cookie: a.cookie });
    expect(cross.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await gql(server.url, MERGE, { kind: 'PERSON', s: a.id('people', 0), d: a.id('people', 1) });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const self = await gql(server.url, MERGE, { kind: 'PERSON', s: a.id('people', 0), d: a.id('people', 0) }, { cookie: a.cookie });
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(((await gql(server.url, PERSON, { id: b.id('people', 0) }, { cookie: b.cookie })).data as any).person.name).toBe('Ana Ruiz');
  });
});

const PREVIEW = `query($s: ID!, $d: ID!, $c: [PersonMergeChoice!]) { personMergePreview(survivorId: $s, duplicateId: $d, choices: $c) {
  fields { field survivorValue duplicateValue differs side } name email organization region consent { listed contactable }
  offers seeks tieCount } }`;
const MERGE_CHOOSING = `mutation($s: ID!, $d: ID!, $c: [PersonMergeChoice!]) { merge(kind: PERSON, survivorId: $s, duplicateId: $d, choices: $c) }`;

describe('merging people field by field', () => {
  it('when the facilitator keeps the other record’s organization, then the preview and the merged record have that one organization, and consent stays the narrower', async () => {
    const { cookie, id } = await setUp();
    const vars = { s: id('people', 0), d: id('people', 1), c: [{ field: 'ORGANIZATION', side: 'DUPLICATE' }] };
    const preview: any = await gql(server.url, PREVIEW, vars, { cookie });
    expect(preview.data.personMergePreview).toEqual({
      fields: [
        { field: 'NAME', survivorValue: 'Ana Ruiz', duplicateValue: 'Ana Ruíz', differs: true, side: 'SURVIVOR' },
        { field: 'EMAIL', survivorValue: 'ana@example.org', duplicateValue: null, differs: true, side: 'SURVIVOR' },
        { field: 'ROLE', survivorValue: 'Brigadista', duplicateValue: 'Brigadista', differs: false, side: 'SURVIVOR' },
        { field: 'ORGANIZATION', survivorValue: 'CONAFOR', duplicateValue: 'Comisión Nacional Forestal', differs: true, side: 'DUPLICATE' },
        { field: 'REGION', survivorValue: null, duplicateValue: 'Occidente', differs: true, side: 'DUPLICATE' },
      ],
      name: 'Ana Ruiz',
      email: 'ana@example.org',
      organization: 'Comisión Nacional Forestal',
      region: 'Occidente',
      consent: { listed: false, contactable: true },
      offers: ['Prescribed burning', 'Quemas prescritas'],
      seeks: ['SIG'],
      tieCount: 2,
    });
    expect((await gql(server.url, MERGE_CHOOSING, vars, { cookie })).data).toEqual({ merge: true });
    const merged: any = await gql(
      server.url,
      `query($id: ID!) { person(id: $id) { name organization { name } region { name } consent { listed contactable } } }`,
      { id: id('people', 0) },
      { cookie },
    );
    expect(merged.data.person).toEqual({
      name: 'Ana Ruiz',
      organization: { name: 'Comisión Nacional Forestal' },
      region: { name: 'Occidente' },
      consent: { listed: false, contactable: true },
    });
  });

  it('when the facilitator takes the other record’s name, then the merged record is found under that name', async () => {
    const { cookie, id } = await setUp();
    await gql(
      server.url,
      MERGE_CHOOSING,
      { s: id('people', 0), d: id('people', 1), c: [{ field: 'NAME', side: 'DUPLICATE' }] },
      { cookie },
    );
    const merged: any = await gql(
      server.url,
      `query($id: ID!) { person(id: $id) { name organization { name } } }`,
      { id: id('people', 0) },
      { cookie },
    );
    expect(merged.data.person).toEqual({ name: 'Ana Ruíz', organization: { name: 'CONAFOR' } });
  });

  it('when the choices are invalid, then BAD_USER_INPUT names choices and nothing is merged', async () => {
    const { cookie, id } = await setUp();
    const s = id('people', 0);
    const d = id('people', 1);
    for (const c of [
      [{ field: 'EMAIL', side: 'DUPLICATE' }], // the other record has no email: choosing it would lose the one known
      [
        { field: 'NAME', side: 'SURVIVOR' },
        { field: 'NAME', side: 'DUPLICATE' },
      ],
    ]) {
      for (const query of [PREVIEW, MERGE_CHOOSING]) {
        const res = await gql(server.url, query, { s, d, c }, { cookie });
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'choices' });
      }
    }
    const onOrganizations = await gql(
      server.url,
      'mutation($s: ID!, $d: ID!) { merge(kind: ORGANIZATION, survivorId: $s, duplicateId: $d, choices: [{field: NAME, side: DUPLICATE}]) }',
      { s: id('organizations', 0), d: id('organizations', 1) },
      { cookie },
    );
    expect(onOrganizations.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'choices' });
    const still: any = await gql(server.url, PERSON, { id: d }, { cookie });
    expect(still.data.person.name).toBe('Ana Ruíz');
    const orgs: any = await gql(server.url, PERSON, { id: d }, { cookie });
    expect(orgs.data.person.organization).toEqual({ name: 'Comisión Nacional Forestal' });
  });

  it('when someone outside the community asks for a preview, then NOT_FOUND or UNAUTHENTICATED and no value leaks', async () => {
    const a = await setUp();
    const b = await setUp();
    const vars = { s: a.id('people', 0), d: a.id('people', 1) };
    const other = await gql(server.url, PREVIEW, vars, { cookie: b.cookie });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(other)).not.toContain('ana@example.org');
    expect((await gql(server.url, PREVIEW, vars)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('what curation shows of an answer', () => {
  it('when a participant names a listed member and a name that matches nobody, then the answer lists both, only the second unmatched', async () => {
    const { cookie, workshop, data } = await setUp();
    await gql(server.url, 'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }', {
      c: workshop.code,
      i: {
        submissionId: randomUUID(),
        name: 'Rosa',
        offers: [{ name: 'SIG' }],
        seeks: [{ name: 'Quemas prescritas' }],
        knows: [{ personId: data.people[2]!.id }, { name: 'Desconocida Pérez', organization: 'CONAFOR' }],
        consent: { listed: true, contactable: true },
      },
    });
    const res: any = await gql(
      server.url,
      `query($id: ID!) { workshopById(id: $id) { responses { person { name offers { name } seeks { name } }
        namedTies { name organization matched person { name consent { listed } } } } } }`,
      { id: workshop.id },
      { cookie },
    );
    const [answer] = res.data.workshopById.responses;
    expect(answer.person).toEqual({ name: 'Rosa', offers: [{ name: 'SIG' }], seeks: [{ name: 'Quemas prescritas' }] });
    expect(answer.namedTies).toEqual(
      expect.arrayContaining([
        { name: 'Luis', organization: null, matched: true, person: { name: 'Luis', consent: { listed: true } } },
        {
          name: 'Desconocida Pérez',
          organization: 'CONAFOR',
          matched: false,
          person: { name: 'Desconocida Pérez', consent: { listed: false } },
        },
      ]),
    );
    expect(answer.namedTies).toHaveLength(2);
  });
});

describe('paper surveys by CSV', () => {
  const header = SURVEY_CSV_COLUMNS.join(',');

  it('when a CSV is checked, then the dry run reports created, matched and new names and writes nothing; confirming imports it', async () => {
    const { cookie, workshop, data } = await setUp();
    const csv = [
      header,
      'Pedro Soto,,Brigadista,Ejido Nuevo,Occidente,Quemas prescritas; Drones,SIG,"Luis; Rosa Díaz (Ejido Nuevo)",yes,yes',
      'Ana Ruiz,ANA@example.org,,conafor,,sig,,Pedro Soto,yes,no',
    ].join('\n');
    const dry: any = await gql(server.url, IMPORT, { w: workshop.id, csv, dry: true }, { cookie });
    expect(dry.data.importSurveyCsv).toEqual({
      dryRun: true,
      rows: 2,
      created: 2,
      matched: 1,
      alreadyImported: 0,
      rejected: [],
      newOrganizations: ['Ejido Nuevo'],
      newInterests: ['Drones'],
    });
    const before: any = await gql(server.url, `{ community(slug: "${data.community.slug}") { people { totalCount } } }`, {}, { cookie });
    expect(before.data.community.people.totalCount).toBe(4);

    const real: any = await gql(server.url, IMPORT, { w: workshop.id, csv, dry: false }, { cookie });
    expect(real.data.importSurveyCsv).toMatchObject({ dryRun: false, created: 2, matched: 1 });
    const after: any = await gql(
      server.url,
      `{ community(slug: "${data.community.slug}") { people(first: 50) { totalCount nodes { name knows { person { name } } } } } }`,
      {},
      { cookie },
    );
    const byName = new Map(after.data.community.people.nodes.map((p: any) => [p.name, p.knows.map((k: any) => k.person.name).sort()]));
    // Pedro, Rosa (named) and Ana's row are new: an email on paper never changes the record that has it.
    expect(after.data.community.people.totalCount).toBe(7);
    expect(byName.get('Pedro Soto')).toEqual(['Ana Ruiz', 'Luis', 'Rosa Díaz']);

    const again: any = await gql(server.url, IMPORT, { w: workshop.id, csv, dry: true }, { cookie });
    expect(again.data.importSurveyCsv).toMatchObject({ alreadyImported: 2, created: 0 });
  });

  it('when the page speaks Spanish, then the same rejected rows are explained in Spanish, with the same lines and columns', async () => {
    const { cookie, workshop } = await setUp();
    const csv = [header, ',bad-email,,,Narnia,,,,maybe,yes'].join('\n');
    const res: any = await gql(server.url, IMPORT, { w: workshop.id, csv, dry: true }, { cookie, language: 'es-MX' });
    expect(res.data.importSurveyCsv.rejected).toEqual([
      { line: 2, column: 'region', message: '"Narnia" no es una región de esta comunidad.' },
      { line: 2, column: 'listed', message: 'Escribe yes o no.' },
      { line: 2, column: 'name', message: 'es obligatorio' },
      { line: 2, column: 'email', message: 'no es una dirección de correo' },
    ]);
  });

  it('when any row is rejected, then the report names line and column and nothing is written, even without dry run', async () => {
    const { cookie, workshop, data } = await setUp();
    const csv = [header, 'Good Row,,,,,,,,yes,yes', 'Bad Row,bad-email,,,Narnia,,,,yes,yes'].join('\n');
    const res: any = await gql(server.url, IMPORT, { w: workshop.id, csv, dry: false }, { cookie });
    expect(res.data.importSurveyCsv.dryRun).toBe(true);
    expect(res.data.importSurveyCsv.rejected).toEqual([
      { line: 3, column: 'region', message: '"Narnia" is not a region of this community.' },
      { line: 3, column: 'email', message: 'is not an email address' },
    ]);
    const people: any = await gql(server.url, `{ community(slug: "${data.community.slug}") { people { totalCount } } }`, {}, { cookie });
    expect(people.data.community.people.totalCount).toBe(4);
  });

  it('when 10,000 rows are imported, then all of them arrive in batches', async () => {
    const { cookie, workshop, data } = await setUp();
    const rows = Array.from(
      { length: 10_000 },
      (_, i) =>
        `Persona ${i},p${i}@example.org,,Org ${i % 40},Occidente,Tema ${i % 30},Tema ${(i + 7) % 30},Persona ${(i + 1) % 10_000},yes,yes`,
    );
    const res: any = await gql(server.url, IMPORT, { w: workshop.id, csv: [header, ...rows].join('\n'), dry: false }, { cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data.importSurveyCsv).toMatchObject({ rows: 10_000, created: 10_000, rejected: [] });
    const count: any = await gql(
      server.url,
      `{ community(slug: "${data.community.slug}") { people { totalCount } organizations { id } } }`,
      {},
      { cookie },
    );
    expect(count.data.community.people.totalCount).toBe(10_004);
    expect(count.data.community.organizations).toHaveLength(42);
  }, 300_000);
});

describe('exports', () => {
  it('when a facilitator downloads the people CSV, then it holds everyone with formulas neutralized; others get 401 or 404', async () => {
    const { cookie, data, workshop } = await setUp();
    await gql(server.url, 'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }', {
      c: workshop.code,
      i: { submissionId: randomUUID(), name: '=cmd|calc', consent: { listed: true, contactable: true } },
    });
    const url = `${server.url}/export/${data.community.slug}/people.csv`;
    const ok = await fetch(url, { headers: { cookie } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toMatch(/attachment/);
    const text = await ok.text();
    expect(text).toContain(`"'=cmd|calc"`);
    expect(text).toContain('ana@example.org');
    expect((await fetch(url)).status).toBe(401);
    const other = await setUp();
    expect((await fetch(url, { headers: { cookie: other.cookie } })).status).toBe(404);
    for (const file of ['organizations.csv', 'ties.csv', 'graph.graphml', 'graph.gexf', 'cytoscape.json']) {
      expect((await fetch(`${server.url}/export/${data.community.slug}/${file}`, { headers: { cookie } })).status, file).toBe(200);
    }
  });

  it('when ties.csv is downloaded, then each end is named beside its id, and through a share link an unlisted person is neither named nor tied', async () => {
    const { cookie, data } = await setUp();
    const [ana, anaUnlisted, luis] = data.people;
    const facilitator = await (await fetch(`${server.url}/export/${data.community.slug}/ties.csv`, { headers: { cookie } })).text();
    expect(facilitator.split('\r\n')[0]).toBe('"source","source_name","target","target_name","reported_by","reported_by_name","confirmed"');
    expect(facilitator).toMatch(new RegExp(`"(${ana!.id}","Ana Ruiz","${luis!.id}","Luis|${luis!.id}","Luis","${ana!.id}","Ana Ruiz)"`));
    expect(facilitator).toContain('"Ana Ruíz"');
    const share = await createShareLink(db, data.community.id);
    const shared = await (await fetch(`${server.url}/export/${data.community.slug}/ties.csv?share=${share}`)).text();
    expect(shared).toContain('"Ana Ruiz"');
    expect(shared).not.toContain('Ana Ruíz');
    expect(shared).not.toContain(anaUnlisted!.id);
  });

  it('when anyone asks for the survey template, then it is a CSV with the documented columns', async () => {
    const res = await fetch(`${server.url}/templates/survey.csv`);
    expect((await res.text()).replace('\uFEFF', '').split('\r\n')[0]).toBe(SURVEY_CSV_COLUMNS.join(','));
  });
});
