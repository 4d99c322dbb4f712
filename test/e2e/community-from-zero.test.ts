// A new coordinator on a fresh install, in Chromium: setup link → admin → a Spanish community → four regions
// → ten interests from the catalogue CSV template → a co-facilitator by invitation → a workshop → three phones
// answering from that catalogue → the regional cluster map (the empty region too) → peer suggestions.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { readTx } from '../../server/db/transaction.ts';
import { startTejido } from '../../server/tejido.ts';
import type { Tejido } from '../../server/tejido.ts';
import { DESKTOP, PHONE, englishContext, launchChromium } from '../support/browser.ts';
import { capturedLog } from '../support/captured-log.ts';
import { TEN_INTERESTS, importInterestsCsv } from '../support/catalogue.ts';

const COMMUNITY = 'Red Andina de Manejo del Fuego';
const SLUG = 'red-andina-de-manejo-del-fuego';
const REGIONS = ['Andes del Norte', 'Andes Centrales', 'Altiplano', 'Andes del Sur'];
const shots = 'test-results/community-from-zero';
let tejido: Tejido;
let dataDir: string;
let browser: Browser;

/** A port nobody listens on now, for the fresh install's own Neo4j. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const log = capturedLog();

beforeAll(async () => {
  // A fresh install: its own empty Neo4j store, no demo, nothing but what the coordinator does.
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tejido-fresh-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    TEJIDO_DATA_DIR: dataDir,
    TEJIDO_NEO4J_PORT: String(await freePort()),
    TEJIDO_SEED_DEMO: 'false',
    TEJIDO_WARM_UP: 'false',
  });
  tejido = await startTejido({ config, logger: log.logger });
  await tejido.ready;
  browser = await launchChromium();
  await mkdir(shots, { recursive: true });
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await tejido?.stop('test over');
  await rm(dataDir, { recursive: true, force: true });
}, 120_000);

async function desktop(): Promise<Page> {
  return (await englishContext(browser, { viewport: DESKTOP })).newPage();
}

/** Looks at a page at desktop and phone sizes (screenshots for a person to check; not part of the verdict). */
async function snapshot(page: Page, name: string) {
  await page.screenshot({ path: `${shots}/${name}-desktop.png`, fullPage: true });
  const size = page.viewportSize()!;
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: `${shots}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize(size);
}

async function answer(code: string, name: string, region: string, offers: string, seeks: string) {
  const page = await (await englishContext(browser, { viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
  await page.goto(`${tejido.url}/join/${code}`);
  await page.getByTestId('survey-form').waitFor();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Region').selectOption({ label: region });
  for (const [label, interest] of [
    ['What I can offer', offers],
    ['What I seek', seeks],
  ] as const) {
    const box = page.getByRole('combobox', { name: label });
    await box.fill(interest);
    await box.press('Enter');
  }
  await page.getByLabel('Show me on the community map that members and share-link viewers can see').check();
  // Suggestions name only people who agreed to be suggested as contacts.
  await page.getByLabel('Members may be suggested to contact me').check();
  await page.getByTestId('survey-submit').click();
  await page.getByTestId('receipt-private-link').waitFor();
  await page.context().close();
}

describe('a community from zero', () => {
  it('when a new coordinator starts from a fresh install, then in the browser alone they reach a regional map and peer suggestions', async () => {
    // The setup link printed at start makes the first admin, and leads to creating a community.
    const setup = await log.waitFor((line) => line.msg.startsWith('no account yet'), 120_000, 'the setup link');
    const coordinator = await desktop();
    await coordinator.goto(String(setup.url));
    await coordinator.getByLabel('Email').fill('coordinadora@redandina.example.org');
    await coordinator.getByLabel('Password', { exact: true }).fill('una clave larga 2026');
    await coordinator.getByLabel('Password again').fill('una clave larga 2026');
    await coordinator.getByTestId('setup-submit').click();
    await coordinator.waitForURL(/\/admin\/communities/);
    await coordinator.getByText(/start by creating the community/i).waitFor();
    await snapshot(coordinator, 'communities-first');

    // The community, in Spanish; its address is suggested from the name.
    await coordinator.getByLabel('Name', { exact: true }).fill(COMMUNITY);
    expect(await coordinator.getByLabel('Address (slug)').inputValue()).toBe(SLUG);
    expect(await coordinator.getByLabel('Default language').inputValue()).toBe('ES');
    await coordinator.getByRole('button', { name: 'Create community' }).click();
    await coordinator.waitForURL(new RegExp(`/c/${SLUG}/settings$`));
    await coordinator.getByTestId('no-regions').waitFor();
    await snapshot(coordinator, 'settings-empty');

    // Four regions, in the order typed.
    for (const region of REGIONS) {
      const before = await coordinator.getByTestId('region-item').count();
      await coordinator.locator('#new-region-name').fill(region);
      await coordinator.getByRole('button', { name: 'Add region' }).click();
      await coordinator.getByTestId('region-item').nth(before).waitFor();
    }
    expect(await coordinator.getByTestId('region-item').locator('strong').allInnerTexts()).toEqual(REGIONS);

    // The interest catalogue from the CSV template, reached from the community's next steps.
    await coordinator.goto(`${tejido.url}/c/${SLUG}`);
    await coordinator.getByTestId('next-steps').filter({ hasText: 'Regions: 4 ready.' }).waitFor();
    await coordinator.getByTestId('catalogue-link').click();
    await coordinator.waitForURL(new RegExp(`/c/${SLUG}/catalogue$`));
    await importInterestsCsv(coordinator, TEN_INTERESTS, 10);
    await snapshot(coordinator, 'catalogue');
    await coordinator.goto(`${tejido.url}/c/${SLUG}/settings`);

    // A co-facilitator by invitation: they choose their own password, are signed in, and can sign in again.
    await coordinator.getByLabel('Their email').fill('cofacilitador@redandina.example.org');
    await coordinator.getByRole('button', { name: 'Create invitation link' }).click();
    const link = (await coordinator.getByTestId('one-time-link').innerText()).trim();
    expect(link).toMatch(/\/invite\/[\w-]+$/);
    await snapshot(coordinator, 'settings-regions-invitation');
    const cofacilitator = await desktop();
    await cofacilitator.goto(link);
    await cofacilitator.getByText(`You are invited to facilitate ${COMMUNITY}`).waitFor();
    await snapshot(cofacilitator, 'invitation');
    await cofacilitator.getByLabel('Password', { exact: true }).fill('otra clave larga 2026');
    await cofacilitator.getByLabel('Repeat the password').fill('otra clave larga 2026');
    await cofacilitator.getByRole('button', { name: 'Accept and sign in' }).click();
    await cofacilitator.waitForURL(/\/facilitate$/);
    await cofacilitator.getByTestId(`community-workshops-${SLUG}`).waitFor();
    const again = await desktop();
    await again.goto(`${tejido.url}/signin`);
    await again.getByLabel('Email').fill('cofacilitador@redandina.example.org');
    await again.getByLabel('Password').fill('otra clave larga 2026');
    await again.getByTestId('signin-submit').click();
    await again.waitForURL(/\/facilitate/);
    // The link worked once.
    await again.goto(link);
    await again.getByTestId('invitation-problem').waitFor();
    expect(await again.getByTestId('invitation-problem').innerText()).toContain('already used');
    await snapshot(again, 'invitation-used');

    // The co-facilitator runs a workshop; three phones answer with the community's regions.
    await cofacilitator.getByTestId('new-workshop-title').fill('Primer taller');
    await cofacilitator.getByTestId('new-workshop-submit').click();
    await cofacilitator
      .getByTestId('workshop-item')
      .filter({ hasText: 'Primer taller' })
      .getByRole('link', { name: 'Projector view' })
      .click();
    await cofacilitator.waitForURL(/\/w\/[\w-]+$/);
    const code = (await cofacilitator.getByTestId('workshop-code').innerText()).replace(/\s/g, '');
    // On the default loopback address, the projector says phones cannot open the link and how to fix it.
    await cofacilitator.getByTestId('loopback-warning').waitFor();
    await snapshot(cofacilitator, 'projector-loopback');
    // The phones pick their interests from the catalogue (in English here, its English names).
    await answer(code, 'Ana Quema', REGIONS[0]!, 'Prescribed burning', 'Community fire brigades');
    await answer(code, 'Beto Brigada', REGIONS[1]!, 'Community fire brigades', 'Prescribed burning');
    await answer(code, 'Caro Altiplano', REGIONS[2]!, 'Post-fire restoration', 'Prescribed burning');
    await cofacilitator.getByTestId('response-count').filter({ hasText: '3' }).waitFor();
    const interests = await readTx(
      tejido.db,
      async (tx) =>
        (await tx.run('MATCH (i:Interest)-[:OFFERS|SEEKS]-(:Person) RETURN count(DISTINCT i) AS held, COUNT { (:Interest) } AS all'))
          .records[0]!,
    );
    // The answers used the catalogue's interests: three of them held, none added.
    expect([Number(interests.get('held')), Number(interests.get('all'))]).toEqual([3, 10]);

    // The cluster map grouped by region shows the regions and who is in each.
    await coordinator.goto(`${tejido.url}/c/${SLUG}`);
    await coordinator.locator('[data-testid="community-map"][data-layout="done"]').waitFor({ timeout: 60_000 });
    const rows = coordinator.getByTestId('cluster-table').locator('tbody tr');
    await rows.nth(3).waitFor();
    const table = Object.fromEntries(
      await Promise.all(
        (await rows.all()).map(async (row) => [
          (await row.locator('th .link-button').innerText()).trim(),
          Number(await row.locator('[data-col="members"]').innerText()),
        ]),
      ),
    );
    // Every region is a cluster: the fourth, still empty, shows the gap.
    expect(table).toEqual({ [REGIONS[0]!]: 1, [REGIONS[1]!]: 1, [REGIONS[2]!]: 1, [REGIONS[3]!]: 0 });
    expect(await coordinator.getByTestId('community-map').getAttribute('data-cluster-count')).toBe('4');
    await snapshot(coordinator, 'cluster-map');

    // Peer suggestions for Ana, with a region preference.
    const ana = await readTx(tejido.db, async (tx) =>
      (await tx.run("MATCH (p:Person {name: 'Ana Quema'}) RETURN p.id AS id")).records[0]!.get('id'),
    );
    await coordinator.goto(`${tejido.url}/c/${SLUG}/peers?person=${ana}`);
    const suggestions = coordinator.getByTestId('suggestion');
    await suggestions.first().waitFor();
    expect(await suggestions.first().innerText()).toContain('Beto Brigada');
    await snapshot(coordinator, 'peers');
    // The region preference weighs, it does not filter: asked for other regions, Beto (of another region)
    // comes first with the reason that he bridges two clusters.
    await coordinator.getByRole('button', { name: 'Other regions' }).click();
    await suggestions.first().filter({ hasText: 'is in another region' }).waitFor();
    expect(await suggestions.first().innerText()).toContain('Beto Brigada');
    await snapshot(coordinator, 'peers-other-regions');
  }, 420_000);
});
