// Consent and erasure in Chromium: a participant narrows consent, downloads and erases their record
// through the private link, and a share-link viewer never sees them once they are not listed.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/client-build.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createLogger } from '../../server/logger.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { generateCommunity } from '../../seed/generate.ts';
import { DESKTOP, PHONE, launchChromium, englishContext } from '../support/browser.ts';
import { uniqueSlug, useTestDatabase } from '../support/database.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
const community = generateCommunity({ people: 30, slug: uniqueSlug('privado') });
const listedBefore = community.people.filter((p) => p.listed).length;
let server: TestServer;
let browser: Browser;
let share: string;

beforeAll(async () => {
  await importCommunity(db, community);
  share = await createShareLink(db, community.community.id);
  server = await startTestServer(db, { clientDir: await ensureClientBuilt(createLogger('warn')) });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** How many people the share-link map draws. */
async function sharedNodeCount(): Promise<number> {
  const page = await browser.newPage({ viewport: DESKTOP });
  await page.goto(`${server.url}/s/${share}`);
  const map = page.locator('[data-testid="community-map"][data-layout="done"]');
  await map.waitFor({ timeout: 60_000 });
  const count = Number(await map.getAttribute('data-node-count'));
  await page.close();
  return count;
}

describe('privacy through the private link', () => {
  it('when a participant withdraws consent, downloads their data and erases it, then shared views follow at once', async () => {
    const workshop = await createWorkshop(db, community.community.id, {
      id: randomUUID(),
      title: 'Privado',
      date: '2025-01-01',
      regionId: null,
    });
    const email = `${randomUUID()}@example.org`;
    const sent: any = await gql(
      server.url,
      'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { privateToken } }',
      {
        c: workshop.code,
        i: {
          submissionId: randomUUID(),
          name: 'Lucía Visible',
          email,
          knows: [{ personId: community.people[0]!.id }],
          consent: { listed: true, contactable: true },
        },
      },
    );
    expect(await sharedNodeCount()).toBe(listedBefore + 1);

    const context = await englishContext(browser, {
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      locale: 'en-US',
      acceptDownloads: true,
    });
    const page: Page = await context.newPage();
    await page.goto(`${server.url}/me/${sent.data.submitSurvey.privateToken}`);
    const listed = page.getByLabel('Show me on the community map that members and share-link viewers can see');
    await expect.poll(() => listed.isChecked()).toBe(true);
    await listed.uncheck();
    await page.getByRole('button', { name: 'Save my changes' }).click();
    await page.getByText('Saved.').waitFor();
    expect(await sharedNodeCount()).toBe(listedBefore);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-my-data').click()]);
    const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(data.person).toMatchObject({ name: 'Lucía Visible', email, listed: false });
    expect(data.workshops).toEqual([expect.objectContaining({ title: 'Privado' })]);

    await page.getByRole('button', { name: 'Erase my record…' }).click();
    await page.getByTestId('erase-confirm').click();
    await page.getByTestId('record-erased').waitFor();
    await page.screenshot({ path: 'test-results/privacy-erased-phone.png' });
    await page.reload();
    await page.getByText('This private link does not open any record (it may have been erased).').waitFor();
    expect(await sharedNodeCount()).toBe(listedBefore);
  });
});
