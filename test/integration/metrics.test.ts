import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { loadConfig } from '../../server/config.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { capturedLog, LEVEL } from '../support/captured-log.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { openActivityStream } from '../support/activity-stream.ts';
import { gql, startTestServer } from '../support/server.ts';

const db = useTestDatabase();

/** The samples of /metrics, `name{labels} value` lines, by their name and labels as written. */
async function scrape(url: string): Promise<Map<string, number>> {
  const response = await fetch(`${url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

/** Scrapes until `sample` has the wanted value (a gauge moves when a stream opens or closes, a moment later). */
async function scrapeUntil(url: string, sample: string, wanted: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (((await scrape(url)).get(sample) ?? 0) === wanted) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${sample} never became ${wanted}`);
}

const SUBMIT = 'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }';

describe('metrics and operator logs', () => {
  it('when a room submits, hits a rate limit and a projector watches, then /metrics counts it by operation and outcome, and the log says each kind of trouble once', async () => {
    const log = capturedLog();
    const config = loadConfig({ NODE_ENV: 'test', TEJIDO_SLOW_REQUEST_MS: '1' });
    const server = await startTestServer(db, { logger: log.logger, config });
    try {
      const data = buildCommunity({ people: [{ name: 'Luis' }] });
      await importCommunity(db, data);
      const workshop = await createWorkshop(db, data.community.id, {
        id: randomUUID(),
        title: 'Medido',
        date: '2025-06-01',
        regionId: null,
      });
      const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
      const projector = await openActivityStream(server.url, workshop.code, cookie);
      await scrapeUntil(server.url, 'tejido_live_subscribers{subscription="workshopActivity"}', 1);

      const send = (i: number) =>
        gql(
          server.url,
          SUBMIT,
          {
            c: workshop.code,
            i: { submissionId: `metrics-${i}-${randomUUID()}`, name: `Persona ${i}`, consent: { listed: true, contactable: true } },
          },
          { device: 'one-phone' },
        );
      for (let i = 0; i < 30; i++) expect((await send(i)).data?.submitSurvey).toBeTruthy();
      for (let i = 30; i < 33; i++) expect((await send(i)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

      const samples = await scrape(server.url);
      expect(samples.get('tejido_graphql_requests_total{operation="submitSurvey",type="mutation",outcome="ok"}')).toBe(30);
      expect(samples.get('tejido_graphql_requests_total{operation="submitSurvey",type="mutation",outcome="RATE_LIMITED"}')).toBe(3);
      expect(samples.get('tejido_survey_submissions_total{outcome="acknowledged"}')).toBe(30);
      expect(samples.get('tejido_survey_submissions_total{outcome="RATE_LIMITED"}')).toBe(3);
      expect(samples.get('tejido_graphql_request_duration_seconds_count{operation="submitSurvey",type="mutation"}')).toBe(33);
      expect([...samples.keys()].some((k) => k.startsWith('tejido_cache_lookups_total{cache="community-by-slug",result='))).toBe(true);
      expect(samples.has('process_resident_memory_bytes')).toBe(true);

      const refusals = log.find('refusing submitSurvey: a rate limit is reached');
      expect(refusals).toEqual([expect.objectContaining({ level: LEVEL.warn, operation: 'submitSurvey' })]);
      expect(log.find('slow submitSurvey requests')).toHaveLength(1);
      expect(JSON.stringify(log.lines)).not.toContain('one-phone'); // no device ids (nor emails) in the log

      await projector.close();
      await scrapeUntil(server.url, 'tejido_live_subscribers{subscription="workshopActivity"}', 0);
    } finally {
      await server.close();
    }
  });

  it('when a metrics token is set, then /metrics answers only with it; without one, it refuses requests relayed by a proxy', async () => {
    const guarded = await startTestServer(db, { config: loadConfig({ NODE_ENV: 'test', TEJIDO_METRICS_TOKEN: 'scrape-me-please' }) });
    const open = await startTestServer(db);
    try {
      expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-here' } })).status).toBe(401);
      expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer scrape-me-please' } })).status).toBe(200);
      expect((await fetch(`${open.url}/metrics`)).status).toBe(200);
      expect((await fetch(`${open.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(403);
    } finally {
      await guarded.close();
      await open.close();
    }
  });
});
