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

const CATALOGUE = `query($s: String!) { community(slug: $s) {
  organizations { id name kind curated region { name } }
  interests { id name nameEs nameEn synonyms theme curated } } }`;
const CREATE_ORG =
  'mutation($s: String!, $i: OrganizationInput!) { createOrganization(communitySlug: $s, input: $i) { id name kind curated region { id name } } }';
const UPDATE_ORG = 'mutation($id: ID!, $i: OrganizationInput!) { updateOrganization(id: $id, input: $i) { id name kind region { name } } }';
const CREATE_INTEREST =
  'mutation($s: String!, $i: InterestInput!) { createInterest(communitySlug: $s, input: $i) { id name nameEs nameEn synonyms theme curated } }';
const UPDATE_INTEREST =
  'mutation($id: ID!, $i: InterestInput!) { updateInterest(id: $id, input: $i) { id name nameEs nameEn synonyms theme } }';
const IMPORT = `mutation($s: String!, $k: CatalogueKind!, $csv: String!, $dry: Boolean!) {
  importCatalogueCsv(communitySlug: $s, kind: $k, csv: $csv, dryRun: $dry) { dryRun rows created updated unchanged rejected { line column message } } }`;

async function setUp() {
  const data = buildCommunity({
    regions: ['Occidente', 'Noroeste'],
    organizations: ['CONAFOR'],
    interests: [{ name: 'Quemas prescritas', nameEn: 'Prescribed burning', synonyms: ['quema controlada'] }, 'Brigadas comunitarias'],
    people: [{ name: 'Ana' }],
  });
  await importCommunity(db, data);
  const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
  const slug = data.community.slug;
  const call = (query: string, variables: Record<string, unknown>) => gql<any>(server.url, query, variables, { cookie });
  const catalogue = async () => (await call(CATALOGUE, { s: slug })).data.community as { organizations: any[]; interests: any[] };
  return { data, slug, cookie, call, catalogue };
}

const interestsCsv = (rows: string[]) => `name_es,name_en,synonyms,theme\n${rows.join('\n')}\n`;

