import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/client-build.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createLogger } from '../../server/logger.ts';
import { createShareLink, revokeShareLinks } from '../../server/sharing/share-link-repository.ts';
import { camafuDemo } from '../../seed/camafu.ts';
import { seedDemo } from '../../seed/load.ts';
import { DESKTOP, PHONE, launchChromium } from '../support/browser.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
const demo = camafuDemo();
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await seedDemo(db);
  server = await startTestServer(db, { clientDir: await ensureClientBuilt(createLogger('warn')) });
  browser = await launchChromium();
  await mkdir('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the demo community in Chromium', () => {
  it('when a visitor opens the home page and follows the demo link, then the shared map draws every listed person and their ties', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(server.url);
    await page.getByTestId('demo-link').click();
    await page.waitForURL(/\/s\/[\w-]+$/);
    await page.getByTestId('share-note').waitFor();
    const map = page.getByTestId('community-map');
    await map.and(page.locator('[data-layout="done"]')).waitFor({ timeout: 60_000 });

    const listed = new Set(demo.people.filter((p) => p.listed).map((p) => p.id));
    const ties = demo.ties.filter((t) => listed.has(t.from) && listed.has(t.to));
    expect(Number(await map.getAttribute('data-node-count'))).toBe(listed.size);
    expect(Number(await map.getAttribute('data-edge-count'))).toBe(ties.length);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/CAMAFU/);
    await page.screenshot({ path: 'test-results/community-map-desktop.png' });
    await page.close();
  });

  it('when a share link is opened directly, then the page asks the server for the map and the cluster map once each', async () => {
    const home = await browser.newPage({ viewport: DESKTOP });
    await home.goto(server.url);
    const link = new URL((await home.getByTestId('demo-link').getAttribute('href'))!, server.url).href;
    await home.close();
    const page = await browser.newPage({ viewport: DESKTOP });
    const asked: string[] = [];
    page.on('request', (request) => {
      const operation = /query (CommunityMap|ClusterMap)\(/.exec(request.postData() ?? '')?.[1];
      if (operation) asked.push(operation);
    });
    await page.goto(link);
    await page.locator('[data-testid="community-map"][data-layout="done"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('cluster-table').waitFor();
    expect(asked.sort()).toEqual(['ClusterMap', 'CommunityMap']);
    await page.close();
  });

  it('when the shared map is opened on a phone, then it fits the screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    await page.goto(server.url);
    await page.getByTestId('demo-link').click();
    await page.locator('[data-testid="community-map"][data-layout="done"]').waitFor({ timeout: 60_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/community-map-phone.png' });
    await page.close();
  });

  it('when a signed-out visitor opens a community page, then it asks to sign in instead of showing anything', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${server.url}/c/camafu`);
    await page
      .getByRole('link', { name: /sign in/i })
      .first()
      .waitFor();
    expect(await page.getByTestId('community-map').count()).toBe(0);
    await page.close();
  });

  it('when a share link is unknown or revoked, then the page says so', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${server.url}/s/not-a-real-share-link`);
    await page.getByTestId('share-link-unknown').waitFor();

    // A link that worked (and was read once, so the server knows it) stops working once revoked.
    const data = buildCommunity({ people: [{ name: 'Ana' }, { name: 'Luis' }], ties: [['Ana', 'Luis']] });
    await importCommunity(db, data);
    const token = await createShareLink(db, data.community.id);
    await page.goto(`${server.url}/s/${token}`);
    await page.getByTestId('share-note').waitFor();
    await revokeShareLinks(db, data.community.id);
    await page.goto(`${server.url}/s/${token}`);
    await page.getByTestId('share-link-unknown').waitFor();
    expect(await page.getByTestId('community-map').count()).toBe(0);
    await page.close();
  });
});
