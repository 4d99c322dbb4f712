import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/client-build.ts';
import { createLogger } from '../../server/logger.ts';
import { camafuDemo } from '../../seed/camafu.ts';
import { seedDemo } from '../../seed/load.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { DESKTOP, PHONE, chosenLanguageContext, englishContext, launchChromium } from '../support/browser.ts';
import { writeTx } from '../../server/db/transaction.ts';
import { useTestDatabase } from '../support/database.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
const demo = camafuDemo();
let server: TestServer;
let browser: Browser;
let cookie: string;
let page: Page;

type ApiCluster = { id: string; name: string; memberIds: string[] };
type ApiClusterMap = { clusters: ApiCluster[]; network: { people: number; modularity: number; detectedModularity: number } };

/** The cluster map as the API gives it to the same facilitator: what the page must show. */
async function apiClusterMap(groupBy: string, interestId: string | null = null): Promise<ApiClusterMap> {
  const res = await gql<{ community: { clusterMap: ApiClusterMap } }>(
    server.url,
    `query($g: ClusterGrouping!, $i: ID) { community(slug: "camafu") { clusterMap(groupBy: $g, interestId: $i) {
      clusters { id name memberIds } network { people modularity detectedModularity } } } }`,
    { g: groupBy, i: interestId },
    { cookie },
  );
  return res.data!.community.clusterMap;
}

const map = () => page.getByTestId('community-map');
const mapData = async (name: string) => Number(await map().getAttribute(`data-${name}`));
const tableRows = () => page.getByTestId('cluster-table').locator('tbody tr');

async function switchGrouping(value: string) {
  await page.getByTestId('grouping').selectOption(value);
  await page.locator(`section.explorer[data-grouping="${value}"]`).waitFor();
  await page.locator('[data-testid="community-map"][data-layout="done"]').waitFor({ timeout: 60_000 });
}

/** Rows of the cluster table as [name, people]. */
async function clusterRows(): Promise<[string, number][]> {
  const rows = await tableRows().all();
  return Promise.all(
    rows.map(
      async (row) =>
        [(await row.locator('th .link-button').innerText()).trim(), Number(await row.locator('[data-col="members"]').innerText())] as [
          string,
          number,
        ],
    ),
  );
}

