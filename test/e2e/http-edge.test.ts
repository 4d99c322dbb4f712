// In Chromium: the built client runs under the Content-Security-Policy without a violation (map, layout
// worker, QR code, EventSource, PNG/SVG export), and the default configuration (what `npm start` runs) is
// production: no GraphiQL, nothing loaded from another host, no field suggestions. GraphiQL under
// `npm run dev` comes from the app's own files.
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/client-build.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { generateCommunity } from '../../seed/generate.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { DESKTOP, expectConsole, launchChromium, englishContext } from '../support/browser.ts';
import { uniqueSlug, useTestDatabase } from '../support/database.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
const community = generateCommunity({ people: 40, slug: uniqueSlug('csp') });
let browser: Browser;
let clientDir: string;

beforeAll(async () => {
  await importCommunity(db, community);
  clientDir = await ensureClientBuilt(createLogger('warn'));
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A browser context that records CSP violations (documents and workers) and every http(s) request made. */
async function watchedContext(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await englishContext(browser, { viewport: DESKTOP, locale: 'en-US', acceptDownloads: true, ...options });
  const violations: string[] = [];
  const requests: URL[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (/CSP violation|Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') requests.push(url);
    });
  };
  context.on('page', watch);
  return { context, violations, requests };
}

describe('the Content-Security-Policy and the built client', () => {
  let server: TestServer;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startTestServer(db, { clientDir });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('when the home page, a shared map with its exports, a live projector with its QR code and the survey page load, then no CSP violation', async () => {
    const watched = await watchedContext();
    context = watched.context;
    const share = await createShareLink(db, community.community.id);
    const cookie = await signedInFacilitator(db, server.url, [community.community.slug]);
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    const workshop = await createWorkshop(db, community.community.id, {
      id: randomUUID(),
      title: 'CSP',
      date: '2025-01-01',
      regionId: null,
    });

    const page = await context.newPage();
    const home = await page.goto(`${server.url}/`);
    // The policy is really in force (no violation without a policy would prove nothing).
    // Scripts from this origin, and inline only the survey page's own, by hash (server/http/survey-page.ts).
    expect(home?.headers()['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;.*frame-ancestors 'none'/);
    await page.locator('#root *').first().waitFor();

    await page.goto(`${server.url}/s/${share}`);
    await page.locator('[data-testid="community-map"][data-layout="done"]').waitFor({ timeout: 60_000 });
    const png = page.waitForEvent('download');
    await page.getByTestId('export-png').click();
    expect((await png).suggestedFilename()).toMatch(/\.png$/);
    const svg = page.waitForEvent('download');
    await page.getByTestId('export-svg').click();
    expect((await svg).suggestedFilename()).toMatch(/\.svg$/);

    await page.goto(`${server.url}/w/${workshop.id}`);
    await page.locator('[data-testid="live-status"][data-state="live"]').waitFor();
    await page.getByTestId('join-qr').locator('svg').waitFor();

    // The survey's page runs its code inline, with the workshop's lists written in: allowed by its hash alone.
    await page.goto(`${server.url}/join/${workshop.code}`);
    await page.getByTestId('survey-form').waitFor();

    expect(watched.violations).toEqual([]);
    expect(watched.requests.filter((u) => u.origin !== server.url).map(String)).toEqual([]);
  });
});

describe('the default configuration is production', () => {
  it('when the configuration sets nothing, then NODE_ENV is production', () => {
    expect(loadConfig({}).env).toBe('production');
  });

  it('when an app built from the default configuration is asked for /graphql in a browser, then no GraphiQL, no other host, no field suggestions', async () => {
    const server = await startTestServer(db, { config: loadConfig({}) });
    const { context, requests } = await watchedContext();
    try {
      const page = await context.newPage();
      // Without GraphiQL a browser's GET of /graphql is refused, and Chromium says so in the console.
      expectConsole(page, /Failed to load resource: the server responded with a status of 4\d\d/);
      await page.goto(`${server.url}/graphql`);
      expect(await page.content()).not.toMatch(/graphiql/i);
      expect(requests.filter((u) => u.origin !== server.url).map(String)).toEqual([]);
      const res = await gql(server.url, '{ comunity(slug: "camafu") { name } }');
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('when the app runs in development (npm run dev), then GraphiQL renders from its own files and asks no other host', async () => {
    const server = await startTestServer(db, { config: loadConfig({ NODE_ENV: 'development' }) });
    const { context, requests, violations } = await watchedContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/graphql`);
      await page.locator('.graphiql-container').first().waitFor({ timeout: 60_000 });
      expect(requests.filter((u) => u.origin !== server.url).map(String)).toEqual([]);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
