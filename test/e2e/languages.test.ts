// Every page in Spanish and in English, in a real Chromium: a page speaking one language must show none of the
// other catalogue's phrases (names and data aside). The phrases come from the catalogues themselves, so a text
// left out of them (hard-coded English) or a page that does not switch is caught.
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../client/src/i18n/locales/en.ts';
import es from '../../client/src/i18n/locales/es.ts';
import { ensureClientBuilt } from '../../server/client-build.ts';
import { upsertUser } from '../../server/auth/user-repository.ts';
import { writeTx } from '../../server/db/transaction.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createLogger } from '../../server/logger.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { signedInAdmin, signedInFacilitator } from '../support/accounts.ts';
import { DESKTOP, PHONE, chosenLanguageContext, expectConsole, launchChromium } from '../support/browser.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
const community = buildCommunity({
  regions: ['Norte', 'Sur'],
  organizations: ['CONAFOR'],
  interests: ['Quemas prescritas'],
  people: [
    { name: 'Ana Ruiz', region: 'Norte', organization: 'CONAFOR', offers: ['Quemas prescritas'] },
    { name: 'Beto Sur', region: 'Sur', seeks: ['Quemas prescritas'] },
    { name: 'Chela Sinregión' },
  ],
  ties: [['Ana Ruiz', 'Beto Sur']],
});

// A community whose default language is English (the other one never chose: Spanish).
const englishCommunity = buildCommunity({ regions: ['Andes'], people: [] });

let server: TestServer;
let browser: Browser;
let cookie: string;
let facilitatorCookie: string;
let share: string;
let workshop: { id: string; code: string };
let invitationPath: string;
let resetPath: string;

/** The catalogue's fixed phrases (no values) that the other language does not share, longest first. */
function phrases(of: Record<string, string>, other: Record<string, string>): string[] {
  const shared = new Set(Object.values(other));
  return [
    ...new Set(
      Object.entries(of)
        .filter(([key]) => key !== 'language.locale')
        .map(([, text]) => text),
    ),
  ]
    .filter((text) => !text.includes('{') && !shared.has(text) && text.length >= 4)
    .sort((a, b) => b.length - a.length);
}
// Cytoscape's own menu ("File → Import → Network from File") is English in both catalogues: its app is English only.
const ENGLISH = phrases(en, es).filter((phrase) => phrase !== 'Import');
const SPANISH = phrases(es, en);