beforeAll(async () => {
  await seedDemo(db);
  server = await startTestServer(db, { clientDir: await ensureClientBuilt(createLogger('warn')) });
  browser = await launchChromium();
  cookie = await signedInFacilitator(db, server.url, ['camafu']);
  const [name, value] = cookie.split('=') as [string, string];
  const context = await englishContext(browser, { viewport: DESKTOP, acceptDownloads: true });
  await context.addCookies([{ name, value, url: server.url }]);
  page = await context.newPage();
  await page.goto(`${server.url}/c/camafu`);
  await page.locator('[data-testid="community-map"][data-layout="done"]').waitFor({ timeout: 60_000 });
  // Set once: still there after every switch only if the page never reloaded.
  await page.evaluate(() => Object.assign(window, { __notReloaded: true }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the cluster map in Chromium', () => {
  it('when a facilitator opens the demo map, then it is grouped by region and the tables match the API and the drawing', async () => {
    const api = await apiClusterMap('REGION');

    expect(await mapData('node-count')).toBe(demo.people.length);
    expect(await mapData('cluster-count')).toBe(api.clusters.length);
    expect(await clusterRows()).toEqual(api.clusters.map((c) => [c.name, c.memberIds.length]));
    const peopleFigure = page.getByTestId('network-figures').locator('[data-figure="People"]');
    expect(Number(await peopleFigure.innerText())).toBe(demo.people.length);
    const ties = new Set(demo.ties.map((t) => [t.from, t.to].sort().join('|'))).size;
    expect(await mapData('edge-count')).toBe(ties);
    expect(await page.getByTestId('modularity-table').locator('tbody tr').first().locator('td').first().innerText()).toBe(
      api.network.modularity.toFixed(2),
    );
  });

  it('when the grouping is switched to detected communities, organizations and an interest, then the map and tables follow without a reload', async () => {
    await switchGrouping('DETECTED');
    const detected = await apiClusterMap('DETECTED');
    expect(await mapData('cluster-count')).toBe(detected.clusters.length);
    expect(await clusterRows()).toEqual(detected.clusters.map((c) => [c.name, c.memberIds.length]));

    await switchGrouping('ORGANIZATION');
    const organizations = await apiClusterMap('ORGANIZATION');
    expect(await tableRows().count()).toBe(Math.min(25, organizations.clusters.length));
    expect(await mapData('cluster-count')).toBe(organizations.clusters.length);

    const interest = [...demo.interests].sort((a, b) => a.name.localeCompare(b.name))[0]!;
    await switchGrouping('INTEREST');
    await page.getByTestId('grouping-interest').selectOption(interest.id);
    await page.waitForFunction(
      (name) => [...document.querySelectorAll('[data-testid="cluster-table"] tbody th')].some((th) => th.textContent?.includes(name)),
      interest.name,
    );
    const byInterest = await apiClusterMap('INTEREST', interest.id);
    expect(byInterest.clusters.map((c) => c.id).sort()).toEqual(expect.arrayContaining(['others']));
    expect(await clusterRows()).toEqual(byInterest.clusters.map((c) => [c.name, c.memberIds.length]));
    expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);

    await switchGrouping('REGION');
  });

  it('when filtering by interest and participation, then exactly the people who do not match are hidden', async () => {
    const interest = demo.interests[0]!;
    const holders = demo.people.filter((p) => p.offers.includes(interest.id) || p.seeks.includes(interest.id));
    await page.getByTestId('filter-interest').selectOption(interest.id);
    expect(await mapData('hidden-count')).toBe(demo.people.length - holders.length);
    await expect
      .poll(() => page.getByTestId('filter-result').innerText())
      .toBe(`Showing ${holders.length} of ${demo.people.length} people.`);

    await page.getByTestId('filter-peripheral').uncheck();
    const shown = holders.filter((p) => p.participation !== 'PERIPHERAL').length;
    expect(await mapData('hidden-count')).toBe(demo.people.length - shown);

    await page.getByTestId('filter-peripheral').check();
    await page.getByTestId('filter-interest').selectOption('');
    expect(await mapData('hidden-count')).toBe(0);
  });

  it('when a person is found by search, then the map focuses them and their profile opens with a link to their peers', async () => {
    const target = demo.people.find((p) => p.organizationId && p.offers.length > 0)!;
    const organization = demo.organizations.find((o) => o.id === target.organizationId)!;
    await page.getByTestId('person-search').fill(target.name.slice(0, -1));
    await page.getByTestId('person-search').press('Enter');

    await expect.poll(() => map().getAttribute('data-focus')).toBe(target.id);
    const profile = page.getByTestId('profile-panel');
    await profile.getByRole('heading', { name: target.name }).waitFor();
    expect(await profile.innerText()).toContain(organization.name);
    expect(await profile.getByTestId('peers-link').getAttribute('href')).toBe(`/c/camafu/peers?person=${target.id}`);
    await profile.getByRole('button', { name: 'Close the profile' }).click();
    await profile.waitFor({ state: 'detached' });
  });

  it('when a profile is opened and closed again, then the map returns to the zoom and place it had before', async () => {
    const moves = async () => Number((await map().getAttribute('data-view-moves')) ?? 0);
    // Comes to rest after the view animation that started after `done` of them had finished.
    const rested = (done: number) =>
      expect
        .poll(async () => (await moves()) > done && (await map().getAttribute('data-view')) === 'still', { timeout: 10_000 })
        .toBe(true);
    const view = async () => ({ zoom: await map().getAttribute('data-zoom'), box: await map().getAttribute('data-view-box') });
    await expect.poll(() => map().getAttribute('data-view')).not.toBe('moving');
    const before = await view();
    expect(before.box).toMatch(/^-?\d+,-?\d+,-?\d+,-?\d+$/);

    const target = demo.people.find((p) => p.listed && p.regionId)!;
    let done = await moves();
    await page.getByTestId('person-search').fill(target.name);
    await page.getByTestId('person-search').press('Enter');
    await page.getByTestId('profile-panel').getByRole('heading', { name: target.name }).waitFor();
    await rested(done);
    expect(await view()).not.toEqual(before);

    done = await moves();
    await page.getByTestId('profile-panel').getByRole('button', { name: 'Close the profile' }).click();
    await rested(done);
    expect(await view()).toEqual(before);
  });

  it('when a cluster is collapsed and expanded from the table, then its people fold into one node and come back', async () => {
    const api = await apiClusterMap('REGION');
    const region = api.clusters.find((c) => c.id !== 'none')!;
    const before = { people: await mapData('node-count'), edges: await mapData('edge-count') };

    await page.getByRole('button', { name: `Collapse ${region.name}` }).click();
    await expect.poll(() => mapData('node-count')).toBe(before.people - region.memberIds.length);
    expect(await mapData('cluster-count')).toBe(api.clusters.length);
    expect(await mapData('edge-count')).toBeLessThan(before.edges);

    await page.getByRole('button', { name: `Expand ${region.name}` }).click();
    await expect.poll(() => mapData('node-count')).toBe(before.people);
    expect(await mapData('edge-count')).toBe(before.edges);
  });

  it('when the view is exported, then the PNG download is a PNG and the SVG an SVG', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(png.suggestedFilename()).toBe('camafu-map.png');
    const bytes = await readFile((await png.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(10_000);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const text = await readFile((await svg.path())!, 'utf8');
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(text).toContain('<polygon');
  });

  it('when the whole map is in view, then names are left out of the drawing and the SVG; focused on a person, they are in', async () => {
    const exportSvg = async () => {
      const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
      return readFile((await svg.path())!, 'utf8');
    };
    // The fit and the centring on a person are animated: the picture is read once the viewport is still.
    const settled = async (before: number) => {
      await expect
        .poll(async () => (await mapData('view-moves')) > before && (await map().getAttribute('data-view')) === 'still')
        .toBe(true);
    };
    const person = demo.people.find((p) => p.participation === 'CORE')!;
    const beforeFit = await mapData('view-moves');
    await page.getByRole('button', { name: 'Fit' }).click();
    await settled(beforeFit);
    const whole = await exportSvg();
    expect(whole).toContain('>Occidente</text>');
    expect(whole).not.toContain(`>${person.name}</text>`);

    const beforeFocus = await mapData('view-moves');
    await page.getByTestId('person-search').fill(person.name);
    await page.getByTestId('person-search').press('Enter');
    await expect.poll(() => map().getAttribute('data-focus')).toBe(person.id);
    await settled(beforeFocus);
    expect(await exportSvg()).toContain(`>${person.name}</text>`);
  });

  it('when the map is opened on a phone, then nothing scrolls sideways and the figures come below the map', async () => {
    const phone = await englishContext(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    const [name, value] = cookie.split('=') as [string, string];
    await phone.addCookies([{ name, value, url: server.url }]);
    const small = await phone.newPage();
    await small.goto(`${server.url}/c/camafu`);
    await small.locator('[data-testid="community-map"][data-layout="done"]').waitFor({ timeout: 60_000 });

    expect(await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const mapBox = (await small.getByTestId('community-map').boundingBox())!;
    const panelBox = (await small.getByRole('complementary', { name: 'Figures and tables' }).boundingBox())!;
    expect(panelBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height);
    // The controls are folded behind one button, so the map comes first.
    expect(await small.getByTestId('grouping').isVisible()).toBe(false);
    await small.getByText('Grouping, filters and search').click();
    expect(await small.getByTestId('grouping').isVisible()).toBe(true);
    await phone.close();
  });

  it('when the map is shown on a 1920×1080 projector in Spanish, then it fills the window beside the figures and the bridges panel says the list is exact', async () => {
    const projector = await chosenLanguageContext(browser, 'es', { viewport: { width: 1920, height: 1080 } });
    const [name, value] = cookie.split('=') as [string, string];
    await projector.addCookies([{ name, value, url: server.url }]);
    const big = await projector.newPage();
    await big.goto(`${server.url}/c/camafu`);
    await big.locator('[data-testid="community-map"][data-layout="done"]').waitFor({ timeout: 60_000 });

    const mapBox = (await big.getByTestId('community-map').boundingBox())!;
    const panelBox = (await big.getByRole('complementary', { name: 'Cifras y tablas' }).boundingBox())!;
    expect(mapBox.y + mapBox.height).toBeLessThanOrEqual(1080);
    expect(mapBox.width).toBeGreaterThan(1920 / 2);
    expect(mapBox.height).toBeGreaterThan(1080 / 2);
    expect(panelBox.x).toBeGreaterThanOrEqual(mapBox.x + mapBox.width);
    const certainty = big.getByTestId('bridges-certainty');
    expect(await certainty.getAttribute('data-level')).toBe('EXACT');
    expect(await certainty.innerText()).toContain('es la lista verdadera');
    await projector.close();
  });

  it('when every region has coordinates, then the map offers to arrange the regions by geography, and does it in both languages at desktop and phone sizes', async () => {
    // Rough places in Mexico, set through the one write path (the community's revision moves: the map is read afresh).
    const places: Record<string, [number, number]> = {
      Noroeste: [29.1, -110.9],
      Noreste: [25.7, -100.3],
      Occidente: [20.7, -103.3],
      Centro: [19.4, -99.1],
      Golfo: [19.2, -96.1],
      'Sur-Sureste': [17.1, -96.7],
      'Península de Yucatán': [20.9, -89.6],
    };
    const demoId = demo.community.id;
    await writeTx(
      db,
      (tx) =>
        tx.run(
          'UNWIND $places AS place MATCH (r:Region {communityId: $demoId, name: place.name}) SET r.latitude = place.lat, r.longitude = place.lon',
          {
            demoId,
            places: Object.entries(places).map(([name, [lat, lon]]) => ({ name, lat, lon })),
          },
        ),
      { community: demoId },
    );
    const [name, value] = cookie.split('=') as [string, string];
    for (const [lang, viewport] of [
      ['en', { width: 1280, height: 800 }],
      ['es', PHONE],
    ] as const) {
      const context = await chosenLanguageContext(browser, lang, { viewport, locale: lang === 'es' ? 'es-MX' : 'en-US' });
      await context.addCookies([{ name, value, url: server.url }]);
      const geo = await context.newPage();
      await geo.goto(`${server.url}/c/camafu`);
      const drawn = geo.getByTestId('community-map');
      await drawn.and(geo.locator('[data-layout="done"]')).waitFor({ timeout: 60_000 });
      const clusters = await drawn.getAttribute('data-cluster-count');
      if (lang === 'es') await geo.locator('.explorer__options > summary').click();
      await geo.getByTestId('arrange-geography').check();
      // Arranged at once from the places (no force layout), the same clusters, the whole map in view.
      await drawn.and(geo.locator('[data-layout="done"][data-layout-source="discs"]')).waitFor({ timeout: 60_000 });
      expect(await drawn.getAttribute('data-cluster-count')).toBe(clusters);
      const frame = (await drawn.boundingBox())!;
      const [x1, y1, x2, y2] = (await drawn.getAttribute('data-view-box'))!.split(',').map(Number) as [number, number, number, number];
      expect(Math.min(x1, y1, frame.width - x2, frame.height - y2)).toBeGreaterThanOrEqual(-1);
      await geo.screenshot({ path: `test-results/cluster-map-geography-${lang}-${viewport.width}.png`, fullPage: true });
      await context.close();
    }
  });
});
