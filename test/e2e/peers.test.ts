// The peer finder in Chromium, on a hand-built community where the right answers are known:
//   Ana (Norte) seeks prescribed burning and offers community brigades; Bruno (Sur) does the reverse, so he is
//   her best match. Ana knows Luis, Luis knows Carla, Carla knows Bruno: Luis and Carla can introduce them.
//   Dora (Sur) seeks community brigades but knows nobody: no chain reaches her. Elena (Norte) seeks prescribed
//   burning too, so Norte seeks it and nobody there offers it: a gap, with Bruno the nearest offerer.
//   Fede has no interests and no ties: nobody to suggest.
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/client-build.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createLogger } from '../../server/logger.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { DESKTOP, PHONE, launchChromium, englishContext } from '../support/browser.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
const community = buildCommunity({
  regions: ['Norte', 'Sur'],
  organizations: ['CONAFOR', 'Pronatura'],
  interests: ['prescribed burning', 'community brigades', 'satellite hotspots'],
  people: [
    { name: 'Ana Seeker', region: 'Norte', organization: 'CONAFOR', seeks: ['prescribed burning'], offers: ['community brigades'] },
    { name: 'Bruno Complement', region: 'Sur', organization: 'Pronatura', offers: ['prescribed burning'], seeks: ['community brigades'] },
    { name: 'Luis Middle', region: 'Norte', offers: ['satellite hotspots'] },
    { name: 'Carla Bridge', region: 'Sur', seeks: ['satellite hotspots'] },
    { name: 'Dora Alone', region: 'Sur', seeks: ['community brigades'] },
    { name: 'Elena Norte', region: 'Norte', seeks: ['prescribed burning'] },
    { name: 'Fede Quiet', region: 'Sur', participation: 'PERIPHERAL' },
  ],
  ties: [
    ['Ana Seeker', 'Luis Middle'],
    ['Luis Middle', 'Carla Bridge'],
    ['Carla Bridge', 'Bruno Complement'],
  ],
});
const slug = community.community.slug;
const id = (name: string) => community.people.find((p) => p.name === name)!.id;

let server: TestServer;
let browser: Browser;
let facilitator: BrowserContext;