beforeAll(async () => {
  await importCommunity(db, community);
  await importCommunity(db, englishCommunity);
  await writeTx(db, (tx) => tx.run("MATCH (c:Community {id: $id}) SET c.defaultLanguage = 'EN'", { id: englishCommunity.community.id }), {
    community: englishCommunity.community.id,
  });
  server = await startTestServer(db, { clientDir: await ensureClientBuilt(createLogger('warn')) });
  browser = await launchChromium();
  // An admin who facilitates the community: every settings page opens, the admins' one too.
  cookie = await signedInAdmin(db, server.url, [community.community.slug, englishCommunity.community.slug]);
  // A facilitator of this file's communities alone, for the other signed-in pages: an admin's workshop list holds
  // every community's workshops, those other test files create at the same time (their titles are data).
  facilitatorCookie = await signedInFacilitator(db, server.url, [community.community.slug, englishCommunity.community.slug]);
  // Named like a coordinator would: the default name, "Share link", is data in English.
  share = await createShareLink(db, community.community.id, undefined, 'CONAFOR Norte');
  const created: any = await gql(
    server.url,
    'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "Norte 2025", date: "2025-05-01"}) { id code } }',
    { s: community.community.slug },
    { cookie },
  );
  workshop = created.data.createWorkshop;
  const invited: any = await gql(
    server.url,
    'mutation($s: String!) { inviteFacilitator(communitySlug: $s, email: "nueva@example.org") { path } }',
    { s: community.community.slug },
    { cookie },
  );
  invitationPath = invited.data.inviteFacilitator.path;
  const account = `cuenta-${community.community.slug}@example.org`;
  await upsertUser(db, {
    email: account,
    passwordHash: 'not a hash: only a reset link opens it',
    role: 'FACILITATOR',
    communitySlugs: [community.community.slug],
  });
  const reset: any = await gql(server.url, 'mutation($e: String!) { issuePasswordReset(email: $e) { path } }', { e: account }, { cookie });
  resetPath = reset.data.issuePasswordReset.path;
  await mkdir('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES: Array<{ name: string; path: () => string; ready: (page: Page) => Promise<unknown>; facilitator?: boolean; admin?: boolean }> =
  [
    { name: 'home', path: () => '/', ready: (p) => p.getByTestId('join-link').waitFor() },
    { name: 'join', path: () => '/join', ready: (p) => p.locator('form').first().waitFor() },
    { name: 'survey', path: () => `/join/${workshop.code}`, ready: (p) => p.getByTestId('survey-form').waitFor() },
    { name: 'signin', path: () => '/signin', ready: (p) => p.getByTestId('signin-submit').waitFor() },
    { name: 'map', path: () => `/s/${share}`, ready: (p) => p.getByTestId('network-figures').waitFor({ timeout: 60_000 }) },
    { name: 'peers', path: () => `/s/${share}/peers`, ready: (p) => p.getByTestId('share-note').waitFor() },
    {
      name: 'share-unknown',
      path: () => '/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      ready: (p) => p.getByTestId('share-link-unknown').waitFor(),
    },
    { name: 'not-found', path: () => '/no/such/page', ready: (p) => p.locator('h1').waitFor() },
    { name: 'curate', path: () => `/w/${workshop.id}/curate`, ready: (p) => p.getByTestId('paper-import').waitFor(), facilitator: true },
    {
      name: 'settings',
      path: () => `/c/${community.community.slug}/settings`,
      ready: (p) => p.getByTestId('region-list').waitFor(),
      facilitator: true,
    },
    { name: 'communities', path: () => '/admin/communities', ready: (p) => p.getByTestId('admin-communities').waitFor(), admin: true },
    {
      name: 'catalogue',
      path: () => `/c/${community.community.slug}/catalogue`,
      ready: (p) => p.getByTestId('catalogue-import-interest').waitFor(),
      facilitator: true,
    },
    {
      name: 'survey-settings',
      path: () => `/c/${community.community.slug}/survey`,
      ready: (p) => p.getByTestId('survey-settings-form').waitFor(),
      facilitator: true,
    },
    {
      name: 'share-links',
      path: () => '/facilitate',
      ready: (p) => p.getByTestId('share-link-status').first().waitFor(),
      facilitator: true,
    },
    { name: 'password', path: () => '/account/password', ready: (p) => p.locator('#confirm-password').waitFor(), facilitator: true },
    { name: 'setup', path: () => '/setup/not-the-token', ready: (p) => p.getByTestId('setup-done').waitFor() },
    { name: 'invitation', path: () => invitationPath, ready: (p) => p.locator('#confirm-password').waitFor() },
    { name: 'reset', path: () => resetPath, ready: (p) => p.locator('#confirm-password').waitFor() },
    { name: 'used-link', path: () => '/invite/no-such-invitation', ready: (p) => p.getByTestId('invitation-problem').waitFor() },
  ];

async function open(
  lang: 'es' | 'en',
  path: string,
  viewport: typeof DESKTOP,
  account: 'facilitator' | 'admin' | null = null,
): Promise<Page> {
  const options = { viewport, locale: lang === 'es' ? 'es-MX' : 'en-US', isMobile: viewport === PHONE };
  // English readers of a Spanish-speaking community choose English with the switch (remembered).
  const context = lang === 'en' ? await chosenLanguageContext(browser, 'en', options) : await browser.newContext(options);
  if (account) {
    const [name, value] = (account === 'admin' ? cookie : facilitatorCookie).split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
  }
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

/** The other language's phrases visible on the page (its text plus labels that are read aloud). */
async function foreignPhrases(page: Page, foreign: readonly string[]): Promise<string[]> {
  const text = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.body.innerText, document.title, ...labels].join('\n');
  });
  return foreign.filter((phrase) =>
    new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text),
  );
}

