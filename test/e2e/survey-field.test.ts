// The survey in the field, in Chromium: Enter moves on instead of sending, the sticky send bar never covers the
// focused field, and a phone that lost the Wi-Fi keeps its answers and sends them by itself once it is back.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/client-build.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createLogger } from '../../server/logger.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { DESKTOP, PHONE, chosenLanguageContext, englishContext, expectConsole, launchChromium } from '../support/browser.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
const community = buildCommunity({ regions: ['Occidente', 'Noroeste'], people: [{ name: 'Luis Pérez' }] });
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

const newWorkshop = (title: string) =>
  createWorkshop(db, community.community.id, { id: randomUUID(), title, date: '2025-06-01', regionId: null });

async function openSurvey(code: string, viewport: { width: number; height: number }): Promise<{ page: Page; sent: () => number }> {
  const phoneLike = viewport.width < 600;
  // The community speaks Spanish by default; these tests read the English texts, so the phone chose English.
  const context = await englishContext(browser, { viewport, isMobile: phoneLike, hasTouch: phoneLike });
  const page = await context.newPage();
  let submissions = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('submitSurvey')) submissions += 1;
  });
  await page.goto(`${server.url}/join/${code}`);
  await page.getByTestId('survey-form').waitFor();
  return { page, sent: () => submissions };
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** The focused element's box and the send bar's, in the window's coordinates. */
const boxes = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement!.getBoundingClientRect();
    const bar = document.querySelector('[data-testid="survey-send-bar"]')!.getBoundingClientRect();
    return { id: document.activeElement!.id, focusedTop: focused.top, focusedBottom: focused.bottom, barTop: bar.top };
  });

