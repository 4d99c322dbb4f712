// /join/CODE's page as the server writes it (server/http/survey-page.ts): the built join.html with its code
// inline and the workshop's survey lists in it, exactly the survey's own lookup's answer for an anonymous phone,
// escaped, compressed, allowed by the Content-Security-Policy by hash, and counted by the code-guessing limits.
import { createHash, randomUUID } from 'node:crypto';
import { get } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOIN_QUERY } from '../../client/src/survey/queries.ts';
import { SURVEY_DATA_ELEMENT_ID } from '../../client/src/survey/page-data.ts';
import { ensureClientBuilt } from '../../server/client-build.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createLogger } from '../../server/logger.ts';
import { createRateLimits } from '../../server/rate-limits.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { buildCommunity } from '../support/factories.ts';
import { useTestDatabase } from '../support/database.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
const HOSTILE_TITLE = 'Taller </script><script>alert(1)</script> <!-- \u2028 & fin';
const community = buildCommunity({
  regions: ['Noroeste', 'Sur-Sureste'],
  organizations: ['CONAFOR'],
  interests: ['Quema prescrita', 'Brigadas comunitarias'],
  people: [{ name: 'Ana Pública', region: 'Noroeste', organization: 'CONAFOR', offers: ['Quema prescrita'] }],
});
let clientDir: string;
let server: TestServer;
let code: string;

const DATA_ELEMENT = new RegExp(`<script type="application/json" id="${SURVEY_DATA_ELEMENT_ID}">([\\s\\S]*?)</script>`, 'u');

async function page(url: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}${path}`, { headers: { 'accept-encoding': 'identity', ...headers } });
  return { response, html: await response.text() };
}

/** One GET with the body as it came on the wire (fetch would decode it, and adds no-cache to a conditional GET). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

function writtenData(html: string): unknown {
  const match = DATA_ELEMENT.exec(html);
  return match ? JSON.parse(match[1]!) : null;
}

beforeAll(async () => {
  await importCommunity(db, community);
  clientDir = await ensureClientBuilt(createLogger('warn'));
  server = await startTestServer(db, { clientDir });
  const workshop = await createWorkshop(db, community.community.id, {
    id: randomUUID(),
    title: HOSTILE_TITLE,
    date: '2026-03-01',
    regionId: null,
  });
  code = workshop.code;
  // An unlisted participant who typed an organization nobody else holds: neither may reach a shared view.
  const submitted = await gql(
    server.url,
    'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }',
    {
      c: code,
      i: {
        submissionId: randomUUID(),
        name: 'Oculta Privada',
        organization: { name: 'Ejido Secreto del Norte' },
        consent: { listed: false, contactable: false },
      },
    },
    { device: randomUUID() },
  );
  expect(submitted.errors).toBeUndefined();
});
afterAll(() => server?.close());

describe('the survey page of a workshop', () => {
  it("when a phone opens /join/CODE, then the page holds the survey's own lookup's answer for an anonymous phone", async () => {
    const { response, html } = await page(server.url, `/join/${code}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const api = await gql(server.url, JOIN_QUERY.toString(), { code });
    expect(api.errors).toBeUndefined();
    expect(writtenData(html)).toEqual({ code, data: api.data });
    expect((api.data as { workshop: { title: string } }).workshop.title).toBe(HOSTILE_TITLE);
  });

  it("when a signed-in facilitator opens /join/CODE, then the page still holds an anonymous phone's answer, not theirs", async () => {
    const cookie = await signedInFacilitator(db, server.url, [community.community.slug]);
    const { html } = await page(server.url, `/join/${code}`, { cookie });
    const anonymous = await gql(server.url, JOIN_QUERY.toString(), { code });
    expect(writtenData(html)).toEqual({ code, data: anonymous.data });
  });

  it('when the plain page was seen before, then the browser revalidates it with its tag and gets a 304', async () => {
    const first = await page(server.url, '/join');
    const etag = first.response.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/u);
    const again = await rawGet(`${server.url}/join`, { 'if-none-match': etag, 'accept-encoding': 'br' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('when a code is typed in lower case with a dash, then the page holds the lists of the code it means', async () => {
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3).toLowerCase()}`;
    const { html } = await page(server.url, `/join/${typed}`);
    expect((writtenData(html) as { code: string }).code).toBe(code);
  });

  it('when the lists are written into the page, then an unlisted person and the organization only they hold are not in it', async () => {
    const { html } = await page(server.url, `/join/${code}`);
    expect(html).toContain('CONAFOR');
    expect(html).not.toContain('Oculta Privada');
    expect(html).not.toContain('Ejido Secreto');
  });

  it('when a facilitator typed a title that closes the script element, then it stays data: escaped, read back whole', async () => {
    const { html } = await page(server.url, `/join/${code}`);
    const plain = await page(server.url, '/join');
    const scripts = (text: string) => text.match(/<script\b/gu)?.length ?? 0;
    expect(scripts(html)).toBe(scripts(plain.html) + 1);
    expect(html).not.toContain('</script><script>alert(1)');
    const element = DATA_ELEMENT.exec(html)![1]!;
    expect(element).not.toMatch(/[<>\u2028]/u);
    expect((JSON.parse(element) as { data: { workshop: { title: string } } }).data.workshop.title).toBe(HOSTILE_TITLE);
  });

  it('when the code is unknown, or there is none, then the page is the plain one, with no lists, revalidated rather than kept', async () => {
    for (const path of ['/join/ZZZZ99', '/join', `/join/${code}/done`]) {
      const { response, html } = await page(server.url, path);
      expect(response.status).toBe(200);
      expect(html).toContain('<div id="root">');
      expect(writtenData(html)).toBeNull();
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('when the browser takes brotli, then the page comes compressed, the same page', async () => {
    const { html } = await page(server.url, `/join/${code}`);
    const sent = await rawGet(`${server.url}/join/${code}`, { 'accept-encoding': 'br, gzip' });
    expect(sent.headers['content-encoding']).toBe('br');
    expect(sent.headers.vary).toMatch(/accept-encoding/iu);
    expect(brotliDecompressSync(sent.body).toString('utf8')).toBe(html);
    expect(sent.body.length).toBeLessThan(html.length / 3);
  });

  it('when the page runs its code inline, then the policy allows that script by its hash and no other inline script', async () => {
    const { response, html } = await page(server.url, `/join/${code}`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/u.exec(policy)![1]!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    const inline = [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1]!);
    expect(inline.length).toBe(1);
    expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`);
  });
});

describe('guessing codes through the page', () => {
  let limited: TestServer;
  beforeAll(async () => {
    const limits = createRateLimits({
      unknownCodesPerDevice: 3,
      unknownCodesPerAddress: 5,
      submissionsPerDevice: 30,
      submissionsPerAddress: 100,
    });
    limited = await startTestServer(db, { clientDir, limits });
  });
  afterAll(() => limited?.close());

  it('when a stranger guesses codes through the page, then they are stopped as through the API: no lists, even for a real code', async () => {
    for (const guess of ['AAAA22', 'BBBB33', 'CCCC44']) expect(writtenData((await page(limited.url, `/join/${guess}`)).html)).toBeNull();
    // Spent: the real code's page comes without its lists, and the API refuses this address's lookups too.
    const { response, html } = await page(limited.url, `/join/${code}`);
    expect(response.status).toBe(200);
    expect(writtenData(html)).toBeNull();
    const api = await gql(limited.url, JOIN_QUERY.toString(), { code });
    expect(api.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
