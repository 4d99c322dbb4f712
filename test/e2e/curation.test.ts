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
import { SURVEY_CSV_COLUMNS } from '../../server/workshops/survey-csv.ts';
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

/** A signed-in facilitator's page at `path`, in a browser of that size. */
async function signIn(viewport: { width: number; height: number }, path: string) {
  const page = await (
    await browser.newContext({ viewport, isMobile: viewport.width < 500, hasTouch: viewport.width < 500, locale: 'en-US' })
  ).newPage();
  await page.goto(`${server.url}/signin?next=${encodeURIComponent(path)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.waitForURL(/\/curate$/);
  return page;
}

/** The machines running these tests are shared and slow: a poll waits up to 20 s for the page to catch up. */
const SLOW = { timeout: 20_000 };

const submit = async (code: string, input: Record<string, unknown>) =>
  (
    (await gql(
      server.url,
      'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { privateToken } }',
      {
        c: code,
        i: { submissionId: randomUUID(), consent: { listed: true, contactable: true }, ...input },
      },
      { device: randomUUID() },
    )) as any
  ).data.submitSurvey.privateToken as string;

describe('curating possible duplicates', () => {
  it('when a facilitator merges a look-alike into the member it copied, then the page says why it was flagged and the look-alike’s link says it was merged, in Spanish and in English', async () => {
    const workshop = await createWorkshop(db, community.community.id, {
      id: randomUUID(),
      title: 'Taller de curación',
      date: '2025-06-01',
      regionId: null,
    });
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
    await expect.poll(() => card.getByTestId('merge-preview').innerText(), SLOW).toContain('Merged record');
    expect(await card.getByTestId('merge-confirm').textContent()).toBe('Merge into Matías Ruiz (matias@example.org)');
    await desk.getByTestId('merge-confirm').click();
    await card.waitFor({ state: 'detached' });

    for (const [locale, text] of [
      ['en-US', /merged these answers into another record/],
      ['es-MX', /unió estas respuestas con otro registro/],
    ] as const) {
      const phone = await (await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale })).newPage();
      await phone.goto(`${server.url}/me/${strangerLink}`);
      await expect.poll(() => phone.getByTestId('record-unavailable').textContent(), SLOW).toMatch(text);
      expect(await phone.locator('body').innerText()).not.toContain('matias@example.org');
      await phone.screenshot({ path: `test-results/curation-merged-link-${locale}.png` });
    }
    const member = await (await englishContext(browser, { viewport: PHONE, isMobile: true, locale: 'en-US' })).newPage();
    await member.goto(`${server.url}/me/${memberLink}`);
    await expect.poll(() => member.getByLabel('Your name').inputValue(), SLOW).toBe('Matías Ruiz');
  });

  it('when a facilitator reviews a flagged answer, then its card shows offers, seeks and the named ties, and the merge shows the merged record with a choice per differing field, the narrower consent, and names it', async () => {
    const workshop = await createWorkshop(db, community.community.id, {
      id: randomUUID(),
      title: 'Taller de revisión',
      date: '2025-06-02',
      regionId: null,
    });
    await submit(workshop.code, { name: 'Matías Ortega', organization: { name: 'UNAM' }, role: 'Investigador' });
    await submit(workshop.code, {
      name: 'Matias Ortega',
      organization: { name: 'CONAFOR' },
      offers: [{ name: 'Quemas prescritas' }],
      seeks: [{ name: 'Drones' }],
      knows: [{ personId: community.people[0]!.id }, { name: 'Nadie Conocido' }],
      consent: { listed: true, contactable: false },
    });

    const desk = await signIn(DESKTOP, `/w/${workshop.id}/curate`);
    const card = desk.getByTestId('response-item').filter({ has: desk.getByRole('heading', { name: 'Matias Ortega', exact: true }) });
    await expect.poll(() => card.getByTestId('answer-offers').textContent(), SLOW).toBe('Quemas prescritas');
    expect(await card.getByTestId('answer-seeks').textContent()).toBe('Drones');
    expect(await card.getByTestId('tie-matched').textContent()).toBe('Luis Pérez');
    expect(await card.getByTestId('tie-unmatched').textContent()).toBe('Nadie Conocidomatched nobody');
    await desk.screenshot({ path: 'test-results/curation-cards-desktop.png', fullPage: true });

    await card.getByTestId('merge-person').click();
    const dialog = card.getByTestId('merge-preview');
    // Kept by default: the earlier record's organization; the facilitator picks the answer's one instead.
    await expect.poll(() => dialog.getByTestId('merge-result-name').textContent(), SLOW).toBe('Matías Ortega (UNAM)');
    expect(await dialog.getByTestId('merge-result-consent').textContent()).toMatch(
      /^listed, does not want to be contacted — the narrower of the two/,
    );
    expect(await dialog.getByTestId('merge-field-ROLE').count()).toBe(1);
    await dialog
      .getByTestId('merge-field-ORGANIZATION')
      .getByLabel(/CONAFOR/)
      .check();
    await expect.poll(() => dialog.getByTestId('merge-result-name').textContent(), SLOW).toBe('Matías Ortega (CONAFOR)');
    await expect.poll(() => dialog.getByTestId('merge-confirm').textContent(), SLOW).toBe('Merge into Matías Ortega (CONAFOR)');
    await desk.screenshot({ path: 'test-results/merge-preview-desktop.png', fullPage: true });
    const phone = await signIn(PHONE, `/w/${workshop.id}/curate`);
    const phoneCard = phone
      .getByTestId('response-item')
      .filter({ has: phone.getByRole('heading', { name: 'Matias Ortega', exact: true }) });
    await phoneCard.getByTestId('merge-person').click();
    await phoneCard.getByTestId('merge-result-name').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await phone.screenshot({ path: 'test-results/merge-preview-phone.png', fullPage: true });

    await dialog.getByTestId('merge-confirm').click();
    await expect.poll(() => desk.getByTestId('merge-done').textContent(), SLOW).toBe('Merged into Matías Ortega (CONAFOR).');
    const kept = desk.getByTestId('response-item').filter({ has: desk.getByRole('heading', { name: 'Matías Ortega', exact: true }) });
    await expect.poll(() => kept.locator('.response-card__meta').first().textContent(), SLOW).toBe('Investigador · CONAFOR');
    expect(await kept.locator('.response-card__meta').nth(1).textContent()).toBe('No email · does not want to be contacted');
  });
});

describe('paper surveys by CSV', () => {
  it('when a facilitator checks a file with a bad row, then the report shows the figures, the new names and the row to fix and nothing can be imported; fixed, it imports and says so', async () => {
    const workshop = await createWorkshop(db, community.community.id, {
      id: randomUUID(),
      title: 'Taller en papel',
      date: '2025-06-03',
      regionId: null,
    });
    const header = SURVEY_CSV_COLUMNS.join(',');
    const good = 'Pedro Soto,,Brigadista,Ejido Nuevo,Occidente,Manejo de combustibles; Sensores remotos,,Luis Pérez,yes,yes';
    const desk = await signIn(DESKTOP, `/w/${workshop.id}/curate`);
    const importer = desk.getByTestId('paper-import');
    const upload = (rows: string[]) =>
      importer
        .getByTestId('import-file')
        .setInputFiles({ name: 'encuestas.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\n')) });

    await upload([good, 'Rosa Díaz,not-an-email,,,,,,,yes,yes']);
    await importer.getByTestId('import-check').click();
    const report = importer.getByTestId('import-report');
    await expect.poll(() => report.locator('h3').textContent(), SLOW).toBe('1 problem to fix: nothing was imported.');
    const figures = Object.fromEntries(
      await report
        .locator('.import-report__counts > div')
        .evaluateAll((items) => items.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent])),
    );
    expect(figures).toMatchObject({ Rows: '2', 'New people': '1', Rejected: '1' });
    expect(await report.innerText()).toMatch(/New organizations: Ejido Nuevo/);
    expect(await report.innerText()).toMatch(/New interests: Manejo de combustibles, Sensores remotos/);
    const problem = report.getByTestId('import-rejected').locator('tbody tr');
    expect(await problem.count()).toBe(1);
    expect(await problem.locator('td').first().textContent()).toBe('3');
    expect(await importer.getByTestId('import-run').isDisabled()).toBe(true);
    await desk.screenshot({ path: 'test-results/paper-import-problems-desktop.png', fullPage: true });

    await upload([good]);
    await importer.getByTestId('import-check').click();
    await expect.poll(() => report.locator('h3').textContent(), SLOW).toBe('The row can be imported.');
    await importer.getByTestId('import-run').click();
    await expect.poll(() => report.locator('h3').textContent(), SLOW).toBe('Imported 1 row.');
    await desk
      .getByTestId('response-item')
      .filter({ has: desk.getByRole('heading', { name: 'Pedro Soto', exact: true }) })
      .waitFor(SLOW);
  });
});
