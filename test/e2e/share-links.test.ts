// Several share links in Chromium: a facilitator gives two coordinators a link each, revokes one, and the
// other keeps opening the map.
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/client-build.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createLogger } from '../../server/logger.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { DESKTOP, PHONE, launchChromium } from '../support/browser.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
const community = buildCommunity({
  regions: ['Occidente'],
  people: [
    { name: 'Ana Ruiz', region: 'Occidente' },
    { name: 'Luis Pérez', region: 'Occidente' },
  ],
  ties: [['Ana Ruiz', 'Luis Pérez']],
});
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await importCommunity(db, community);
  server = await startTestServer(db, { clientDir: await ensureClientBuilt(createLogger('warn')) });
  browser = await launchChromium();
  await mkdir('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('several share links', () => {
  it('when a facilitator creates two named links and revokes one, then the other still opens the map and the revoked one opens nothing', async () => {
    const cookie = await signedInFacilitator(db, server.url, [community.community.slug]);
    const [name, value] = cookie.split('=') as [string, string];
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-US' });
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/facilitate`);
    const panel = page.getByTestId('share-link-panel');

    const create = async (linkName: string) => {
      await panel.getByTestId('share-link-name').fill(linkName);
      await panel.getByTestId('share-link-create').click();
      await panel.getByLabel(`New share link “${linkName}”`).waitFor();
      return panel.getByTestId('share-link-url').inputValue();
    };
    const occidente = await create('Coordinadora Occidente');
    const pasillo = await create('Pantalla del pasillo');
    expect(occidente).not.toBe(pasillo);
    const items = panel.getByTestId('share-link-item');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(2);
    expect(await items.first().getByTestId('share-link-use').textContent()).toMatch(/^Created .* · not used yet$/);
    await page.screenshot({ path: 'test-results/share-links-desktop.png', fullPage: true });

    const item = items.filter({ hasText: 'Coordinadora Occidente' });
    await item.getByTestId('share-link-revoke').click();
    await item.getByTestId('share-link-revoke-confirm').click();
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(1);
    expect(await items.first().textContent()).toContain('Pantalla del pasillo');

    const viewer = await browser.newPage({ viewport: DESKTOP });
    await viewer.goto(pasillo);
    await viewer.getByTestId('community-map').waitFor();
    await viewer.goto(occidente);
    await viewer.getByTestId('share-link-unknown').waitFor();

    // The link that was used says so to the facilitator.
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByTestId('share-link-use').first().textContent();
        },
        { timeout: 30_000 },
      )
      .toMatch(/last used/);

    const phone = await (await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-US' })).newPage();
    await phone.context().addCookies([{ name, value, url: server.url }]);
    await phone.goto(`${server.url}/facilitate`);
    await phone.getByTestId('share-link-item').first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await phone.getByTestId('share-link-panel').screenshot({ path: 'test-results/share-links-phone.png' });
  });
});