describe('every page in both languages', () => {
  it.each(PAGES)(
    'when the $name page is opened in a Spanish browser, then it speaks Spanish only, <html lang> included',
    async ({ name, path, ready, facilitator, admin }) => {
      for (const [viewport, size] of [
        [DESKTOP, 'desktop'],
        [PHONE, 'phone'],
      ] as const) {
        const page = await open('es', path(), viewport, admin ? 'admin' : facilitator ? 'facilitator' : null);
        await ready(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
        expect(await foreignPhrases(page, ENGLISH)).toEqual([]);
        await page.screenshot({ path: `test-results/i18n-es-${name}-${size}.png`, fullPage: true });
        await page.context().close();
      }
    },
  );

  it.each(PAGES)(
    'when the $name page is opened by someone who chose English, then it shows no Spanish phrase',
    async ({ name, path, ready, facilitator, admin }) => {
      for (const [viewport, size] of [
        [DESKTOP, 'desktop'],
        [PHONE, 'phone'],
      ] as const) {
        const page = await open('en', path(), viewport, admin ? 'admin' : facilitator ? 'facilitator' : null);
        await ready(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
        expect(await foreignPhrases(page, SPANISH)).toEqual([]);
        await page.screenshot({ path: `test-results/i18n-en-${name}-${size}.png`, fullPage: true });
        await page.context().close();
      }
    },
  );

  it('when a Spanish reader switches to English, then the page changes at once and stays English after a reload', async () => {
    const page = await open('es', '/join', PHONE);
    await page.getByRole('heading', { name: 'Únete a un taller de mapeo' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Join a mapping workshop' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Join a mapping workshop' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.context().close();
  });
});

describe('the join page of a phone with no language choice of its own', () => {
  it('when an English phone opens a Spanish community’s survey and a Spanish phone an English community’s, then each reads its community’s language', async () => {
    const created: any = await gql(
      server.url,
      'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "Andes 2026", date: "2026-05-01"}) { code } }',
      { s: englishCommunity.community.slug },
      { cookie },
    );
    const cases = [
      { code: workshop.code, browserLocale: 'en-US', expected: 'es', foreign: ENGLISH },
      { code: created.data.createWorkshop.code as string, browserLocale: 'es-MX', expected: 'en', foreign: SPANISH },
    ];
    for (const { code, browserLocale, expected, foreign } of cases) {
      const context = await browser.newContext({ viewport: PHONE, locale: browserLocale, isMobile: true });
      const page = await context.newPage();
      await page.goto(`${server.url}/join/${code}`);
      await page.getByTestId('survey-form').waitFor();
      await page.waitForFunction((lang) => document.documentElement.lang === lang, expected);
      expect(await foreignPhrases(page, foreign)).toEqual([]);
      await page.screenshot({ path: `test-results/i18n-join-${expected}-community-phone.png`, fullPage: true });
      await context.close();
    }
  });
});

describe('the projector', () => {
  it('when a laptop that chose English opens the projector of a Spanish community, then it speaks Spanish from its first picture, before the map arrives', async () => {
    const context = await chosenLanguageContext(browser, 'en', { viewport: DESKTOP, locale: 'en-US' });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    // The map's answer is held back: what the room sees first is the workshop alone.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('query CommunityMap')) await held;
      await route.continue();
    });
    await page.goto(`${server.url}/w/${workshop.id}`);
    await page.getByTestId('workshop-code').waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    expect(await foreignPhrases(page, ENGLISH)).toEqual([]);
    await page.screenshot({ path: 'test-results/i18n-es-projector-first-picture.png' });
    release();
    await page.getByTestId('community-map').waitFor();
    expect(await foreignPhrases(page, ENGLISH)).toEqual([]);
    await context.close();
  });
});

describe('no connection at all', () => {
  it('when a Spanish facilitator saves the community details with no network, then the page says so in Spanish, not as the browser’s English', async () => {
    const page = await open('es', `/c/${community.community.slug}/settings`, DESKTOP, 'facilitator');
    await page.getByTestId('region-list').waitFor();
    // Chromium reports the request the test cuts off.
    expectConsole(page, /ERR_INTERNET_DISCONNECTED/);
    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Guardar', exact: true }).first().click();
    const alert = page.getByRole('alert').filter({ hasText: 'No se pudo conectar con el servidor' });
    await alert.waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/Failed to fetch/);
    await page.context().close();
  });
});
