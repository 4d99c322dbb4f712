// Curation in Chromium: a stranger answers under a member's name, the facilitator sees why the record was
// flagged and merges it, and the stranger's private link then opens nothing and says so, in their language.
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
import { DESKTOP, PHONE, launchChromium, englishContext } from '../support/browser.ts';
import { uniqueSlug, useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
const community = buildCommunity({ regions: ['Occidente'], people: [{ name: 'Luis Pérez' }] });
const email = `${uniqueSlug('curadora')}@example.org`;
const password = 'curadora de datos';
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await importCommunity(db, community);
  await upsertUser(db, { email, passwordHash: await hashPassword(password), role: 'FACILITATOR', communitySlugs: [community.community.slug] });
  server = await startTestServer(db, { clientDir: await ensureClientBuilt(createLogger('warn')) });
  browser = await launchChromium();
  await mkdir('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const submit = async (code: string, input: Record<string, unknown>) =>
  ((await gql(server.url, 'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { privateToken } }', {
    c: code,
    i: { submissionId: randomUUID(), consent: { listed: true, contactable: true }, ...input },
  }, { device: randomUUID() })) as any).data.submitSurvey.privateToken as string;

describe('curating possible duplicates', () => {
  it('when a facilitator merges a look-alike into the member it copied, then the page says why it was flagged and the look-alike’s link says it was merged, in Spanish and in English', async () => {
    const workshop = await createWorkshop(db, community.community.id, { id: randomUUID(), title: 'Taller de curación', date: '2025-06-01', regionId: null });
    const memberLink = await submit(workshop.code, { name: 'Matías Ruiz', email: 'matias@example.org' });
    const strangerLink = await submit(workshop.code, { name: 'MATIAS RUIZ', email: 'MATIAS@example.org' });

    const desk = await (await englishContext(browser, { viewport: DESKTOP, locale: 'en-US' })).newPage();
    await desk.goto(`${server.url}/signin?next=${encodeURIComponent(`/w/${workshop.id}/curate`)}`);
    await desk.getByLabel('Email').fill(email);
    await desk.getByLabel('Password').fill(password);
    await desk.getByTestId('signin-submit').click();
    await desk.waitForURL(/\/curate$/);
    const card = desk.getByTestId('response-item').filter({ has: desk.getByRole('heading', { name: 'MATIAS RUIZ', exact: true }) });
    await expect.poll(() => card.getByTestId('duplicate-reasons').textContent()).toMatch(/same name.*same email/);
    await desk.screenshot({ path: 'test-results/curation-desktop.png', fullPage: true });
    await card.getByTestId('merge-person').click();
    await desk.getByTestId('merge-confirm').click();
    await card.waitFor({ state: 'detached' });

    for (const [locale, text] of [
      ['en-US', /merged these answers into another record/],
      ['es-MX', /unió estas respuestas con otro registro/],
    ] as const) {
      const phone = await (await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale })).newPage();
      await phone.goto(`${server.url}/me/${strangerLink}`);
      await expect.poll(() => phone.getByTestId('record-unavailable').textContent()).toMatch(text);
      expect(await phone.locator('body').innerText()).not.toContain('matias@example.org');
      await phone.screenshot({ path: `test-results/curation-merged-link-${locale}.png` });
    }
    const member = await (await englishContext(browser, { viewport: PHONE, isMobile: true, locale: 'en-US' })).newPage();
    await member.goto(`${server.url}/me/${memberLink}`);
    await expect.poll(() => member.getByLabel('Your name').inputValue()).toBe('Matías Ruiz');
  });
});
