// The join and survey pages on a weak network, in headless Chromium with Chrome's own throttling profiles (CDP
// Network.emulateNetworkConditions): bytes transferred and time until the page is usable, on a first visit
// (empty cache, no service worker). The baseline in the same run is the app's page (index.html, which still
// routes /join… itself) asked without compression (Accept-Encoding: identity): what a phone got before the
// brotli/gzip copies and the survey's own lean page (join.html, vite.survey.config.ts). Beside it the app's page
// compressed (the step before the lean page), then the survey's page as served now (one response: its code inline
// and, on /join/CODE, the workshop's lists written in by the server), first and repeat visit (service worker and
// HTTP cache in place; the worker's own requests are not throttled by the page's CDP session, so a repeat visit
// of /join/CODE, answered through it, is not a slow-network figure).
// "Usable" = the code box of /join, or the survey form of /join/CODE (with the workshop's lists), in the page.
// Run: npx tsx bench/weak-network.ts [runs]   (default 5 runs per row)
import { randomUUID } from 'node:crypto';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { ensureClientBuilt } from '../server/client-build.ts';
import { importCommunity } from '../server/communities/import-repository.ts';
import { createLogger } from '../server/logger.ts';
import { createWorkshop } from '../server/workshops/workshop-repository.ts';
import { generateCommunity } from '../seed/generate.ts';
import { PHONE, launchChromium } from '../test/support/browser.ts';
import { benchDatabase, benchServer, summarize } from './support.ts';

const runs = Number(process.argv[2] ?? 5);
/** Only the profiles whose name contains this (e.g. "slow"); all by default. */
const only = process.argv[3] ?? '';

// Chrome DevTools' presets (front_end/core/sdk/NetworkManager.ts): "Slow 3G" (now "3G") and "Fast 3G" (now "Slow 4G").
const PROFILES = {
  'slow 3G (2000 ms, 400 kbit/s)': {
    latency: 2000,
    downloadThroughput: ((500 * 1000) / 8) * 0.8,
    uploadThroughput: ((500 * 1000) / 8) * 0.8,
  },
  'fast 3G (563 ms, 1.44 Mbit/s)': {
    latency: 562.5,
    downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
    uploadThroughput: ((750 * 1000) / 8) * 0.9,
  },
} as const;

const clientDir = await ensureClientBuilt(createLogger('warn'));
const { db, close } = await benchDatabase();
const { url, close: closeServer } = await benchServer(db, { clientDir });
// A regional community of CAMAFU's size: its lists (regions, organizations, interests) are what the survey loads.
const community = generateCommunity({ people: 236, slug: `weak-${randomUUID().slice(0, 6)}` });
await importCommunity(db, community);
const workshop = await createWorkshop(db, community.community.id, {
  id: randomUUID(),
  title: 'Taller de campo',
  date: '2026-03-01',
  regionId: null,
});
const browser = await launchChromium();

const PAGES = [
  { name: 'join (/join)', path: '/join', usable: '#join-code' },
  { name: 'survey (/join/CODE)', path: `/join/${workshop.code}`, usable: '[data-testid="survey-form"] #survey-name' },
] as const;

type Visit = { bytes: number; requests: number; ms: number; byUrl: Map<string, number> };

/** Sums the bytes on the wire (headers included) of every response the page received, and per address. */
function countBytes(cdp: CDPSession) {
  let bytes = 0;
  let requests = 0;
  const urls = new Map<string, string>();
  const byUrl = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, new URL(event.request.url).pathname));
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    requests += 1;
    const address = urls.get(event.requestId) ?? '?';
    byUrl.set(address, (byUrl.get(address) ?? 0) + event.encodedDataLength);
  });
  return () => ({ bytes, requests, byUrl });
}

async function visit(page: Page, cdp: CDPSession, path: string, usable: string, appPage = false): Promise<Visit> {
  // The app's page under the survey's address: the server answers /join… with join.html, so ask for index.html.
  if (appPage)
    await page.route(
      (address) => address.pathname === path,
      (route) => route.continue({ url: `${url}/index.html` }),
    );
  const counted = countBytes(cdp);
  await page.goto(`${url}${path}`, { waitUntil: 'commit', timeout: 120_000 });
  await page.locator(usable).first().waitFor({ timeout: 120_000 });
  // performance.now() counts from the navigation's start; read it in the page, where the wait ended.
  const ms = (await page.evaluate('performance.now()')) as number;
  return { ...counted(), ms };
}

async function throttledPage(
  browserToUse: Browser,
  profile: (typeof PROFILES)[keyof typeof PROFILES],
  compressed: boolean,
  serviceWorkers: 'allow' | 'block',
) {
  const context = await browserToUse.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'es-MX', serviceWorkers });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile });
  if (!compressed) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
  return { context, page, cdp };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const row = (label: string, visits: Visit[]) => {
  const ms = summarize(visits.map((v) => v.ms));
  const bytes = visits.map((v) => v.bytes).sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(44)} ${kib(bytes[Math.floor(bytes.length / 2)]!).padStart(10)}  ${String(visits[0]!.requests).padStart(3)} req   usable p50 ${(ms.p50 / 1000).toFixed(2)} s  p95 ${(ms.p95 / 1000).toFixed(2)} s`,
  );
  return ms;
};

console.log(`weak network: ${runs} runs per row, a phone (390×844), first visits with an empty cache unless said`);
for (const [profileName, profile] of Object.entries(PROFILES).filter(([name]) => name.includes(only))) {
  console.log(`\n${profileName}`);
  for (const target of PAGES) {
    const results: Record<string, Visit[]> = { baseline: [], app: [], compressed: [], repeat: [] };
    for (let i = 0; i < runs; i++) {
      for (const [name, compressed, appPage] of [
        ['baseline', false, true],
        ['app', true, true],
        ['compressed', true, false],
      ] as const) {
        const { context, page, cdp } = await throttledPage(browser, profile, compressed, 'block');
        results[name]!.push(await visit(page, cdp, target.path, target.usable, appPage));
        await context.close();
      }
      // A second visit of the same phone: the survey shell from the service worker, assets from the HTTP cache.
      const { context, page, cdp } = await throttledPage(browser, profile, true, 'allow');
      await visit(page, cdp, `/join/${workshop.code}`, PAGES[1].usable);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      results.repeat!.push(await visit(page, cdp, target.path, target.usable));
      await context.close();
    }
    console.log(` ${target.name}`);
    const base = row('baseline: app page, uncompressed', results.baseline!);
    row('app page, compressed (brotli)', results.app!);
    const now = row('survey page (join.html), brotli, first visit', results.compressed!);
    row('compressed, repeat visit (service worker)', results.repeat!);
    const ratio = (a: Visit[], b: Visit[]) => (median(a.map((v) => v.bytes)) / median(b.map((v) => v.bytes))).toFixed(2);
    const parts = [...results.compressed![0]!.byUrl].map(([address, bytes]) => `${address.replace(/-[\w-]{8}\./u, '.')} ${kib(bytes)}`);
    console.log(`  survey page, first visit, on the wire: ${parts.join(', ')}`);
    console.log(
      `  bytes baseline/compressed: ${ratio(results.baseline!, results.compressed!)}×; time p50 baseline/compressed: ${(base.p50 / now.p50).toFixed(2)}×`,
    );
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

await browser.close();
await closeServer();
await close();
