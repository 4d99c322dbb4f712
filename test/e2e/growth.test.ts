// "How we are growing" in Chromium: a community mapped in three workshops through the API, then read by its
// facilitator (English, desktop) and through a share link (Spanish, phone), which never shows unlisted people.
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
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

beforeAll(async () => {
  await importCommunity(db, setup);
  server = await startTestServer(db, { clientDir: await ensureClientBuilt(createLogger('warn')) });
  browser = await launchChromium();
  await mkdir('test-results', { recursive: true });
  cookie = await signedInFacilitator(db, server.url, [slug]);
  await mapGrowthStory(server.url, cookie, slug, { norte: regionId('Norte'), sur: regionId('Sur') });
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
