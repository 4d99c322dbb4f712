// Setting a new community up in Chromium, beyond the first load of the catalogue CSV (community-from-zero.test.ts
// walks that): the same file again changes nothing, an interest is edited in place, the email question is
// switched off and the join page no longer asks it; the pages on a phone in Spanish.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.ts';
import { upsertUser } from '../../server/auth/user-repository.ts';
import { ensureClientBuilt } from '../../server/client-build.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createLogger } from '../../server/logger.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { DESKTOP, PHONE, englishContext, launchChromium } from '../support/browser.ts';
import { uniqueSlug, useTestDatabase } from '../support/database.ts';
import { TEN_INTERESTS, importInterestsCsv } from '../support/catalogue.ts';
import { buildCommunity } from '../support/factories.ts';
import { startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
// A new community: its regions exist (region editing is another screen's), nobody and nothing else yet.
const community = buildCommunity({ regions: ['Norte', 'Centro', 'Sur', 'Costa'], people: [] });
const email = `${uniqueSlug('coordinadora')}@example.org`;
const password = 'coordinadora nueva';
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await importCommunity(db, community);
  await upsertUser(db, {
    email,
    passwordHash: await hashPassword(password),
    role: 'FACILITATOR',
    communitySlugs: [community.community.slug],
  });
  server = await startTestServer(db, { clientDir: await ensureClientBuilt(createLogger('warn')) });
  browser = await launchChromium();
  await mkdir('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('setting up a new community', () => {
  it('when a facilitator loads the catalogue CSV twice, edits an interest and switches the email question off, then nothing changes the second time, the edit shows and the join page no longer asks for an email', async () => {
    const slug = community.community.slug;
    const workshop = await createWorkshop(db, community.community.id, {
      id: randomUUID(),
      title: 'Primer taller',
      date: '2025-06-01',
      regionId: null,
    });
    const phone = await (await englishContext(browser, { viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
    await phone.goto(`${server.url}/join/${workshop.code}`);
    await phone.getByTestId('survey-form').waitFor();
    expect(await phone.locator('#survey-email').count()).toBe(1);

    const desk = await (await englishContext(browser, { viewport: DESKTOP })).newPage();
    await desk.goto(`${server.url}/signin?next=${encodeURIComponent(`/c/${slug}`)}`);
    await desk.getByLabel('Email').fill(email);
    await desk.getByLabel('Password').fill(password);
    await desk.getByTestId('signin-submit').click();
    // An empty community leads to the next steps instead of an empty map.
    await desk.getByTestId('next-steps').filter({ hasText: 'Regions: 4 ready.' }).waitFor();
    await desk.screenshot({ path: 'test-results/catalogue-community-empty-desktop.png', fullPage: true });

    await desk.getByTestId('catalogue-link').click();
    await desk.waitForURL(/\/catalogue$/);
    await importInterestsCsv(desk, TEN_INTERESTS, 10);
    const importer = desk.getByTestId('catalogue-import-interest');

    // The same file again: nothing to change, and the page says so.
    await importer.getByTestId('catalogue-check').click();
    await importer.getByTestId('catalogue-report').filter({ hasText: 'Nothing to change' }).waitFor();
    expect(await importer.getByTestId('catalogue-run').isDisabled()).toBe(true);

    // Edited in place: the row becomes inputs, and saving shows the new English name.
    const row = desk.getByTestId('interest-row').filter({ hasText: 'Financiamiento' });
    await row.getByRole('button', { name: 'Edit: Financiamiento' }).click();
    const editing = desk.getByTestId('interest-edit-row');
    await editing.getByTestId('interest-nameEn').fill('Fundraising');
    await editing.getByTestId('interest-theme').fill('Gestión');
    await editing.getByTestId('interest-save').click();
    await desk.getByTestId('interest-row').filter({ hasText: 'Financiamiento' }).filter({ hasText: 'Fundraising' }).waitFor();
    await desk.screenshot({ path: 'test-results/catalogue-desktop.png', fullPage: true });

    await desk.goto(`${server.url}/c/${slug}/survey`);
    await desk.getByTestId('settings-askEmail').uncheck();
    await desk.getByTestId('settings-save').click();
    await desk.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(await desk.getByTestId('settings-preview').getAttribute('href')).toBe(`/join/${workshop.code}`);
    await desk.screenshot({ path: 'test-results/survey-settings-desktop.png', fullPage: true });

    await phone.reload();
    await phone.getByTestId('survey-form').waitFor();
    expect(await phone.locator('#survey-email').count()).toBe(0);
    expect(await phone.locator('#survey-role').count()).toBe(1);
    await phone.screenshot({ path: 'test-results/join-without-email-phone.png', fullPage: true });

    // The same pages on a phone, in Spanish (screenshots to look at; the assertions are above).
    const small = await (await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'es-MX' })).newPage();
    await small.goto(`${server.url}/signin?next=${encodeURIComponent(`/c/${slug}/catalogue`)}`);
    await small.locator('input[type=email]').fill(email);
    await small.locator('input[type=password]').fill(password);
    await small.getByTestId('signin-submit').click();
    await small.getByTestId('interests-table').waitFor();
    await small.screenshot({ path: 'test-results/catalogue-phone-es.png', fullPage: true });
    for (const [path, name] of [
      [`/c/${slug}/survey`, 'survey-settings'],
      [`/c/${slug}`, 'community-empty'],
      [`/c/${slug}/peers`, 'peers-empty'],
    ] as const) {
      await small.goto(`${server.url}${path}`);
      await small.locator('main h1').first().waitFor();
      await small.screenshot({ path: `test-results/${name}-phone-es.png`, fullPage: true });
    }
    expect(await small.getByTestId('peers-empty').textContent()).toContain('Aún no hay a quién sugerir');
  });
});
