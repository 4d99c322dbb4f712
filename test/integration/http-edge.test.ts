// The HTTP edge of the API: the body-size limit, CORS, security headers and the shape of every refusal,
// each through the public HTTP interface of the real app.
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { loadConfig } from '../../server/config.ts';
import { MAX_BODY_BYTES } from '../../server/http/body-limit.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { chunkedJson, send } from '../support/hostile.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
const GRAPHQL_RESPONSE = 'application/graphql-response+json';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(db);
});
afterAll(() => server.close());

/** A POST to /graphql as our client sends it, with the body given as is and extra headers. */
const post = (body: BodyInit, headers: Record<string, string> = {}, url = server.url) => send(url, body, { headers });

describe('request body limit', () => {
  it('when a 20 MB body arrives chunked without Content-Length, then 413 BAD_USER_INPUT naming the 8 MB limit', async () => {
    const res = await post(chunkedJson(20 * 1024 * 1024));
    expect(res.status).toBe(413);
    expect(res.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.json.errors?.[0]?.message).toContain('8 MB');
  });

  it('when a body declares a Content-Length over the limit, then 413 before it is read', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(MAX_BODY_BYTES) } });
    const res = await post(body);
    expect(res.status).toBe(413);
    expect(res.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('when a 7 MB body arrives (a 10,000-row CSV as a variable), then it is read and answered', async () => {
    const res = await post(chunkedJson(7 * 1024 * 1024));
    expect(res.status).toBe(200);
    expect(res.json.data).toEqual({ __typename: 'Query' });
  });

  it('when the limit is 8 MB in the code, then the API guide states the same limit', async () => {
    const { readFile } = await import('node:fs/promises');
    const guide = await readFile(new URL('../../docs/api.md', import.meta.url), 'utf8');
    expect(MAX_BODY_BYTES).toBe(8 * 1024 * 1024);
    expect(guide).toMatch(/Request bodies over 8 MB/);
    expect(guide).not.toMatch(/bodies over 1 MB/);
  });
});

describe('CORS', () => {
  const EVIL = 'https://evil.example';

  it('when another origin sends a preflight or a credentialed request, then no origin and no credentials are granted', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-tejido-csrf' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const res = await post(JSON.stringify({ query: '{ __typename }' }), { origin: EVIL });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('when an origin is listed in TEJIDO_CORS_ORIGINS, then it alone is granted, with credentials', async () => {
    const config = loadConfig({ NODE_ENV: 'test', TEJIDO_CORS_ORIGINS: 'https://map.example.org, https://other.example.org' });
    const listed = await startTestServer(db, { config });
    try {
      const granted = await post(JSON.stringify({ query: '{ __typename }' }), { origin: 'https://map.example.org' }, listed.url);
      expect(granted.headers.get('access-control-allow-origin')).toBe('https://map.example.org');
      expect(granted.headers.get('access-control-allow-credentials')).toBe('true');
      const refused = await post(JSON.stringify({ query: '{ __typename }' }), { origin: EVIL }, listed.url);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      expect(refused.headers.get('access-control-allow-credentials')).toBeNull();
    } finally {
      await listed.close();
    }
  });

  it('when TEJIDO_CORS_ORIGINS holds something that is not an origin, then the configuration is refused', () => {
    expect(() => loadConfig({ TEJIDO_CORS_ORIGINS: 'https://map.example.org/path' })).toThrow(/TEJIDO_CORS_ORIGINS/);
    expect(() => loadConfig({ TEJIDO_CORS_ORIGINS: '*' })).toThrow(/TEJIDO_CORS_ORIGINS/);
  });
});

describe('security headers', () => {
  it('when the API, a download or a refusal is answered, then it carries the CSP, nosniff, no-referrer and no framing', async () => {
    const data = buildCommunity({ people: [{ name: 'Ana' }] });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const responses = [
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tejido-csrf': '1' },
        body: '{"query":"{ __typename }"}',
      }),
      await fetch(`${server.url}/templates/survey.csv`),
      await fetch(`${server.url}/export/${data.community.slug}/people.csv`, { headers: { cookie } }),
      await fetch(`${server.url}/export/${data.community.slug}/people.csv`),
      await fetch(`${server.url}/healthz`),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 401, 200]);
    for (const res of responses) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline'; script"); // scripts stay 'self' only outside development
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});

