// First paint and panning of the cluster map in headless Chromium, on the real app page (/c/<slug>) with a
// generated community: Cytoscape's plain defaults with every name drawn and regions as compound nodes (the
// baseline), then Tejido's configuration with each performance option added in turn, all in the same run.
// Long tasks (PerformanceObserver 'longtask') give the longest stretch the page could not answer input.
// Run: npx tsx bench/cluster-map-client.ts [people] [ties]   (defaults: 5000 people, ≈20,000 ties)
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { importCommunity } from '../server/communities/import-repository.ts';
import { ensureClientBuilt } from '../server/client-build.ts';
import { createLogger } from '../server/logger.ts';
import { generateCommunity } from '../seed/generate.ts';
import { signedInFacilitator } from '../test/support/accounts.ts';
import { launchChromium } from '../test/support/browser.ts';
import type { RenderProfile } from '../client/src/map/render-profile.ts';
import { benchDatabase, benchServer } from './support.ts';

const people = Number(process.argv[2] ?? 5000);
const wantedTies = Number(process.argv[3] ?? 4 * people);
const VIEWPORT = { width: 1280, height: 800 };
const PAN_MS = 2000;

const clientDir = await ensureClientBuilt(createLogger('warn'));
const { db, close } = await benchDatabase();
const { url, close: closeServer } = await benchServer(db, { clientDir });
// The generator's average degree counts each tie at both ends; it drops duplicate pairs, hence the 1.04.
const community = generateCommunity({ people, slug: `map-${people}`, averageDegree: ((2 * wantedTies) / people) * 1.04 });
await importCommunity(db, community);
const cookie = await signedInFacilitator(db, url, [community.community.slug]);
const browser = await launchChromium();
console.log(
  `cluster map in headless Chromium: ${people.toLocaleString('en')} people, ${community.ties.length.toLocaleString('en')} ties, viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
);

const OFF: Partial<RenderProfile> = {
  hideEdgesOnViewport: false,
  textureOnViewport: false,
  pixelRatioOne: false,
  deferTies: false,
  layoutCache: false,
  workerLayout: false,
};
// The rows up to textureOnViewport keep Cytoscape's compound nodes for clusters, as the baseline does.
const COMPOUND: Partial<RenderProfile> = { ...OFF, compoundClusters: true };
const ALL: Partial<RenderProfile> = { ...OFF, hideEdgesOnViewport: true, textureOnViewport: true };
const rows: { name: string; profile: Partial<RenderProfile>; scale?: number }[] = [
  { name: 'baseline: plain default Cytoscape, all names, compound clusters', profile: { ...COMPOUND, plainStyle: true } },
  { name: 'Tejido style, bezier edges, all names', profile: { ...COMPOUND, haystack: false, hideSmallLabels: false } },
  { name: '+ haystack edges', profile: { ...COMPOUND, hideSmallLabels: false } },
  { name: '+ names styled and drawn only from 9px on screen', profile: { ...COMPOUND } },
  { name: '+ hideEdgesOnViewport', profile: { ...COMPOUND, hideEdgesOnViewport: true } },
  { name: '+ textureOnViewport', profile: { ...COMPOUND, hideEdgesOnViewport: true, textureOnViewport: true } },
  { name: '+ clusters as boxes behind people, not compound nodes', profile: { ...ALL } },
  { name: '+ ties added after the first paint, in slices', profile: { ...ALL, deferTies: true } },
  { name: 'all of the above, 2× screen, pixelRatio auto', profile: { ...ALL, deferTies: true }, scale: 2 },
  { name: 'all of the above, 2× screen, pixelRatio 1', profile: { ...ALL, deferTies: true, pixelRatioOne: true }, scale: 2 },
];

type Figures = {
  dataMs: number;
  readyMs: number;
  paintMs: number;
  tiesMs: number;
  fps: number;
  longestMs: number;
  longestAfterPaintMs: number;
  layoutMs?: number;
  layoutSource?: string;
};

async function openMap(context: BrowserContext, profile: Partial<RenderProfile>): Promise<{ page: Page; figures: Figures }> {
  const page = await context.newPage();
  await page.addInitScript((p) => Object.assign(window, { __TEJIDO_RENDER_PROFILE__: p }), profile);
  // A string, not a function: see panFps.
  await page.addInitScript(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  })()`);
  // When the map data (the CommunityMap answer) had arrived: what comes before it is the server's and the network's.
  let dataAt = NaN;
  let mapRequests = 0;
  page.on('requestfinished', (request) => {
    if (!request.postData()?.includes('query CommunityMap(')) return;
    const { startTime, responseEnd } = request.timing();
    mapRequests += 1;
    dataAt = Math.min(dataAt, startTime + responseEnd) || startTime + responseEnd;
  });
  await page.goto(`${url}/c/${community.community.slug}`);
  const map = page.locator('[data-testid="community-map"][data-map-ready]');
  await map.waitFor({ timeout: 180_000 });
  const readyMs = Number(await map.getAttribute('data-map-ready'));
  const paintMs = Number(await map.getAttribute('data-paint-ms'));
  const ties = page.locator('[data-testid="community-map"][data-ties-ready]');
  await ties.waitFor({ timeout: 180_000 });
  const tiesMs = Number(await ties.getAttribute('data-ties-ready'));
  const longTasks = (await page.evaluate('window.__longTasks')) as [number, number][];
  const until = (from: number) =>
    Math.round(Math.max(0, ...longTasks.filter(([start]) => start >= from && start <= tiesMs).map(([, ms]) => ms)));
  const dataMs = Math.round(dataAt - ((await page.evaluate('performance.timeOrigin')) as number));
  if (mapRequests !== 1) console.warn(`  (the page asked for the map ${mapRequests} times)`);
  return { page, figures: { dataMs, readyMs, paintMs, tiesMs, fps: NaN, longestMs: until(0), longestAfterPaintMs: until(readyMs) } };
}