beforeAll(async () => {
  await importCommunity(db, community);
  server = await startTestServer(db, { clientDir: await ensureClientBuilt(createLogger('warn')) });
  browser = await launchChromium();
  facilitator = await englishContext(browser, { viewport: DESKTOP, locale: 'en-US' });
  const [name, value] = (await signedInFacilitator(db, server.url, [slug])).split('=') as [string, string];
  await facilitator.addCookies([{ name, value, url: server.url }]);
  await mkdir('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const mapOf = (page: Page) => page.getByTestId('community-map');

describe('the peer finder in Chromium', () => {
  it('when a facilitator picks a person, then the complementary person comes first with the reason, highlighted, with the chain that can introduce them', async () => {
    const page = await facilitator.newPage();
    await page.goto(`${server.url}/c/${slug}`);
    await page.getByTestId('peers-link').click();
    await page.waitForURL(/\/peers$/);

    await page.getByRole('combobox', { name: 'Person' }).fill('Ana');
    await page.getByRole('option', { name: /Ana Seeker/ }).click();
    await page.waitForURL(new RegExp(`person=${id('Ana Seeker')}`));

    const suggestions = page.getByTestId('suggestion');
    await suggestions.first().waitFor();
    const first = suggestions.first();
    expect(await first.getAttribute('data-person-id')).toBe(id('Bruno Complement'));
    expect(await first.getByTestId('suggestion-reasons').textContent()).toMatch(/prescribed burning/i);
    expect(await first.locator('[data-part="complementarity"]').count()).toBe(1);

    // The map stands out the person and everyone suggested.
    const map = mapOf(page);
    await map.and(page.locator('[data-layout="done"]')).waitFor({ timeout: 60_000 });
    const shown = await suggestions.count();
    await expect.poll(() => map.getAttribute('data-highlight-count')).toBe(String(shown + 1));

    // Who can introduce Ana to Bruno: Luis, then Carla; the three ties are drawn on the map.
    await first.getByRole('button', { name: 'Who can introduce them?' }).click();
    const steps = first.getByTestId('path-step');
    await steps.nth(3).waitFor();
    expect(await steps.allTextContents()).toEqual([
      expect.stringContaining('Ana Seeker'),
      expect.stringContaining('Luis Middle'),
      expect.stringContaining('Carla Bridge'),
      expect.stringContaining('Bruno Complement'),
    ]);
    await expect.poll(() => map.getAttribute('data-path-ties')).toBe('3');
    expect(await map.getAttribute('data-highlight-count')).toBe('4');
    await page.screenshot({ path: 'test-results/peers-desktop.png' });

    // Nobody Ana knows knows Dora: the page says so instead of drawing anything.
    const dora = page.locator(`[data-testid="suggestion"][data-person-id="${id('Dora Alone')}"]`);
    await dora.getByRole('button', { name: 'Who can introduce them?' }).click();
    await dora.getByTestId('no-path').waitFor();
    await expect.poll(() => map.getAttribute('data-path-ties')).toBe('0');

    // The profile panel of a suggestion.
    await first.getByRole('button', { name: /Bruno Complement/ }).click();
    const profile = page.getByTestId('profile-panel');
    await profile.getByRole('heading', { name: 'Bruno Complement' }).waitFor();
    expect(await profile.textContent()).toMatch(/Pronatura · Sur/);
    await page.close();
  });

  it('when an interest chip is followed, then its page shows the region that seeks it with nobody offering it, and the nearest offerer', async () => {
    const page = await facilitator.newPage();
    await page.goto(`${server.url}/c/${slug}/peers?person=${id('Ana Seeker')}`);
    const first = page.getByTestId('suggestion').first();
    await first.getByRole('link', { name: 'prescribed burning' }).first().click();
    await page.waitForURL(/\/interests\//);

    const gap = page.getByTestId('interest-gap');
    await gap.first().waitFor();
    expect(await gap.count()).toBe(1);
    const text = await gap.textContent();
    expect(text).toContain('Norte');
    expect(text).toContain('Ana Seeker');
    expect(text).toContain('Elena Norte');
    expect(text).toContain('Bruno Complement');
    expect(await page.getByTestId('offered-by').textContent()).toContain('Bruno Complement');
    await page.screenshot({ path: 'test-results/peers-interest.png', fullPage: true });
    await page.close();
  });

  it('when the person has nothing to match on, then the page says there are no suggestions yet', async () => {
    const page = await facilitator.newPage();
    await page.goto(`${server.url}/c/${slug}/peers?person=${id('Fede Quiet')}`);
    await page.getByTestId('no-suggestions').waitFor();
    expect(await page.getByTestId('suggestion').count()).toBe(0);
    await page.close();
  });

  it('when the peer finder is opened through a share link on a phone, then it is one column with the map below the list', async () => {
    const cookie = (await facilitator.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const created: any = await gql(
      server.url,
      'mutation($s: String!) { createShareLink(communitySlug: $s) { path } }',
      { s: slug },
      { cookie },
    );
    const sharePath: string = created.data.createShareLink.path;

    const context = await englishContext(browser, { viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}${sharePath}/peers?person=${id('Ana Seeker')}`);
    await page.getByTestId('share-note').waitFor();
    const list = page.getByTestId('suggestions');
    await list.waitFor();
    expect(await page.getByTestId('suggestion').first().getAttribute('data-person-id')).toBe(id('Bruno Complement'));
    await mapOf(page).and(page.locator('[data-layout="done"]')).waitFor({ timeout: 60_000 });

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const listBox = (await list.boundingBox())!;
    const mapBox = (await mapOf(page).boundingBox())!;
    expect(mapBox.y).toBeGreaterThan(listBox.y + listBox.height);
    expect(mapBox.width).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: 'test-results/peers-phone.png', fullPage: true });

    // Interest chips stay under the share link.
    await page.getByTestId('interest-chip').first().click();
    await page.waitForURL(new RegExp(`${sharePath}/interests/`));
    await page.getByTestId('interest-page').waitFor();
    await context.close();
  });
});