describe('organizations in the catalogue', () => {
  it('when a facilitator creates an organization with a kind and a home region, then the catalogue lists it with them, reviewed', async () => {
    const { data, slug, call, catalogue } = await setUp();
    const res = await call(CREATE_ORG, { s: slug, i: { name: '  Ejido  El Largo ', kind: 'COMMUNITY', regionId: data.regions[1]!.id } });
    expect(res.errors).toBeUndefined();
    expect(res.data.createOrganization).toMatchObject({
      name: 'Ejido El Largo',
      kind: 'COMMUNITY',
      curated: true,
      region: { name: 'Noroeste' },
    });
    expect((await catalogue()).organizations.map((o) => o.name)).toEqual(['CONAFOR', 'Ejido El Largo']);
  });

  it('when an organization is created or renamed with a name another has after normalization, then CONFLICT names the field and nothing changes', async () => {
    const { slug, call, catalogue } = await setUp();
    const created = await call(CREATE_ORG, { s: slug, i: { name: 'cónafor ', kind: 'NGO' } });
    expect(created.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(created.errors?.[0]?.message).toContain('CONAFOR');
    const other = await call(CREATE_ORG, { s: slug, i: { name: 'Pronatura', kind: 'NGO' } });
    const renamed = await call(UPDATE_ORG, { id: other.data.createOrganization.id, i: { name: 'CONAFOR', kind: 'NGO' } });
    expect(renamed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect((await catalogue()).organizations.map((o) => o.name)).toEqual(['CONAFOR', 'Pronatura']);
  });

  it('when an organization is edited in place, then its name, kind and region change and its members stay', async () => {
    const { data, call, catalogue } = await setUp();
    const res = await call(UPDATE_ORG, {
      id: data.organizations[0]!.id,
      i: { name: 'CONAFOR Jalisco', kind: 'GOVERNMENT', regionId: data.regions[0]!.id },
    });
    expect(res.data.updateOrganization).toMatchObject({ name: 'CONAFOR Jalisco', kind: 'GOVERNMENT', region: { name: 'Occidente' } });
    const cleared = await call(UPDATE_ORG, {
      id: data.organizations[0]!.id,
      i: { name: 'CONAFOR Jalisco', kind: 'GOVERNMENT', regionId: null },
    });
    expect(cleared.data.updateOrganization.region).toBeNull();
    expect((await catalogue()).organizations).toHaveLength(1);
  });

  it('when the region belongs to another community, or the name is empty, then the input is refused naming the field', async () => {
    const { slug, call, catalogue } = await setUp();
    const elsewhere = buildCommunity({ regions: ['Sur'], people: [] });
    await importCommunity(db, elsewhere);
    const foreign = await call(CREATE_ORG, { s: slug, i: { name: 'Nueva', kind: 'NGO', regionId: elsewhere.regions[0]!.id } });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionId' });
    const empty = await call(CREATE_ORG, { s: slug, i: { name: ' \u200B ', kind: 'NGO' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await catalogue()).organizations.map((o) => o.name)).toEqual(['CONAFOR']);
  });

  it('when a facilitator of another community edits an organization by id, then it is answered as not found and nothing changes', async () => {
    const { data, catalogue } = await setUp();
    const outsider = await signedInFacilitator(db, server.url, [buildCommunity({ people: [] }).community.slug]);
    const res = await gql<any>(
      server.url,
      UPDATE_ORG,
      { id: data.organizations[0]!.id, i: { name: 'Mía', kind: 'NGO' } },
      { cookie: outsider },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await catalogue()).organizations[0].name).toBe('CONAFOR');
  });
});

describe('interests in the catalogue', () => {
  it('when a facilitator creates an interest with both names, synonyms and a theme, then it is listed with them', async () => {
    const { slug, call } = await setUp();
    const res = await call(CREATE_INTEREST, {
      s: slug,
      i: {
        nameEs: 'Detección de puntos de calor',
        nameEn: 'Hotspot detection',
        synonyms: ['satélite', 'Hotspot detection', 'satelite'],
        theme: 'Detección',
      },
    });
    expect(res.errors).toBeUndefined();
    // The English name and a synonym that only differs by an accent are not kept as extra synonyms.
    expect(res.data.createInterest).toEqual(
      expect.objectContaining({
        name: 'Detección de puntos de calor',
        nameEn: 'Hotspot detection',
        synonyms: ['satélite'],
        theme: 'Detección',
        curated: true,
      }),
    );
  });

  it('when a new interest repeats another interest’s name, English name or synonym after normalization, then CONFLICT names the field', async () => {
    const { slug, call, catalogue } = await setUp();
    const byName = await call(CREATE_INTEREST, { s: slug, i: { nameEs: 'QUEMAS  prescritas' } });
    expect(byName.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'nameEs' });
    const byEnglish = await call(CREATE_INTEREST, { s: slug, i: { nameEs: 'Otra cosa', nameEn: 'prescribed BURNING' } });
    expect(byEnglish.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'nameEn' });
    const bySynonym = await call(CREATE_INTEREST, { s: slug, i: { nameEs: 'Algo nuevo', synonyms: ['Quema controlada'] } });
    expect(bySynonym.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'synonyms' });
    const noName = await call(CREATE_INTEREST, { s: slug, i: { nameEs: '', nameEn: null, theme: 'x' } });
    expect(noName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nameEs' });
    expect((await catalogue()).interests).toHaveLength(2);
  });

  it('when an interest is edited in place, then survey answers typed with its new synonym attach to it', async () => {
    const { data, slug, call, cookie } = await setUp();
    const id = data.interests[1]!.id;
    const res = await call(UPDATE_INTEREST, {
      id,
      i: { nameEs: 'Brigadas comunitarias', nameEn: 'Community fire brigades', synonyms: ['brigadas ejidales'], theme: 'Combate' },
    });
    expect(res.data.updateInterest).toEqual({
      id,
      name: 'Brigadas comunitarias',
      nameEs: 'Brigadas comunitarias',
      nameEn: 'Community fire brigades',
      synonyms: ['brigadas ejidales'],
      theme: 'Combate',
    });
    const workshop = await call(
      'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "T", date: "2025-05-01"}) { code } }',
      { s: slug },
    );
    const submitted = await gql<any>(
      server.url,
      'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }',
      {
        c: workshop.data.createWorkshop.code,
        i: {
          submissionId: randomUUID(),
          name: 'Rosa',
          offers: [{ name: 'Brigadas Ejidales' }],
          consent: { listed: true, contactable: true },
        },
      },
      { device: randomUUID() },
    );
    const person = await gql<any>(
      server.url,
      'query($id: ID!) { person(id: $id) { offers { id theme curated } organization { curated } } }',
      { id: submitted.data.submitSurvey.personId },
      { cookie },
    );
    expect(person.data.person.offers).toEqual([{ id, theme: 'Combate', curated: true }]);
  });

  it('when survey answers bring a new interest, then the catalogue shows it unreviewed, and merging it into a reviewed one keeps its name as a synonym', async () => {
    const { data, slug, call, catalogue } = await setUp();
    const workshop = await call(
      'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "T", date: "2025-05-01"}) { code } }',
      { s: slug },
    );
    await gql(
      server.url,
      'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }',
      {
        c: workshop.data.createWorkshop.code,
        i: { submissionId: randomUUID(), name: 'Rosa', seeks: [{ name: 'Fuego prescrito' }], consent: { listed: true, contactable: true } },
      },
      { device: randomUUID() },
    );
    const added = (await catalogue()).interests.find((i) => i.name === 'Fuego prescrito');
    expect(added).toMatchObject({ curated: false });
    const merged = await call('mutation($s: ID!, $d: ID!) { merge(kind: INTEREST, survivorId: $s, duplicateId: $d) }', {
      s: data.interests[0]!.id,
      d: added.id,
    });
    expect(merged.data).toEqual({ merge: true });
    const survivor = (await catalogue()).interests.find((i) => i.id === data.interests[0]!.id);
    expect(survivor.synonyms).toContain('Fuego prescrito');
  });
});