describe('refusals have a stable code and a GraphQL-over-HTTP status', () => {
  it('when a people-search cursor is malformed, then BAD_USER_INPUT rather than an unexpected error', async () => {
    const data = buildCommunity({ people: [{ name: 'Ana' }] });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const query =
      'query($s: String!, $a: String) { community(slug: $s) { searchPeople(search: { text: "ana" }, after: $a) { totalCount } } }';
    for (const after of [
      Buffer.from('{"key":"not json"}').toString('base64url'),
      Buffer.from('{"key":"[1,2]"}').toString('base64url'),
      '%%%',
    ]) {
      const res = await gql(server.url, query, { s: data.community.slug, a: after }, { cookie });
      expect(res.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toBe('after is not a cursor this API gave out.');
    }
  });

  const limits: [string, string, RegExp][] = [
    ['aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: community(slug: "x") { name }`).join(' ')} }`, /aliases limit of 15/i],
    [
      'depth',
      '{ community(slug: "x") { people { nodes { knows { person { knows { person { knows { person { knows { person { name } } } } } } } } } } } }',
      /depth limit of 10/i,
    ],
    ['tokens', `{ ${'__typename '.repeat(2100)} }`, /token limit of 2000/i],
    ['directives', `{ __typename ${'@include(if: true) '.repeat(25)} }`, /directives limit of 20/i],
  ];
  it.each(limits)('when a query exceeds the %s limit, then HTTP 400 BAD_USER_INPUT naming the limit', async (_name, query, message) => {
    const res = await gql(server.url, query);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain(GRAPHQL_RESPONSE);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.errors?.[0]?.message).not.toMatch(/Syntax Error/);
  });

  it('when a query does not parse or asks for an unknown field, then HTTP 400 BAD_USER_INPUT and no field suggestion', async () => {
    for (const query of ['{ community(slug: ', '{ comunity(slug: "x") { name } }']) {
      const res = await gql(server.url, query);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
    }
  });

  it('when a cookie comes without the CSRF header, then 403 FORBIDDEN in the GraphQL-over-HTTP media type', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }' }), { cookie: 'tejido_session=abc', 'x-tejido-csrf': '' });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain(GRAPHQL_RESPONSE);
    expect(res.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('when a POST is not JSON, then 415 BAD_USER_INPUT', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql']) {
      const res = await post('query=%7B__typename%7D', { 'content-type': type });
      expect(res.status, type).toBe(415);
      expect(res.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

/** A POST to /graphql read as raw bytes (fetch would undo the compression), taking the given encodings. */
function rawPost(query: string, variables: object, acceptEncoding: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify({ query, variables });
    const req = request(
      `${server.url}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

describe('compressed answers', () => {
  it("when a phone that takes brotli asks for a workshop's survey lists, then they come compressed to a fraction of their size, the same JSON; a short answer comes plain", async () => {
    const data = buildCommunity({
      regions: ['Noroeste', 'Occidente', 'Centro'],
      organizations: Array.from({ length: 40 }, (_, i) => `Organización ${i}`),
      interests: Array.from({ length: 40 }, (_, i) => ({ name: `Interés ${i}`, nameEn: `Interest ${i}`, synonyms: [`tema ${i}`] })),
      people: [],
    });
    await importCommunity(db, data);
    const workshop = await createWorkshop(db, data.community.id, { id: randomUUID(), title: 'Taller', date: '2026-03-01', regionId: null });
    const lists = `query($code: String!) { workshop(code: $code) { title regions { id name } organizations { id name }
      interests { id name nameEs nameEn synonyms } } }`;

    const plain = await rawPost(lists, { code: workshop.code }, 'identity');
    const brotli = await rawPost(lists, { code: workshop.code }, 'gzip, deflate, br');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toMatch(/Accept-Encoding/iu);
    const answer = JSON.parse(plain.body.toString('utf8'));
    expect(answer.data.workshop.interests).toHaveLength(40);
    expect(JSON.parse(brotliDecompressSync(brotli.body).toString('utf8'))).toEqual(answer);
    expect(brotli.body.length).toBeLessThan(plain.body.length / 2);

    const short = await rawPost('{ __typename }', {}, 'gzip, deflate, br');
    expect(short.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(short.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });
});