/** Waits until the focused element sits fully above the send bar (the page lifts it the frame after focus). */
async function expectClearOfBar(page: Page, id: string) {
  expect(await focusedId(page)).toBe(id);
  await page
    .waitForFunction(
      () => {
        const focused = document.activeElement!.getBoundingClientRect();
        const bar = document.querySelector('[data-testid="survey-send-bar"]')!.getBoundingClientRect();
        return focused.bottom <= bar.top && focused.top >= 0;
      },
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  const seen = await boxes(page);
  expect(seen.focusedBottom, `${id} ends under the send bar: ${JSON.stringify(seen)}`).toBeLessThanOrEqual(seen.barTop);
  expect(seen.focusedTop).toBeGreaterThanOrEqual(0);
}

describe('the survey on a phone keyboard', () => {
  it('when Enter (a phone keyboard’s "Go") is pressed in the name, email, role, an empty interest box or the empty people box, then the focus moves to the next field and nothing is sent; only the send button sends, once', async () => {
    const workshop = await newWorkshop('Taller del teclado');
    const { page, sent } = await openSurvey(workshop.code, PHONE);

    await page.getByLabel('Your name').fill('Nadia Enter');
    await page.getByLabel('Your name').press('Enter');
    expect(await focusedId(page)).toBe('survey-email');
    await page.getByLabel('Email').fill('nadia@example.org');
    await page.getByLabel('Email').press('Enter');
    expect(await focusedId(page)).toBe('survey-organization');

    await page.getByLabel('Role or position').fill('Brigadista');
    await page.getByLabel('Role or position').press('Enter');
    expect(await focusedId(page)).toBe('survey-offers');
    await page.keyboard.press('Enter'); // the empty "What I can offer"
    expect(await focusedId(page)).toBe('survey-seeks');
    await page.keyboard.press('Enter'); // the empty "What I seek"
    expect(await focusedId(page)).toBe('survey-knows');
    await page.keyboard.press('Enter'); // the empty people box
    expect(await focusedId(page)).toBe('survey-listed');

    expect(sent()).toBe(0);
    expect(new URL(page.url()).pathname).toBe(`/join/${workshop.code}`);
    await page.screenshot({ path: 'test-results/survey-enter-phone.png', fullPage: true });

    // Without a name the send button does not send either; with it, it sends once.
    await page.getByLabel('Your name').fill('');
    await page.getByTestId('survey-submit').click();
    expect(await focusedId(page)).toBe('survey-name');
    expect(sent()).toBe(0);
    await page.getByLabel('Your name').fill('Nadia Enter');
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-receipt').waitFor();
    expect(sent()).toBe(1);
  });
});

/**
 * Scrolls so that the field `hiddenId` lies behind the send bar (inside the window, so the browser sees no need
 * to scroll to it), then focuses `fromId` where it is, without scrolling: the moment before the person moves on.
 */
async function tuckUnderBar(page: Page, hiddenId: string, fromId: string) {
  await page.evaluate(
    ([hidden, from]: [string, string]) => {
      const bar = document.querySelector('[data-testid="survey-send-bar"]')!;
      window.scrollBy({
        top: document.getElementById(hidden)!.getBoundingClientRect().top - bar.getBoundingClientRect().top - 4,
        behavior: 'instant',
      });
      document.getElementById(from)!.focus({ preventScroll: true });
    },
    [hiddenId, fromId] as [string, string],
  );
}

describe('the sticky send bar', () => {
  it('when a phone moves on to what I seek or to the contact consent, and a desktop to the region, while that field lies behind the send bar, then the page lifts it above the bar', async () => {
    const workshop = await newWorkshop('Taller de la barra');
    const { page: phone } = await openSurvey(workshop.code, PHONE);
    await phone.getByLabel('Your name').fill('Pia Phone');
    await tuckUnderBar(phone, 'survey-seeks', 'survey-offers');
    await phone.keyboard.press('Enter');
    await expectClearOfBar(phone, 'survey-seeks');
    await tuckUnderBar(phone, 'survey-contactable', 'survey-listed');
    await phone.keyboard.press('Enter');
    await expectClearOfBar(phone, 'survey-contactable');
    await phone.screenshot({ path: 'test-results/survey-bar-phone.png' });
    // Moving with Tab, as an external keyboard or a screen reader does, too.
    await tuckUnderBar(phone, 'survey-contactable', 'survey-listed');
    await phone.keyboard.press('Tab');
    await expectClearOfBar(phone, 'survey-contactable');

    const { page: desktop } = await openSurvey(workshop.code, { width: 1280, height: 800 });
    await tuckUnderBar(desktop, 'survey-region', 'survey-organization');
    await desktop.keyboard.press('Enter');
    await expectClearOfBar(desktop, 'survey-region');
    await desktop.screenshot({ path: 'test-results/survey-bar-desktop.png' });
  });
});

describe('the survey with no connection', () => {
  it('when a phone that opened the join page loses the connection, reloads, fills and sends, then it says in its language that the answers wait on the phone, and once the connection returns they arrive by themselves exactly once', async () => {
    const workshop = await newWorkshop('Taller sin red');
    const cookie = await signedInFacilitator(db, server.url, [community.community.slug]);
    const answersNamed = async (name: string) => {
      const res = await gql<{ workshopById: { responses: { person: { name: string } }[] } }>(
        server.url,
        'query($id: ID!) { workshopById(id: $id) { responses { person { name } } } }',
        { id: workshop.id },
        { cookie },
      );
      return res.data!.workshopById.responses.filter((response) => response.person.name === name).length;
    };

    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'es-MX' });
    const page = await context.newPage();
    let submissions = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('submitSurvey')) submissions += 1;
    });
    await page.goto(`${server.url}/join/${workshop.code}`);
    await page.getByTestId('survey-form').waitFor();
    // The service worker has the survey's shell once it is active.
    const workerState = await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active!;
      if (worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', resolve));
      return worker.state;
    });
    expect(workerState).toBe('activated');

    // Requests the page makes while the phone has no network fail, as they must: the browser says so.
    expectConsole(page, /ERR_INTERNET_DISCONNECTED/);
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('survey-form').waitFor();
    await page.getByLabel('Tu nombre').fill('Olga Sin Red');
    await page.getByLabel('Mostrarme en el mapa de la comunidad que ven sus miembros y quienes tienen un enlace compartido').check();
    await page.getByTestId('survey-submit').click();
    const pending = page.getByTestId('survey-pending');
    await expect.poll(() => pending.textContent()).toMatch(/se enviarán solas en cuanto vuelva la conexión/);
    await page.screenshot({ path: 'test-results/survey-offline-pending-phone.png' });
    expect(await answersNamed('Olga Sin Red')).toBe(0);

    const pressesBefore = submissions;
    await context.setOffline(false);
    await page.getByTestId('survey-receipt').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: 'test-results/survey-offline-receipt-phone.png' });
    expect(submissions).toBeGreaterThan(pressesBefore); // sent by the page, with no second press
    expect(await answersNamed('Olga Sin Red')).toBe(1);
    await context.close();
  });
});