describe('catalogue CSV import', () => {
  const TEN = [
    'Quemas prescritas,Prescribed burning,quema controlada,Prevención',
    'Brigadas comunitarias,Community fire brigades,,Combate',
    'Restauración post-incendio,Post-fire restoration,restauración,Restauración',
    'Detección satelital,Hotspot detection,puntos de calor; satélite,Detección',
    'Manejo de combustibles,Fuel management,,Prevención',
    'Educación ambiental,Environmental education,,Prevención',
    'Ecología del fuego,Fire ecology,,Ciencia',
    'Sistemas de información geográfica,GIS,SIG,Ciencia',
    'Protección civil,Civil protection,,Combate',
    'Financiamiento,Funding,fondos,',
  ];

  it('when ten interests are checked, imported, then imported again, then the dry run writes nothing, the import writes them, and the second import changes nothing and says so', async () => {
    const { slug, call, catalogue } = await setUp();
    const csv = interestsCsv(TEN);
    const dry = await call(IMPORT, { s: slug, k: 'INTEREST', csv, dry: true });
    expect(dry.data.importCatalogueCsv).toMatchObject({ dryRun: true, rows: 10, unchanged: 0, rejected: [] });
    // Two rows name interests already in the catalogue: they update them (they were not reviewed with a theme).
    expect(dry.data.importCatalogueCsv.created).toHaveLength(8);
    expect(dry.data.importCatalogueCsv.updated).toEqual(['Quemas prescritas', 'Brigadas comunitarias']);
    expect((await catalogue()).interests).toHaveLength(2);

    const done = await call(IMPORT, { s: slug, k: 'INTEREST', csv, dry: false });
    expect(done.data.importCatalogueCsv).toMatchObject({ dryRun: false, rows: 10, unchanged: 0 });
    const interests = (await catalogue()).interests;
    expect(interests).toHaveLength(10);
    expect(interests.find((i) => i.name === 'Detección satelital')).toMatchObject({
      nameEn: 'Hotspot detection',
      synonyms: ['puntos de calor', 'satélite'],
      theme: 'Detección',
      curated: true,
    });

    const again = await call(IMPORT, { s: slug, k: 'INTEREST', csv, dry: false });
    expect(again.data.importCatalogueCsv).toEqual({ dryRun: false, rows: 10, created: [], updated: [], unchanged: 10, rejected: [] });
  });

  it('when an interest from a survey answer is renamed by the CSV, then its former name stays a synonym', async () => {
    const { slug, call, catalogue } = await setUp();
    await call(IMPORT, { s: slug, k: 'INTEREST', csv: interestsCsv(['Fuego,,,']), dry: false });
    const res = await call(IMPORT, { s: slug, k: 'INTEREST', csv: interestsCsv(['Manejo del fuego,Fire management,fuego,']), dry: false });
    expect(res.data.importCatalogueCsv.updated).toEqual(['Manejo del fuego']);
    expect((await catalogue()).interests.find((i) => i.name === 'Manejo del fuego')).toMatchObject({ synonyms: ['fuego'] });
  });

  it('when rows repeat a name after normalization or join two interests, then those rows are rejected with line and column and nothing is written', async () => {
    const { slug, call, catalogue } = await setUp();
    const csv = interestsCsv([
      'Cartografía,Mapping,,',
      'CARTOGRAFIA ,,,',
      'Otra,Prescribed burning,brigadas comunitarias,',
      'Nueva,,"x,y",',
      ',,sin nombre,',
    ]);
    const res = await call(IMPORT, { s: slug, k: 'INTEREST', csv, dry: false });
    const report = res.data.importCatalogueCsv;
    expect(report.dryRun).toBe(true);
    expect(report.rows).toBe(5);
    expect(report.rejected).toEqual([
      { line: 3, column: 'name_es', message: '“CARTOGRAFIA” is also on line 2.' },
      { line: 4, column: 'synonyms', message: expect.stringContaining('merge those two first') },
      { line: 6, column: 'name_es', message: 'is required (in Spanish or English)' },
    ]);
    expect((await catalogue()).interests).toHaveLength(2);
  });

  it('when the header or the encoding is wrong, then line 1 says so and nothing is written', async () => {
    const { slug, call } = await setUp();
    const header = await call(IMPORT, { s: slug, k: 'INTEREST', csv: 'name,english\nA,B\n', dry: false });
    expect(header.data.importCatalogueCsv.rejected).toEqual([
      { line: 1, column: null, message: 'The header must be: name_es,name_en,synonyms,theme.' },
    ]);
    const encoding = await call(IMPORT, { s: slug, k: 'ORGANIZATION', csv: 'name,kind,region\nCaf\uFFFD,ngo,\n', dry: false });
    expect(encoding.data.importCatalogueCsv.rejected[0]).toMatchObject({ line: 1, message: expect.stringContaining('UTF-8') });
  });

  it('when organizations are imported with kinds in words and region names, then they are created, and unknown kinds or regions are rejected by column', async () => {
    const { slug, call, catalogue } = await setUp();
    const good = 'name,kind,region\nPronatura,ONG,Occidente\nUniversidad de Guadalajara,universidad,\nconafor,gobierno,noroeste\n';
    const res = await call(IMPORT, { s: slug, k: 'ORGANIZATION', csv: good, dry: false });
    expect(res.data.importCatalogueCsv).toMatchObject({
      dryRun: false,
      rows: 3,
      created: ['Pronatura', 'Universidad de Guadalajara'],
      updated: ['conafor'],
      rejected: [],
    });
    const orgs = (await catalogue()).organizations;
    expect(orgs.map((o) => [o.name, o.kind, o.region?.name ?? null])).toEqual([
      ['conafor', 'GOVERNMENT', 'Noroeste'],
      ['Pronatura', 'NGO', 'Occidente'],
      ['Universidad de Guadalajara', 'ACADEMIC', null],
    ]);
    const bad = await call(IMPORT, { s: slug, k: 'ORGANIZATION', csv: 'name,kind,region\nA,secta,\nB,ngo,Atlántida\nC,ngo\n', dry: false });
    expect(bad.data.importCatalogueCsv.rejected).toEqual([
      { line: 2, column: 'kind', message: expect.stringContaining('is not a kind') },
      { line: 3, column: 'region', message: '"Atlántida" is not a region of this community.' },
      { line: 4, column: null, message: 'Expected 3 columns, found 2.' },
    ]);
    expect((await catalogue()).organizations).toHaveLength(3);
  });

  it('when the catalogue templates are downloaded, then their headers are the columns the import expects', async () => {
    const interests = await (await fetch(`${server.url}/templates/interests.csv`)).text();
    const organizations = await (await fetch(`${server.url}/templates/organizations.csv`)).text();
    expect(interests.replace('\uFEFF', '').split('\r\n')[0]).toBe('name_es,name_en,synonyms,theme');
    expect(organizations.replace('\uFEFF', '').split('\r\n')[0]).toBe('name,kind,region');
    const { slug, call } = await setUp();
    const res = await call(IMPORT, { s: slug, k: 'INTEREST', csv: interests, dry: true });
    expect(res.data.importCatalogueCsv.rejected).toEqual([]);
  });
});
