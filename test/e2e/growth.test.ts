// The network over time in Chromium: a community mapped in three workshops through the API (one story for both
// parts), then read by its facilitator (English, desktop) and through a share link (Spanish, phone), which never
// shows unlisted people: the "How we are growing" page, and the cluster map's "since" control and replay.
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/client-build.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createLogger } from '../../server/logger.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { DESKTOP, PHONE, chosenLanguageContext, englishContext, launchChromium } from '../support/browser.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';
import { mapGrowthStory } from '../support/workshop-api.ts';

const db = useTestDatabase();
const setup = buildCommunity({ regions: ['Norte', 'Sur'], people: [] });
const slug = setup.community.slug;
const regionId = (name: string) => setup.regions.find((r) => r.name === name)!.id;
let server: TestServer;
let browser: Browser;
let cookie: string;
let eva: string;

beforeAll(async () => {
  await importCommunity(db, setup);
  server = await startTestServer(db, { clientDir: await ensureClientBuilt(createLogger('warn')) });
  browser = await launchChromium();
  await mkdir('test-results', { recursive: true });
  cookie = await signedInFacilitator(db, server.url, [slug]);
  ({ eva } = await mapGrowthStory(server.url, cookie, slug, { norte: regionId('Norte'), sur: regionId('Sur') }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('How we are growing', () => {
  it('when a facilitator follows the link from the map, then each figure has a chart and a table, readings say how ties across regions grew, and the change list follows', async () => {
    const [name, value] = cookie.split('=') as [string, string];
    const context = await englishContext(browser, { viewport: DESKTOP });
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/c/${slug}`);
    await page.getByTestId('growth-link').waitFor();
    await page.screenshot({ path: 'test-results/growth-link-desktop.png' });
    await page.getByTestId('growth-link').click();
    await page.getByTestId('growth-page').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('How we are growing');

    // One cross-region tie at the first workshop (Caro–Ana), four after the third.
    const readings = page.getByTestId('growth-readings');
    expect(await readings.textContent()).toContain('Ties across regions grew more than threefold since Taller Norte: from 1 to 4.');
    const crossTies = page.getByTestId('growth-figure-crossTies');
    expect(await crossTies.locator('svg').count()).toBe(1);
    expect(await crossTies.locator('tbody tr').allTextContents()).toEqual(['Taller Norte1', 'Taller Sur2', 'Taller Centro4']);
    const people = page.getByTestId('growth-figure-people');
    expect(await people.locator('tbody td').allTextContents()).toEqual(['3', '5', '6']);

    const changes = page.getByTestId('growth-changes');
    // The page first shows the changes since the start, then those since the snapshot before the latest.
    await changes.getByRole('heading', { name: 'What changed since the snapshot before the latest' }).waitFor();
    expect(await changes.textContent()).toContain('One new person.');
    expect(await changes.textContent()).toContain('New: Eva Norte.');
    await page.screenshot({ path: 'test-results/growth-desktop.png', fullPage: true });
    await context.close();
  });

  it('when a share-link viewer opens the page on a phone in Spanish, then it reads in Spanish, fits the screen and counts listed people only', async () => {
    const token = await createShareLink(db, setup.community.id);
    const context = await chosenLanguageContext(browser, 'es', { viewport: PHONE, isMobile: true, hasTouch: true, locale: 'es-MX' });
    const page = await context.newPage();
    await page.goto(`${server.url}/s/${token}/growth`);
    await page.getByTestId('growth-page').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cómo vamos creciendo');
    expect(await page.getByTestId('growth-figure-people').locator('tbody td').allTextContents()).toEqual(['3', '4', '5']);
    expect(await page.textContent('body')).not.toContain('Oculta');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: 'test-results/growth-phone.png', fullPage: true });
    await context.close();
  });
});

/** Waits for the replay to show `step` (0-based) and the map to draw it, then reads what the map holds. */
async function stepShown(page: Page, step: number) {
  await page.locator(`[data-testid="growth-controls"][data-replay-step="${step}"]`).waitFor();
  const map = page.getByTestId('community-map');
  return { people: Number(await map.getAttribute('data-node-count')), ties: Number(await map.getAttribute('data-edge-count')) };
}

/** Replays the three workshops with the next button, reading each step's map. */
async function replay(page: Page) {
  await page.getByTestId('replay-start').click();
  const steps = [await stepShown(page, 0)];
  for (const step of [1, 2]) {
    await page.getByTestId('replay-next').click();
    steps.push(await stepShown(page, step));
  }
  return steps;
}

describe('Growth replay on the cluster map', () => {
  it('when a facilitator replays the growth and highlights what is new since the second workshop, then each step draws the network as it stood and exactly the last workshop’s newcomer is marked', async () => {
    const [name, value] = cookie.split('=') as [string, string];
    const context = await englishContext(browser, { viewport: DESKTOP });
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/c/${slug}`);
    await page.getByTestId('replay-start').waitFor();

    // Ana, Beto, Caro (2 ties); then Dani and the unlisted person (4); then Eva (6).
    expect(await replay(page)).toEqual([
      { people: 3, ties: 2 },
      { people: 5, ties: 4 },
      { people: 6, ties: 6 },
    ]);
    expect(await page.getByTestId('replay-step').textContent()).toMatch(/^Workshop 3 of 3: the map as it stood after Taller Centro/);
    expect(await page.getByTestId('replay-next').isDisabled()).toBe(true);
    await page.getByTestId('replay-previous').click();
    expect(await stepShown(page, 1)).toEqual({ people: 5, ties: 4 });
    await page.screenshot({ path: 'test-results/growth-replay-step-desktop.png' });
    // Play moves on by itself to the last workshop and stops there.
    await page.getByTestId('replay-play').click();
    expect(await stepShown(page, 2)).toEqual({ people: 6, ties: 6 });
    await page.locator('[data-testid="replay-play"][aria-pressed="false"]').waitFor();
    await page.getByTestId('replay-stop').click();

    const options = await page.getByTestId('since-select').locator('option').allTextContents();
    expect(options.slice(1).map((o) => o.replace(/ \(.*\)$/, ''))).toEqual(['Taller Norte', 'Taller Sur', 'Taller Centro']);
    await page.getByTestId('since-select').selectOption({ label: options[2]! });
    await page.locator(`[data-testid="community-map"][data-new-people="${eva}"]`).waitFor();
    expect(await page.getByTestId('community-map').getAttribute('data-new-edge-count')).toBe('2');
    expect(await page.getByTestId('since-count').textContent()).toBe('One person and 2 ties new since Taller Sur.');
    expect(await page.getByTestId('legend-new').textContent()).toContain('New since Taller Sur');
    await page.screenshot({ path: 'test-results/growth-replay-desktop.png' });
    await context.close();
  });

  it('when a share-link viewer replays the growth on a phone in Spanish, then no step draws the unlisted person', async () => {
    const token = await createShareLink(db, setup.community.id);
    const context = await chosenLanguageContext(browser, 'es', { viewport: PHONE, isMobile: true, hasTouch: true, locale: 'es-MX' });
    const page = await context.newPage();
    await page.goto(`${server.url}/s/${token}`);
    await page.getByTestId('replay-start').waitFor();

    expect(await replay(page)).toEqual([
      { people: 3, ties: 2 },
      { people: 4, ties: 3 },
      { people: 5, ties: 5 },
    ]);
    expect(await page.getByTestId('replay-step').textContent()).toMatch(/^Taller 3 de 3: el mapa tal como quedó después de Taller Centro/);
    expect(await page.textContent('body')).not.toContain('Oculta');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.locator('[data-testid="community-map"][data-layout="done"]:not([data-view="moving"])').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: 'test-results/growth-replay-phone.png', fullPage: true });
    await context.close();
  });
});
