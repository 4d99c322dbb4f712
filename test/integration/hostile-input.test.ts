// Hostile input through the public HTTP interface: injection, oversize, encodings, floods, tokens, replays,
// CSRF and content types. Every case checks that the answer is a refusal with a stable code (or a harmless
// answer, e.g. a Lucene string searched as text), never a 5xx, never internals, and that Neo4j holds exactly
// as many nodes and relationships after it as before. The counts are global: this file runs in its own
// vitest project ('hostile'), alone and after the other projects (vitest.config.ts).
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { MAX_BODY_BYTES } from '../../server/http/body-limit.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { SURVEY_CSV_COLUMNS } from '../../server/workshops/survey-csv.ts';
import { SURVEY_LIMITS } from '../../server/workshops/survey-input.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { chunkedJson, get, operation, rawHttp, runHostileCase, send } from '../support/hostile.ts';
import type { HostileCase, Reply } from '../support/hostile.ts';
import { startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;
/** A second app for floods, so their rate-limit counters do not throttle the other cases. */
let floodServer: TestServer;

const FORMULAS = ['=HYPERLINK("http://evil.example","clic")', '+SUM(1,2)', '-2+3', '@cmd'];
const SCRIPT = '<script>alert(1)</script>';
const communityA = buildCommunity({
  regions: ['Occidente'],
  organizations: ['CONAFOR'],
  interests: ['Quemas prescritas'],
  people: [
    { name: 'Luis Pérez', region: 'Occidente', organization: 'CONAFOR', offers: ['Quemas prescritas'] },
    ...FORMULAS.map((name) => ({ name })),
    { name: SCRIPT },
  ],
});
const communityB = buildCommunity({ people: [{ name: 'Berta Ruiz' }] });
const A = communityA.community.slug;

const fx = {} as {
  cookieA: string;
  cookieB: string;
  codeA: string;
  workshopA: string;
  shareA: string;
  shareB: string;
  tokenA: string;
};

const SUBMIT = 'mutation($code: String!, $input: SurveyInput!) { submitSurvey(code: $code, input: $input) { personId privateToken } }';
const answers = (overrides: Record<string, unknown> = {}) => ({
  submissionId: randomUUID(),
  name: 'Ana Ruiz',
  consent: { listed: true, contactable: true },
  ...overrides,
});

beforeAll(async () => {
  server = await startTestServer(db);
  floodServer = await startTestServer(db);
  await importCommunity(db, communityA);
  await importCommunity(db, communityB);
  fx.cookieA = await signedInFacilitator(db, server.url, [A]);
  fx.cookieB = await signedInFacilitator(db, server.url, [communityB.community.slug]);
  const workshop = await createWorkshop(db, communityA.community.id, {
    id: randomUUID(),
    title: 'Hostil',
    date: '2025-01-01',
    regionId: null,
  });
  fx.codeA = workshop.code;
  fx.workshopA = workshop.id;
  fx.shareA = await createShareLink(db, communityA.community.id);
  fx.shareB = await createShareLink(db, communityB.community.id);
  const sent = await operation(server.url, SUBMIT, { code: fx.codeA, input: answers({ name: 'Paula Privada' }) });
  fx.tokenA = sent.json.data.submitSurvey.privateToken;
});
afterAll(async () => {
  await floodServer?.close();
  await server?.close();
});

// ---------------------------------------------------------------------------------------------------------
// Expectations

const noErrors = (r: Reply) => {
  expect(r.json?.errors, r.text.slice(0, 300)).toBeUndefined();
  expect(r.status).toBe(200);
};
const harmlessSearch = {
  harmless: (r: Reply) => (noErrors(r), expect(typeof r.json.data.community.searchPeople.totalCount).toBe('number')),
};
const harmlessHints = { harmless: (r: Reply) => (noErrors(r), expect(Array.isArray(r.json.data.workshop.people)).toBe(true)) };
const noCommunity = { harmless: (r: Reply) => (noErrors(r), expect(r.json.data.community).toBeNull()) };
const typename = { harmless: (r: Reply) => (noErrors(r), expect(r.json.data).toEqual({ __typename: 'Query' })) };

// ---------------------------------------------------------------------------------------------------------
// Injection: searched, looked up and imported as text, never as query syntax.

const HOSTILE_TEXTS = [
  "' OR 1=1 //",
  '" OR ""="',
  '}) DETACH DELETE n //',
  "') MATCH (n) DETACH DELETE n //",
  '1; MATCH (n) DETACH DELETE n',
  'CALL db.labels() YIELD label RETURN label',
  'name:* OR *~',
  '*',
  '?',
  '~',
  '"',
  '\\',
  'AND OR NOT',
  '+-&&||!(){}[]^"~*?:\\/',
  '(((((',
  'luis~999999',
  '/.*/',
  '[a TO z]',
  'luis^100000',
  SCRIPT,
  '<img src=x onerror=alert(1)>',
  FORMULAS[0]!,
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '%00%27%22',
];

const SEARCH_TEXT =
  'query($s: String!, $t: String!) { community(slug: $s) { searchPeople(search: { text: $t }) { totalCount edges { node { name } } } } }';
const SEARCH_INTEREST = 'query($s: String!, $t: String!) { community(slug: $s) { searchPeople(search: { interest: $t }) { totalCount } } }';
const HINTS = 'query($c: String!, $t: String!) { workshop(code: $c) { people(search: $t) { name } } }';
const COMMUNITY = 'query($s: String!) { community(slug: $s) { name } }';

const injection: HostileCase[] = [
  ...HOSTILE_TEXTS.map((t) => ({
    name: `when a facilitator searches people for the text ${JSON.stringify(t)}, then it is searched as text`,
    send: () => operation(server.url, SEARCH_TEXT, { s: A, t }, { cookie: fx.cookieA }),
    expected: harmlessSearch,
  })),
  ...HOSTILE_TEXTS.map((t) => ({
    name: `when a share-link viewer searches by the interest ${JSON.stringify(t)}, then it is matched as text`,
    send: () => operation(server.url, SEARCH_INTEREST, { s: A, t }, { 'x-tejido-share': fx.shareA }),
    expected: harmlessSearch,
  })),
  ...HOSTILE_TEXTS.map((t) => ({
    name: `when a participant types ${JSON.stringify(t)} to find a colleague, then the hints are looked up as text`,
    send: () => operation(server.url, HINTS, { c: fx.codeA, t }),
    expected: harmlessHints,
  })),
  ...["' OR 1=1 //", '}) DETACH DELETE n //', '*', '../camafu', `${A}' OR '1'='1`].map((t) => ({
    name: `when a community is asked for by the slug ${JSON.stringify(t)}, then there is none`,
    send: () => operation(server.url, COMMUNITY, { s: t }, { cookie: fx.cookieA }),
    expected: noCommunity,
  })),
];

/** A one-row paper survey whose organization and interest are the hostile text, imported as a dry run. */
function csvRow(text: string): string {
  const cell = (v: string) => `"${v.replaceAll('"', '""')}"`;
  const row: Record<(typeof SURVEY_CSV_COLUMNS)[number], string> = {
    name: 'Rosa Díaz',
    email: '',
    role: '',
    organization: text,
    region: '',
    offers: text,
    seeks: '',
    knows: '',
    listed: 'yes',
    contactable: 'no',
  };
  return `${SURVEY_CSV_COLUMNS.join(',')}\r\n${SURVEY_CSV_COLUMNS.map((c) => cell(row[c])).join(',')}\r\n`;
}
const IMPORT =
  'mutation($w: ID!, $csv: String!, $dry: Boolean!) { importSurveyCsv(workshopId: $w, csv: $csv, dryRun: $dry) { dryRun rows rejected { message } newOrganizations newInterests } }';
const CSV_TEXTS = ['}) DETACH DELETE n //', "' OR 1=1 //", FORMULAS[0]!, SCRIPT, 'name:* OR *~', 'CALL db.labels()'];
const csvInjection: HostileCase[] = CSV_TEXTS.map((t) => ({
  name: `when a paper survey names the organization and interest ${JSON.stringify(t)} (dry run), then they are reported as plain names`,
  send: () => operation(server.url, IMPORT, { w: fx.workshopA, csv: csvRow(t), dry: true }, { cookie: fx.cookieA }),
  expected: {
    harmless: (r) => {
      noErrors(r);
      expect(r.json.data.importSurveyCsv).toMatchObject({ dryRun: true, rows: 1, rejected: [], newOrganizations: [t], newInterests: [t] });
    },
  },
}));

const exportsInjection: HostileCase[] = [
  ...FORMULAS.map((f) => ({
    name: `when the people CSV holds a name starting like a formula (${f}), then the cell is quoted as text`,
    send: () => get(server.url, `/export/${A}/people.csv`, { cookie: fx.cookieA }),
    expected: {
      harmless: (r: Reply) => {
        expect(r.status).toBe(200);
        expect(r.headers.get('x-content-type-options')).toBe('nosniff');
        const cells = r.text
          .split(/\r\n/)
          .flatMap((line) => line.split(','))
          .map((c) => c.replace(/^"/, ''));
        expect(cells.some((c) => c.startsWith(`'${f.slice(0, 4)}`))).toBe(true);
        expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
      },
    },
  })),
  ...(['graph.graphml', 'graph.gexf'] as const).map((file) => ({
    name: `when a name holds a script tag, then the ${file} export escapes it`,
    send: () => get(server.url, `/export/${A}/${file}`, { cookie: fx.cookieA }),
    expected: {
      harmless: (r: Reply) => {
        expect(r.status).toBe(200);
        expect(r.text).not.toContain('<script>');
        expect(r.text).toContain('&lt;script&gt;');
      },
    },
  })),
  {
    name: 'when a name holds a script tag, then the Cytoscape JSON export is served as JSON that no browser sniffs as HTML',
    send: () => get(server.url, `/export/${A}/cytoscape.json`, { cookie: fx.cookieA }),
    expected: {
      harmless: (r) => {
        expect(r.headers.get('content-type')).toMatch(/^application\/json/);
        expect(r.headers.get('x-content-type-options')).toBe('nosniff');
        expect(JSON.stringify(r.json)).toContain(SCRIPT);
      },
    },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Oversize: bodies, strings and lists over the limits are refused before anything is written.

const LONG = 'x'.repeat(10_000);
const SURVEY_FIELDS: [string, Record<string, unknown>][] = [
  ['submissionId', { submissionId: LONG }],
  ['name', { name: LONG }],
  ['email', { email: `${LONG}@example.org` }],
  ['role', { role: LONG }],
  ['organization name', { organization: { name: LONG } }],
  ['organization id', { organization: { id: LONG } }],
  ['region id', { regionId: LONG }],
  ['offered interest name', { offers: [{ name: LONG }] }],
  ['offered interest id', { offers: [{ id: LONG }] }],
  ['sought interest name', { seeks: [{ name: LONG }] }],
  ['known person name', { knows: [{ name: LONG }] }],
  ['known person organization', { knows: [{ name: 'Marta Gómez', organization: LONG }] }],
  ['known person id', { knows: [{ personId: LONG }] }],
  ['language', { language: LONG }],
];
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

const oversize: HostileCase[] = [
  ...SURVEY_FIELDS.map(([field, override]) => ({
    name: `when a survey's ${field} is 10,000 characters long, then BAD_USER_INPUT`,
    send: () => operation(server.url, SUBMIT, { code: fx.codeA, input: answers(override) }),
    expected: 'BAD_USER_INPUT' as const,
  })),
  {
    name: `when a survey offers ${SURVEY_LIMITS.maxInterests + 1} interests, then BAD_USER_INPUT`,
    send: () =>
      operation(server.url, SUBMIT, {
        code: fx.codeA,
        input: answers({ offers: many(SURVEY_LIMITS.maxInterests + 1, (i) => ({ name: `Tema ${i}` })) }),
      }),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: `when a survey seeks ${SURVEY_LIMITS.maxInterests + 1} interests, then BAD_USER_INPUT`,
    send: () =>
      operation(server.url, SUBMIT, {
        code: fx.codeA,
        input: answers({ seeks: many(SURVEY_LIMITS.maxInterests + 1, (i) => ({ name: `Tema ${i}` })) }),
      }),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: `when a survey names ${SURVEY_LIMITS.maxTies + 1} people, then BAD_USER_INPUT`,
    send: () =>
      operation(server.url, SUBMIT, {
        code: fx.codeA,
        input: answers({ knows: many(SURVEY_LIMITS.maxTies + 1, (i) => ({ name: `Persona ${i}` })) }),
      }),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a survey offers 10,000 interests, then BAD_USER_INPUT',
    send: () => operation(server.url, SUBMIT, { code: fx.codeA, input: answers({ offers: many(10_000, (i) => ({ name: `Tema ${i}` })) }) }),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a survey is 9 MB with a Content-Length, then 413 BAD_USER_INPUT',
    send: () => operation(server.url, SUBMIT, { code: fx.codeA, input: answers({ name: 'x'.repeat(MAX_BODY_BYTES + 1024 * 1024) }) }),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a 20 MB survey arrives chunked without a Content-Length, then 413 BAD_USER_INPUT',
    send: async () => {
      const r = await send(server.url, chunkedJson(20 * 1024 * 1024, SUBMIT));
      expect(r.status).toBe(413);
      return r;
    },
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a search text is 10,000 characters long, then BAD_USER_INPUT',
    send: () => operation(server.url, SEARCH_TEXT, { s: A, t: LONG }, { cookie: fx.cookieA }),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a join code is 10,000 characters long, then NOT_FOUND',
    send: () => operation(server.url, SUBMIT, { code: LONG, input: answers() }),
    expected: 'NOT_FOUND',
  },
  {
    name: 'when a page asks for 101 people, then BAD_USER_INPUT',
    send: () =>
      operation(
        server.url,
        'query($s: String!) { community(slug: $s) { people(first: 101) { totalCount } } }',
        { s: A },
        { cookie: fx.cookieA },
      ),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a page asks for -1 people, then BAD_USER_INPUT',
    send: () =>
      operation(
        server.url,
        'query($s: String!) { community(slug: $s) { people(first: -1) { totalCount } } }',
        { s: A },
        { cookie: fx.cookieA },
      ),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a page size overflows a 32-bit Int, then BAD_USER_INPUT with HTTP 400',
    send: async () => {
      const r = await operation(
        server.url,
        'query($s: String!, $n: Int) { community(slug: $s) { people(first: $n) { totalCount } } }',
        { s: A, n: 2 ** 40 },
        { cookie: fx.cookieA },
      );
      expect(r.status).toBe(400);
      return r;
    },
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when the variables object has 100,000 keys, then they are ignored and the query answered',
    send: () => operation(server.url, '{ __typename }', Object.fromEntries(many(100_000, (i) => [`v${i}`, i]))),
    expected: typename,
  },
  {
    name: 'when a variable is nested 2,000 levels deep, then BAD_USER_INPUT',
    send: () =>
      send(
        server.url,
        `{"query":${JSON.stringify(SUBMIT)},"variables":{"code":"${'X'}","input":${'{"knows":'.repeat(2000)}1${'}'.repeat(2000)}}}`,
      ),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a 1 MB comment pads a query, then the query is answered as usual',
    send: () => operation(server.url, `# ${'x'.repeat(1024 * 1024)}\n{ __typename }`),
    expected: typename,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Encodings: broken bytes, control characters and invisible characters.

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
const searchBody = (inner: (string | number[])[]) =>
  bytes(`{"query":${JSON.stringify(SEARCH_TEXT)},"variables":{"s":"${A}","t":"`, ...inner, '"}}');

const encodings: HostileCase[] = [
  {
    name: 'when the JSON body holds invalid UTF-8 bytes between its fields, then BAD_USER_INPUT',
    send: () => send(server.url, bytes('{"query":"{ __typename }"', [0xff, 0xfe], '}')),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a search text holds invalid UTF-8 bytes, then it is searched as text',
    send: () => send(server.url, searchBody(['lu', [0xff, 0xc3], 'is']), { headers: { cookie: fx.cookieA } }),
    expected: harmlessSearch,
  },
  {
    name: 'when a query holds an overlong UTF-8 sequence, then BAD_USER_INPUT',
    send: () => send(server.url, bytes('{"query":"{ __typename ', [0xc0, 0xaf], ' }"}')),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a search text holds an overlong UTF-8 slash, then it is searched as text',
    send: () => send(server.url, searchBody(['..', [0xc0, 0xaf], '..']), { headers: { cookie: fx.cookieA } }),
    expected: harmlessSearch,
  },
  {
    name: 'when the body starts with a byte-order mark, then BAD_USER_INPUT (JSON over HTTP has none)',
    send: () => send(server.url, bytes([0xef, 0xbb, 0xbf], '{"query":"{ __typename }"}')),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a survey name holds NUL, then BAD_USER_INPUT',
    send: () => operation(server.url, SUBMIT, { code: fx.codeA, input: answers({ name: 'Ana\u0000Ruiz' }) }),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a survey role holds CR LF, then BAD_USER_INPUT',
    send: () => operation(server.url, SUBMIT, { code: fx.codeA, input: answers({ role: 'Jefa\r\nSet-Cookie: x=1' }) }),
    expected: 'BAD_USER_INPUT',
  },
  {
    // Format characters are removed from names (trust.test.ts checks a name with them is stored without them),
    // so a name made of nothing else is no name at all.
    name: 'when a survey name is only right-to-left overrides and zero-width characters, then BAD_USER_INPUT',
    send: () => operation(server.url, SUBMIT, { code: fx.codeA, input: answers({ name: '\u202E\u200B\u202C' }) }),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a known person is named only by bidi isolates, then BAD_USER_INPUT',
    send: () => operation(server.url, SUBMIT, { code: fx.codeA, input: answers({ knows: [{ name: '\u2066\u2069' }] }) }),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a paper survey names an organization with a right-to-left override (dry run), then the override is stripped',
    send: () =>
      operation(server.url, IMPORT, { w: fx.workshopA, csv: csvRow('Brigada \u202Ealoc\u202C'), dry: true }, { cookie: fx.cookieA }),
    expected: { harmless: (r) => (noErrors(r), expect(r.json.data.importSurveyCsv.newOrganizations).toEqual(['Brigada aloc'])) },
  },
  {
    name: 'when a paper survey names CONAFOR with a bidi isolate inside (dry run), then it is the existing CONAFOR, not a new look-alike',
    send: () => operation(server.url, IMPORT, { w: fx.workshopA, csv: csvRow('CONA\u2066FOR'), dry: true }, { cookie: fx.cookieA }),
    expected: { harmless: (r) => (noErrors(r), expect(r.json.data.importSurveyCsv.newOrganizations).toEqual([])) },
  },
  {
    name: 'when a survey name holds a lone surrogate, then BAD_USER_INPUT',
    send: () =>
      send(
        server.url,
        `{"query":${JSON.stringify(SUBMIT)},"variables":{"code":"${fx.codeA}","input":{"submissionId":"${randomUUID()}","name":"Ana \\ud800 Ruiz","consent":{"listed":true,"contactable":true}}}}`,
      ),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: "when a known person's name holds an escape character, then BAD_USER_INPUT",
    send: () => operation(server.url, SUBMIT, { code: fx.codeA, input: answers({ knows: [{ name: 'Luis\u001b[2J' }] }) }),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a search text holds NUL, then it is searched as text',
    send: () => operation(server.url, SEARCH_TEXT, { s: A, t: 'luis\u0000' }, { cookie: fx.cookieA }),
    expected: harmlessSearch,
  },
  {
    name: 'when a search text holds a lone surrogate, then it is searched as text',
    send: () => send(server.url, searchBody(['lu\\ud800is']), { headers: { cookie: fx.cookieA } }),
    expected: harmlessSearch,
  },
  {
    name: 'when a search text holds zero-width characters, then it is searched as text',
    send: () => operation(server.url, SEARCH_TEXT, { s: A, t: 'lu\u200bis\u200d\ufeff' }, { cookie: fx.cookieA }),
    expected: harmlessSearch,
  },
  {
    name: 'when a search text holds bidi overrides, then it is searched as text',
    send: () => operation(server.url, SEARCH_TEXT, { s: A, t: '\u202Esiul' }, { cookie: fx.cookieA }),
    expected: harmlessSearch,
  },
  {
    name: 'when a slug holds NUL, then there is no such community',
    send: () => operation(server.url, COMMUNITY, { s: `${A}\u0000` }, { cookie: fx.cookieA }),
    expected: noCommunity,
  },
  {
    name: 'when a header value holds a bare CR, then the HTTP parser refuses the request with 400',
    send: () =>
      rawHttp(
        server.url,
        `POST /graphql HTTP/1.1\r\nHost: x\r\nx-tejido-device: a\rb\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}`,
      ),
    expected: { harmless: (r) => expect(r.status).toBe(400) },
  },
  {
    name: 'when CR LF is percent-encoded in a download path, then NOT_FOUND',
    send: () => get(server.url, `/export/${A}%0d%0aSet-Cookie:%20x=1/people.csv`, { cookie: fx.cookieA }),
    expected: 'NOT_FOUND',
  },
  {
    name: 'when a download path holds percent-encoding that does not decode, then 400 BAD_USER_INPUT',
    send: async () => {
      const r = await get(server.url, `/export/%E0%A4%A/people.csv`, { cookie: fx.cookieA });
      expect(r.status).toBe(400);
      return r;
    },
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a download name is percent-encoded to climb directories, then NOT_FOUND',
    send: () => get(server.url, `/export/${A}/..%2f..%2fpackage.json`, { cookie: fx.cookieA }),
    expected: 'NOT_FOUND',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Floods: queries too deep, too wide, too many aliases or directives, cycles, batches, code scanning.

const DEPTH_11 =
  '{ community(slug: "x") { people { nodes { knows { person { knows { person { knows { person { knows { person { name } } } } } } } } } } } }';
const nest = (n: number) => `{ community(slug: "x") { people { nodes { ${'knows { person { '.repeat(n)}name${' } }'.repeat(n)} } } } }`;
const fragmentBomb = [
  '{ ...F12 }',
  'fragment F0 on Query { community(slug: "x") { name description } }',
  ...many(12, (i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`),
].join('\n');

const floods: HostileCase[] = [
  { name: 'when a query is 11 levels deep, then BAD_USER_INPUT', send: () => operation(server.url, DEPTH_11), expected: 'BAD_USER_INPUT' },
  { name: 'when a query is 60 levels deep, then BAD_USER_INPUT', send: () => operation(server.url, nest(30)), expected: 'BAD_USER_INPUT' },
  {
    name: 'when a query has 16 aliases, then BAD_USER_INPUT',
    send: () => operation(server.url, `{ ${many(16, (i) => `a${i}: community(slug: "x") { name }`).join(' ')} }`),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a query has 200 aliases, then BAD_USER_INPUT',
    send: () => operation(server.url, `{ ${many(200, (i) => `a${i}: demo { path }`).join(' ')} }`),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a query has 21 directives, then BAD_USER_INPUT',
    send: () => operation(server.url, `{ __typename ${'@include(if: true) '.repeat(21)}}`),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a query has 400 directives, then BAD_USER_INPUT',
    send: () => operation(server.url, `{ __typename ${'@skip(if: false) '.repeat(400)}}`),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a query is 2,001 tokens wide, then BAD_USER_INPUT',
    send: () => operation(server.url, `{ ${'__typename '.repeat(2001)}}`),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when fragments double twelve times (a fragment bomb), then BAD_USER_INPUT',
    send: () => operation(server.url, fragmentBomb),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when two fragments spread each other (a cycle), then BAD_USER_INPUT',
    send: () => operation(server.url, '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a fragment spreads itself, then BAD_USER_INPUT',
    send: () => operation(server.url, '{ ...A } fragment A on Query { __typename ...A }'),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when an undefined fragment is spread, then BAD_USER_INPUT',
    send: () => operation(server.url, '{ ...Nowhere }'),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a batch of two operations is posted as an array, then BAD_USER_INPUT',
    send: () => send(server.url, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a batch of 1,000 survey submissions is posted as an array, then BAD_USER_INPUT',
    send: () => send(server.url, JSON.stringify(many(1000, () => ({ query: SUBMIT, variables: { code: fx.codeA, input: answers() } })))),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a document holds several operations and names none, then BAD_USER_INPUT',
    send: () =>
      operation(
        server.url,
        `query A { __typename } mutation B { submitSurvey(code: "X", input: { submissionId: "abcdefgh", name: "x", consent: { listed: true, contactable: true } }) { personId } }`,
      ),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when operationName names no operation of the document, then BAD_USER_INPUT',
    send: () => send(server.url, JSON.stringify({ query: 'query A { __typename }', operationName: 'B' })),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when one device tries 40 unknown join codes, then it is RATE_LIMITED',
    send: async () => {
      const device = randomUUID();
      let last!: Reply;
      for (let i = 0; i < 40; i++)
        last = await operation(floodServer.url, '{ workshop(code: "ZZZZZZ") { title } }', {}, { 'x-tejido-device': device });
      return last;
    },
    expected: 'RATE_LIMITED',
  },
  {
    name: 'when unknown join codes come from 300 fresh device ids of one address, then the address is RATE_LIMITED',
    send: async () => {
      const fresh = await startTestServer(db); // its own counters: the address budget starts full
      try {
        let last!: Reply;
        for (let i = 0; i < 300; i++)
          last = await operation(fresh.url, '{ workshop(code: "QQQQQQ") { title } }', {}, { 'x-tejido-device': randomUUID() });
        return last;
      } finally {
        await fresh.close();
      }
    },
    expected: 'RATE_LIMITED',
  },
  {
    name: 'when a device that scanned codes submits a survey to an unknown code, then it is RATE_LIMITED',
    send: async () => {
      const device = randomUUID();
      for (let i = 0; i < 31; i++)
        await operation(floodServer.url, '{ workshop(code: "ZZZZZZ") { title } }', {}, { 'x-tejido-device': device });
      return operation(floodServer.url, SUBMIT, { code: 'ZZZZZY', input: answers() }, { 'x-tejido-device': device });
    },
    expected: 'RATE_LIMITED',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Tokens: private links, share links, the setup token and the session cookie, wrong in every way.

const tokenVariants = (valid: () => string): [string, () => string][] => [
  ['a random token', () => randomUUID().replaceAll('-', '') + 'AbCdEfGhIjK'],
  ['an empty token', () => ''],
  ['a 10,000-character token', () => 'a'.repeat(10_000)],
  ['the valid token percent-encoded', () => [...valid()].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')],
  ['the valid token with a trailing space', () => `${valid()} `],
  ['the valid token in upper case', () => valid().toUpperCase()],
  ['the valid token with a zero-width space', () => `${valid()}\u200b`],
  ['the valid token with NUL', () => `${valid()}\u0000`],
];

const PRIVATE_OPERATIONS: [string, string][] = [
  ['myRecord', 'query($t: String!) { myRecord(token: $t) { person { name email } } }'],
  ['myRecordExport', 'query($t: String!) { myRecordExport(token: $t) }'],
  ['eraseMyRecord', 'mutation($t: String!) { eraseMyRecord(token: $t) }'],
  ['updateMyRecord', 'mutation($t: String!, $i: SurveyInput!) { updateMyRecord(token: $t, input: $i) { person { name } } }'],
];

const COMMUNITY_PEOPLE = 'query($s: String!) { community(slug: $s) { name people { totalCount } } }';

const tokens: HostileCase[] = [
  ...PRIVATE_OPERATIONS.flatMap(([op, query]) =>
    tokenVariants(() => fx.tokenA).map(([variant, token]) => ({
      name: `when ${op} gets ${variant}, then NOT_FOUND`,
      send: () => operation(server.url, query, { t: token(), i: answers({ name: 'Intrusa' }) }),
      expected: 'NOT_FOUND' as const,
    })),
  ),
  ...tokenVariants(() => fx.shareA)
    .filter(([variant]) => !/zero-width|NUL|space/.test(variant)) // not valid in an HTTP header at all
    .map(([variant, token]) => ({
      name: `when a share-link request sends ${variant} in x-tejido-share, then it reads as nobody: UNAUTHENTICATED`,
      send: () => operation(server.url, COMMUNITY_PEOPLE, { s: A }, { 'x-tejido-share': token() }),
      expected: 'UNAUTHENTICATED' as const,
    })),
  {
    name: "when another community's share token is sent to read this community, then there is no such community for it",
    send: () => operation(server.url, COMMUNITY_PEOPLE, { s: A }, { 'x-tejido-share': fx.shareB }),
    expected: noCommunity,
  },
  {
    name: "when another community's share token comes with this community's facilitator cookie, then the share link wins and there is no such community",
    send: () => operation(server.url, COMMUNITY_PEOPLE, { s: A }, { 'x-tejido-share': fx.shareB, cookie: fx.cookieA }),
    expected: noCommunity,
  },
  ...tokenVariants(() => fx.shareA)
    .slice(0, 4)
    .map(([variant, token]) => ({
      name: `when shareLink is asked for ${variant}, then NOT_FOUND`,
      send: () => operation(server.url, 'query($t: String!) { shareLink(token: $t) { communitySlug } }', { t: token() }),
      expected: 'NOT_FOUND' as const,
    })),
  ...tokenVariants(() => 'setup-token-unknown')
    .slice(0, 3)
    .map(([variant, token]) => ({
      name: `when the first admin is created with ${variant} as setup token, then FORBIDDEN and no account`,
      send: () =>
        operation(
          server.url,
          'mutation($t: String!) { createFirstAdmin(setupToken: $t, email: "intruso@example.org", password: "a long enough password") { id } }',
          { t: token() },
        ),
      expected: 'FORBIDDEN' as const,
    })),
  ...(
    [
      ['an unknown session', () => `tejido_session=${randomUUID()}`],
      ['an empty session', () => 'tejido_session='],
      ['a 10,000-character session', () => `tejido_session=${'a'.repeat(10_000)}`],
      ['a session cookie with the wrong name', () => `Tejido_Session=${fx.cookieA.split('=')[1]}`],
    ] as [string, () => string][]
  ).map(([variant, cookie]) => ({
    name: `when a facilitator query comes with ${variant} cookie, then UNAUTHENTICATED`,
    send: () => operation(server.url, 'query($s: String!) { workshops(communitySlug: $s) { id } }', { s: A }, { cookie: cookie() }),
    expected: 'UNAUTHENTICATED' as const,
  })),
  {
    name: 'when a session cookie is percent-encoded, then it is the same session (cookies are decoded) and sees only its own community',
    send: () =>
      operation(
        server.url,
        'query($s: String!) { workshops(communitySlug: $s) { id } }',
        { s: A },
        {
          cookie: `tejido_session=${[...fx.cookieA.split('=')[1]!].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')}`,
        },
      ),
    expected: { harmless: (r) => (noErrors(r), expect(r.json.data.workshops.map((w: { id: string }) => w.id)).toContain(fx.workshopA)) },
  },
  {
    name: "when a facilitator of another community asks for this community's workshops, then NOT_FOUND",
    send: () => operation(server.url, 'query($s: String!) { workshops(communitySlug: $s) { id } }', { s: A }, { cookie: fx.cookieB }),
    expected: 'NOT_FOUND',
  },
  {
    name: 'when a facilitator of another community creates a workshop here, then NOT_FOUND and nothing created',
    send: () =>
      operation(
        server.url,
        'mutation($s: String!) { createWorkshop(communitySlug: $s, input: { title: "x", date: "2025-01-01" }) { id } }',
        { s: A },
        { cookie: fx.cookieB },
      ),
    expected: 'NOT_FOUND',
  },
  {
    name: 'when a download asks with an unknown share token, then UNAUTHENTICATED',
    send: () => get(server.url, `/export/${A}/people.csv?share=${randomUUID()}`),
    expected: 'UNAUTHENTICATED',
  },
  {
    name: "when a download asks with another community's share token, then NOT_FOUND",
    send: () => get(server.url, `/export/${A}/people.csv?share=${fx.shareB}`),
    expected: 'NOT_FOUND',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Replays: the same submission again changes nothing.

const replays: HostileCase[] = [];
function replayCase(name: string, prepare: () => Promise<() => Promise<Reply>>, expected: HostileCase['expected']) {
  // The first submission is made before the counts are taken; only the replay is counted.
  let replay: () => Promise<Reply>;
  replays.push({ name, send: () => replay(), expected });
  return async () => {
    replay = await prepare();
  };
}
const replayPreparations: Record<string, () => Promise<void>> = {};
{
  const name = 'when the same submission arrives twice, then the second returns the same receipt and writes nothing';
  let first: any;
  replayPreparations[name] = replayCase(
    name,
    async () => {
      const input = answers({ name: 'Rita Repetida', offers: [{ name: 'Tema repetido' }], knows: [{ name: 'Nadie Conocido' }] });
      first = (await operation(server.url, SUBMIT, { code: fx.codeA, input })).json.data.submitSurvey;
      return () => operation(server.url, SUBMIT, { code: fx.codeA, input });
    },
    { harmless: (r) => (noErrors(r), expect(r.json.data.submitSurvey).toEqual(first)) },
  );
}
{
  const name = 'when the same paper-survey CSV is imported twice, then the second import writes nothing';
  replayPreparations[name] = replayCase(
    name,
    async () => {
      const csv = csvRow('Organización importada dos veces');
      await operation(server.url, IMPORT, { w: fx.workshopA, csv, dry: false }, { cookie: fx.cookieA });
      return () => operation(server.url, IMPORT, { w: fx.workshopA, csv, dry: false }, { cookie: fx.cookieA });
    },
    { harmless: (r) => (noErrors(r), expect(r.json.data.importSurveyCsv).toMatchObject({ rows: 1, rejected: [], newOrganizations: [] })) },
  );
}

{
  const name = 'when a submission is sent again after its answers were erased, then FORBIDDEN and nothing comes back';
  replayPreparations[name] = replayCase(
    name,
    async () => {
      const input = answers({ name: 'Elena Borrada' });
      const sent = await operation(server.url, SUBMIT, { code: fx.codeA, input });
      await operation(server.url, 'mutation($t: String!) { eraseMyRecord(token: $t) }', { t: sent.json.data.submitSurvey.privateToken });
      return () => operation(server.url, SUBMIT, { code: fx.codeA, input });
    },
    'FORBIDDEN',
  );
}

// ---------------------------------------------------------------------------------------------------------
// CSRF: a cookie is not enough to change anything.

const CREATE_WORKSHOP = `mutation { createWorkshop(communitySlug: "${A}", input: { title: "CSRF", date: "2025-01-01" }) { id } }`;
const csrf: HostileCase[] = [
  {
    name: 'when a cookie-authenticated mutation has no x-tejido-csrf header, then 403 FORBIDDEN',
    send: () =>
      send(server.url, JSON.stringify({ query: CREATE_WORKSHOP }), {
        headers: { cookie: fx.cookieA, 'x-tejido-csrf': undefined as never },
      }),
    expected: 'FORBIDDEN',
  },
  {
    name: 'when a cookie-authenticated mutation has an empty x-tejido-csrf header, then 403 FORBIDDEN',
    send: () => send(server.url, JSON.stringify({ query: CREATE_WORKSHOP }), { headers: { cookie: fx.cookieA, 'x-tejido-csrf': '' } }),
    expected: 'FORBIDDEN',
  },
  {
    name: 'when a cross-origin page posts with the cookie and no header, then 403 FORBIDDEN and no CORS grant',
    send: async () => {
      const r = await send(server.url, JSON.stringify({ query: CREATE_WORKSHOP }), {
        headers: { cookie: fx.cookieA, origin: 'https://evil.example', 'x-tejido-csrf': undefined as never },
      });
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
      expect(r.headers.get('access-control-allow-credentials')).toBeNull();
      return r;
    },
    expected: 'FORBIDDEN',
  },
  {
    name: 'when a cross-origin page asks for a preflight, then no origin or credentials are granted',
    send: () =>
      send(server.url, null, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://evil.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-tejido-csrf',
        },
      }),
    expected: {
      harmless: (r) => {
        expect(r.headers.get('access-control-allow-origin')).toBeNull();
        expect(r.headers.get('access-control-allow-credentials')).toBeNull();
      },
    },
  },
  {
    name: 'when a cross-site form posts urlencoded with the cookie, then 403 FORBIDDEN',
    send: () =>
      send(server.url, `query=${encodeURIComponent(CREATE_WORKSHOP)}`, {
        headers: { cookie: fx.cookieA, 'content-type': 'application/x-www-form-urlencoded', 'x-tejido-csrf': undefined as never },
      }),
    expected: 'FORBIDDEN',
  },
  {
    name: 'when a cross-site text/plain post carries the cookie, then 403 FORBIDDEN',
    send: () =>
      send(server.url, JSON.stringify({ query: CREATE_WORKSHOP }), {
        headers: { cookie: fx.cookieA, 'content-type': 'text/plain', 'x-tejido-csrf': undefined as never },
      }),
    expected: 'FORBIDDEN',
  },
  {
    name: 'when a mutation is sent as a GET with the cookie, then 405 BAD_USER_INPUT',
    send: async () => {
      const r = await get(server.url, `/graphql?query=${encodeURIComponent(CREATE_WORKSHOP)}`, {
        cookie: fx.cookieA,
        accept: 'application/graphql-response+json',
      });
      expect(r.status).toBe(405);
      return r;
    },
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a survey is submitted as a GET, then 405 BAD_USER_INPUT',
    send: () =>
      get(
        server.url,
        `/graphql?query=${encodeURIComponent(SUBMIT)}&variables=${encodeURIComponent(JSON.stringify({ code: fx.codeA, input: answers() }))}`,
        {
          accept: 'application/graphql-response+json',
        },
      ),
    expected: 'BAD_USER_INPUT',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Content types: JSON only, read as JSON only.

const SURVEY_BODY = () => JSON.stringify({ query: SUBMIT, variables: { code: fx.codeA, input: answers() } });
const contentTypes: HostileCase[] = [
  ...[
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=xyz',
    'application/graphql',
    'application/xml',
    'application/jsonx',
  ].map((type) => ({
    name: `when a survey is posted as ${type}, then 415 BAD_USER_INPUT`,
    send: async () => {
      const r = await send(server.url, SURVEY_BODY(), { headers: { 'content-type': type } });
      expect(r.status).toBe(415);
      return r;
    },
    expected: 'BAD_USER_INPUT' as const,
  })),
  {
    name: 'when a survey is posted with no content type, then 415 BAD_USER_INPUT',
    send: () => send(server.url, new Blob([SURVEY_BODY()]), { headers: { 'content-type': undefined as never } }),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a survey is posted gzip-compressed, then 415 BAD_USER_INPUT',
    send: () => send(server.url, gzipSync(SURVEY_BODY()), { headers: { 'content-encoding': 'gzip' } }),
    expected: 'BAD_USER_INPUT',
  },
  ...[
    '{"query": ',
    'null',
    '"a string"',
    '[]',
    '42',
    '{}',
    '{"query": 42}',
    '{"query": "{ __typename }", "variables": "x"}',
    '{"query": "{ __typename }", "extensions": 5}',
  ].map((body) => ({
    name: `when the JSON body is ${body}, then BAD_USER_INPUT with a 4xx`,
    send: async () => {
      const r = await send(server.url, body);
      expect(r.status).toBeGreaterThanOrEqual(400);
      return r;
    },
    expected: 'BAD_USER_INPUT' as const,
  })),
  ...['text/html', 'image/png'].map((accept) => ({
    name: `when a client accepts only ${accept}, then 406 BAD_USER_INPUT`,
    send: async () => {
      const r = await send(server.url, JSON.stringify({ query: '{ __typename }' }), { headers: { accept } });
      expect(r.status).toBe(406);
      return r;
    },
    expected: 'BAD_USER_INPUT' as const,
  })),
  ...['notjson', '{"a":', '%E0%A4%A'].map((variables) => ({
    name: `when a GET query's variables are ${variables}, then 400 BAD_USER_INPUT`,
    send: async () => {
      const r = await get(server.url, `/graphql?query=%7B__typename%7D&variables=${variables}`, {
        accept: 'application/graphql-response+json',
      });
      expect(r.status).toBe(400);
      return r;
    },
    expected: 'BAD_USER_INPUT' as const,
  })),
  {
    name: "when a GET query's extensions are not JSON, then 400 BAD_USER_INPUT",
    send: () => get(server.url, '/graphql?query=%7B__typename%7D&extensions=%7B', { accept: 'application/graphql-response+json' }),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a POST carries no query, only a persisted-query hash, then BAD_USER_INPUT',
    send: () => send(server.url, JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } })),
    expected: 'BAD_USER_INPUT',
  },
  {
    name: 'when a GET URL is 20,000 characters long, then the HTTP parser refuses it (431)',
    send: () => get(server.url, `/graphql?query=${'a'.repeat(20_000)}`),
    expected: { harmless: (r) => expect(r.status).toBe(431) },
  },
  {
    name: 'when a client accepts only application/json, then a parse error is still BAD_USER_INPUT',
    send: () => send(server.url, JSON.stringify({ query: '{ __typename' }), { headers: { accept: 'application/json' } }),
    expected: 'BAD_USER_INPUT',
  },
];

const suites: [string, HostileCase[]][] = [
  ['injection', [...injection, ...csvInjection, ...exportsInjection]],
  ['oversize', oversize],
  ['encodings', encodings],
  ['floods', floods],
  ['tokens', tokens],
  ['replays', replays],
  ['CSRF', csrf],
  ['content types', contentTypes],
];

describe('hostile input', () => {
  it('when the suite is counted, then it holds at least 150 cases', () => {
    expect(suites.reduce((n, [, cases]) => n + cases.length, 0)).toBeGreaterThanOrEqual(150);
  });
  for (const [group, cases] of suites) {
    describe(group, () => {
      for (const c of cases) {
        it(c.name, async () => {
          await replayPreparations[c.name]?.();
          await runHostileCase(db, c);
        });
      }
    });
  }
});