describe('the survey from one response', () => {
  it("when a phone opens /join/CODE and no GraphQL request is answered yet, then the form shows with the workshop's lists from the page's own response, and it sends once requests go through", async () => {
    const workshop = await newWorkshop('Taller de una respuesta');
    const context = await englishContext(browser, { viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const asked: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      asked.push(route.request().postData() ?? '');
      await released;
      await route.continue();
    });
    const pageRequests: string[] = [];
    page.on('request', (request) => {
      // The service worker's script (registered once the page shows) is for the next visit, not this one.
      const path = new URL(request.url()).pathname;
      if (request.resourceType() !== 'fetch' && path !== '/sw.js') pageRequests.push(path);
    });
    await page.goto(`${server.url}/join/${workshop.code}`);
    await page.getByTestId('survey-form').waitFor();
    // The workshop's regions came in the page; nothing was asked of the API, nothing else loaded before the form.
    await expect
      .poll(() => page.locator('#survey-region option').allTextContents())
      .toEqual(expect.arrayContaining(['Occidente', 'Noroeste']));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Taller de una respuesta');
    expect(asked).toEqual([]);
    expect(pageRequests).toEqual([`/join/${workshop.code}`]);

    release();
    await page.getByLabel('Your name').fill('Una Respuesta');
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-receipt').waitFor();
    expect(asked.filter((body) => body.includes('submitSurvey'))).toHaveLength(1);
    await context.close();
  });

  it('when a phone or a laptop opens /join/CODE in Spanish or English, then the survey reads right (screenshots)', async () => {
    const workshop = await newWorkshop('Taller de la Sierra Tarahumara');
    for (const lang of ['es', 'en'] as const) {
      const context = await chosenLanguageContext(browser, lang, { viewport: PHONE, isMobile: true, hasTouch: true, locale: `${lang}-MX` });
      const page = await context.newPage();
      await page.goto(`${server.url}/join/${workshop.code}`);
      await page.getByTestId('survey-form').waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await page.screenshot({ path: `test-results/survey-one-response-${lang}-phone.png` });
      await page.setViewportSize(DESKTOP);
      await page.screenshot({ path: `test-results/survey-one-response-${lang}-desktop.png` });
      await context.close();
    }
  });
});

/** One GET as a phone's browser sends it, the body left as it came on the wire. */
function rawGet(path: string, acceptEncoding?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${server.url}${path}`,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      },
    );
    request.on('error', reject);
  });
}

describe('serving the survey to phones', () => {
  it("when a phone asks for the survey page, then it gets the survey's own page with its code inside, as brotli (gzip or plain when it takes no brotli) and revalidated on every visit; the app's hashed code is cached for a year; the service worker is revalidated", async () => {
    const page = await rawGet('/join/ABCDEF', 'gzip, deflate, br');
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('no-cache');
    const html = brotliDecompressSync(page.body).toString('utf8');
    // The survey's own lean page (vite.survey.config.ts) with its code inline: one response, nothing more to load.
    const inline = /<script type="module"[^>]*>([\s\S]*?)<\/script>/u.exec(html)?.[1] ?? '';
    expect(inline.length).toBeGreaterThan(10_000);
    expect(/<script[^>]+src=/u.test(html)).toBe(false);
    expect(html.includes('/assets/index-')).toBe(false);
    const gzipPage = await rawGet('/join/ABCDEF', 'gzip');
    const plainPage = await rawGet('/join/ABCDEF');
    expect(gzipPage.headers['content-encoding']).toBe('gzip');
    expect(plainPage.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(gzipPage.body).toString('utf8') === html).toBe(true);
    expect(plainPage.body.toString('utf8') === html).toBe(true);
    expect(page.body.length).toBeLessThan(plainPage.body.length / 3);

    const app = (await rawGet('/c/some-community')).body.toString('utf8');
    const entry = /src="(\/assets\/index-[\w-]+\.js)"/u.exec(app)?.[1];
    expect(entry).toBeDefined();
    const plain = await rawGet(entry!);
    const brotli = await rawGet(entry!, 'gzip, deflate, br');
    const gzip = await rawGet(entry!, 'gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    for (const response of [plain, brotli, gzip]) {
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['content-type']).toMatch(/javascript/u);
      expect(response.headers.vary).toMatch(/Accept-Encoding/iu);
    }

    const worker = await rawGet('/sw.js', 'br');
    expect(worker.status).toBe(200);
    expect(worker.headers['cache-control']).toBe('no-cache');
  });
});