/** Frames the page manages while the map is dragged across for PAN_MS (requestAnimationFrame count). */
async function panFps(page: Page): Promise<number> {
  const box = (await page.getByTestId('community-map').boundingBox())!;
  // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => { if (!window.__counting) return; window.__frames += 1; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const started = Date.now();
  let step = 0;
  while (Date.now() - started < PAN_MS) {
    step += 1;
    // Back and forth, 200 px each way, a few pixels per move as a hand would.
    const dx = 200 * Math.sin(step / 12);
    await page.mouse.move(cx + dx, cy + dx / 3);
    await page.waitForTimeout(8);
  }
  await page.mouse.up();
  const elapsed = Date.now() - started;
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  return (frames * 1000) / elapsed;
}

async function measure(b: Browser, profile: Partial<RenderProfile>, scale = 1): Promise<Figures> {
  const context = await b.newContext({ viewport: VIEWPORT, deviceScaleFactor: scale });
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url }]);
  const { page, figures } = await openMap(context, profile);
  figures.fps = await panFps(page);
  await context.close();
  return figures;
}

// Warm-up (JIT, server caches of the map and the cluster map), not reported.
await measure(browser, { ...OFF });

const results: { name: string; figures: Figures }[] = [];
for (const row of rows) {
  const figures = await measure(browser, row.profile, row.scale);
  results.push({ name: row.name, figures });
  console.log(`  measured: ${row.name}`);
}

// The configuration the app runs with, LOADS times in fresh contexts (the row gives the median load by first
// paint): the same first paint, fcose refining in a Web Worker, then a second visit that reads the cached positions.
const LOADS = 5;
const firstVisits: Figures[] = [];
const secondVisits: Figures[] = [];
for (let load = 0; load < LOADS; load++) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url }]);
  const first = await openMap(context, {});
  const done = first.page.locator('[data-testid="community-map"][data-layout="done"]');
  await done.waitFor({ timeout: 600_000 });
  first.figures.layoutMs = Number(await done.getAttribute('data-layout-ms'));
  first.figures.layoutSource = (await done.getAttribute('data-layout-source')) ?? '';
  first.figures.fps = await panFps(first.page);
  firstVisits.push(first.figures);
  await first.page.close();
  const second = await openMap(context, {});
  await second.page.locator('[data-testid="community-map"][data-layout="done"]').waitFor({ timeout: 60_000 });
  second.figures.layoutSource = (await second.page.getByTestId('community-map').getAttribute('data-layout-source')) ?? '';
  second.figures.fps = await panFps(second.page);
  secondVisits.push(second.figures);
  await context.close();
}
const median = (loads: Figures[]) => [...loads].sort((a, b) => a.readyMs - b.readyMs)[Math.floor(loads.length / 2)]!;
for (const [visit, loads] of [
  ['first', firstVisits],
  ['second', secondVisits],
] as const) {
  results.push({ name: `app as shipped, ${visit} visit, median of ${LOADS} (layout: ${loads[0]!.layoutSource})`, figures: median(loads) });
  const paints = loads.map((f) => f.readyMs).sort((a, b) => a - b);
  console.log(
    `  app as shipped, ${visit} visit: first paint over ${LOADS} loads ${paints.join(', ')} ms; panning ${loads.map((f) => f.fps.toFixed(0)).join(', ')} fps`,
  );
}

const base = results[0]!.figures;
const pad = Math.max(...results.map((r) => r.name.length));
console.log(
  `\n${'configuration'.padEnd(pad)}  map data  first paint  canvas part  ties drawn  longest block  after paint  panning fps  paint/baseline  block/baseline  fps/baseline`,
);
console.log(`${''.padEnd(pad)}  (ms since navigation)               (ms)  (ms since nav.)  (ms, until ties drawn)`);
for (const { name, figures } of results) {
  console.log(
    `${name.padEnd(pad)}  ${String(figures.dataMs).padStart(8)}  ${String(figures.readyMs).padStart(11)}  ${String(figures.paintMs).padStart(11)}  ${String(figures.tiesMs).padStart(10)}  ${String(figures.longestMs).padStart(13)}  ${String(figures.longestAfterPaintMs).padStart(11)}  ${figures.fps.toFixed(1).padStart(11)}  ${(figures.readyMs / base.readyMs).toFixed(2).padStart(13)}×  ${(figures.longestMs / base.longestMs).toFixed(2).padStart(13)}×  ${(figures.fps / base.fps).toFixed(2).padStart(11)}×${figures.layoutMs ? `  (fcose in the worker: ${figures.layoutMs} ms)` : ''}`,
  );
}

await browser.close();
await closeServer();
await close();
