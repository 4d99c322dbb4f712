// The projector in Chromium through a database outage, with the app as `npm start` runs it (server/tejido.ts)
// and a local Neo4j of its own that the test really stops (SIGSTOP: a database that hangs without closing its
// connections) while the projector's live stream reconnects, so the stream itself carries the error.
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { loadConfig } from '../../server/config.ts';
import { startTejido } from '../../server/tejido.ts';
import type { Tejido } from '../../server/tejido.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { DESKTOP, expectConsole, launchChromium } from '../support/browser.ts';
import { capturedLog } from '../support/captured-log.ts';
import { buildCommunity } from '../support/factories.ts';
import { participant, submitOnce } from '../support/room.ts';

const port = 7100 + Math.floor(Math.random() * 500);
const dataDir = path.resolve(`.data/test-projector-outage-${port}`);
const log = capturedLog();
let tejido: Tejido;
let browser: Browser;

beforeAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    TEJIDO_NEO4J_PORT: String(port),
    TEJIDO_NEO4J_HEAP: '256m',
    TEJIDO_DATA_DIR: dataDir,
    TEJIDO_SEED_DEMO: 'false',
  });
  tejido = await startTejido({ config, logger: log.logger, warmUpRoom: { waves: [1, 4], steadyWave: 0 } });
  await tejido.ready;
  browser = await launchChromium();
  await mkdir('test-results', { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await tejido?.stop('end of test');
  await rm(dataDir, { recursive: true, force: true });
});

/** How many live streams were answered DB_UNAVAILABLE inside the stream (the subscription ran, then failed). */
async function inStreamRefusals(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text
    .split('\n')
    .find(
      (l) =>
        l.startsWith('tejido_graphql_requests_total{') &&
        l.includes('operation="workshopActivity"') &&
        l.includes('outcome="DB_UNAVAILABLE"'),
    );
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('when the projector loses its live stream to a database that stops answering', () => {
  it('then it says it is reconnecting (never that live updates stopped), opens the stream again once the database is back, and shows an arrival made after the outage', async () => {
    const { db, url } = tejido;
    const data = buildCommunity({ people: [{ name: 'Presente Antes' }] });
    await importCommunity(db, data);
    const workshop = await createWorkshop(db, data.community.id, {
      id: randomUUID(),
      title: 'Taller del apagón',
      date: '2025-06-01',
      regionId: null,
    });
    const [name, value] = (await signedInFacilitator(db, url, [data.community.slug])).split('=') as [string, string];
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-US' });
    await context.addCookies([{ name, value, url }]);
    const projector = await context.newPage();
    // The outage this test makes: the browser reports the stream cut mid-way and the refusals while Neo4j is down.
    expectConsole(projector, /ERR_INCOMPLETE_CHUNKED_ENCODING|status of 503/);
    await projector.goto(`${url}/w/${workshop.id}`);
    const liveStatus = projector.getByTestId('live-status');
    await projector.locator('[data-testid="live-status"][data-state="live"]').waitFor();
    // Every state the indicator passes through, from now on.
    await projector.evaluate(() => {
      const states: string[] = [];
      (window as unknown as { liveStates: string[] }).liveStates = states;
      const indicator = document.querySelector('[data-testid="live-status"]')!;
      new MutationObserver(() => states.push(indicator.getAttribute('data-state')!)).observe(indicator, { attributes: true });
    });

    // Neo4j hangs; the projector's connection drops (a Wi-Fi hiccup) and the browser opens the stream again at
    // once, before the app has found the database out: that stream's subscription waits on Neo4j, and the
    // stream then carries DB_UNAVAILABLE.
    const neo4jPid = db.local!.current().pid;
    const refusedBefore = await inStreamRefusals(url);
    process.kill(neo4jPid, 'SIGSTOP');
    try {
      tejido.server.closeAllConnections();
      await log.waitFor((l) => l.msg.startsWith('Neo4j is unavailable'), 30_000, 'the outage');
      await projector.locator('[data-testid="live-status"][data-state="reconnecting"]').waitFor();
      await projector.screenshot({ path: 'test-results/projector-outage-reconnecting.png' });
    } finally {
      process.kill(neo4jPid, 'SIGCONT');
    }
    expect(await inStreamRefusals(url)).toBeGreaterThan(refusedBefore);
    await log.waitFor((l) => l.msg === 'Neo4j is available again', 15_000, 'the recovery');

    // Back: the projector opens its stream again by itself, and an arrival made now appears on it.
    await projector.locator('[data-testid="live-status"][data-state="live"]').waitFor({ timeout: 60_000 });
    const arrival = participant(1, [], 'Llegada Después');
    expect((await submitOnce(url, workshop.code, arrival)).outcome).toBe('acknowledged');
    await projector.getByTestId('newest-arrivals').getByText('Llegada Después 1').waitFor({ timeout: 15_000 });
    await projector.screenshot({ path: 'test-results/projector-outage-recovered.png' });

    const states = await projector.evaluate(() => (window as unknown as { liveStates: string[] }).liveStates);
    expect(states).toContain('reconnecting');
    expect(states).not.toContain('stopped');
    expect(await liveStatus.getAttribute('data-state')).toBe('live');
    await context.close();
  }, 180_000);
});
