import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { liveEvents } from '../support/live-events.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(db);
});
afterAll(() => server.close());

const ACTIVITY = 'subscription($code: String!) { workshopActivity(code: $code) { responseCount person { id name offerIds seekIds } ties { source target } } }';

/** Opens the subscription the way EventSource does (GET, text/event-stream) and yields each event's payload. */
async function* events(url: string, code: string, cookie?: string): AsyncGenerator<any> {
  const query = new URLSearchParams({ query: ACTIVITY, variables: JSON.stringify({ code }) });
  const response = await fetch(`${url}/graphql?${query}`, { headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) } });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const chunk = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = chunk.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('');
        if (data) yield JSON.parse(data);
      }
    }
  } finally {
    await reader.cancel();
  }
}

describe('workshopActivity', () => {
  it('when a participant submits, then the facilitator’s live stream gets the person and their ties', async () => {
    const data = buildCommunity({ interests: ['Quemas'], people: [{ name: 'Luis' }] });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const created: any = await gql(server.url, 'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "Vivo", date: "2025-05-01"}) { code } }', { s: data.community.slug }, { cookie });
    const { code } = created.data.createWorkshop;

    const stream = events(server.url, code, cookie);
    const first = stream.next(); // subscribe before submitting
    await new Promise((r) => setTimeout(r, 300));
    const sent: any = await gql(server.url, 'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }', {
      c: code,
      i: { submissionId: randomUUID(), name: 'Ana', seeks: [{ name: 'quemas' }], knows: [{ personId: data.people[0]!.id }], consent: { listed: false, contactable: false } },
    });
    const event = (await first).value;
    const personId = sent.data.submitSurvey.personId;
    expect(event.data.workshopActivity).toEqual({
      responseCount: 1,
      person: { id: personId, name: 'Ana', offerIds: [], seekIds: [data.interests[0]!.id] },
      ties: [{ source: [personId, data.people[0]!.id].sort()[0], target: [personId, data.people[0]!.id].sort()[1] }],
    });
    await stream.return(undefined);
  });

  it('when a phone sends the same answers again (its acknowledgement was lost), then the projector hears of the arrival again, unchanged', async () => {
    const data = buildCommunity({ people: [{ name: 'Luis' }] });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const created: any = await gql(server.url, 'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "Otra vez", date: "2025-05-01"}) { code } }', { s: data.community.slug }, { cookie });
    const { code } = created.data.createWorkshop;
    const projector = liveEvents(server.url, code, cookie);
    await projector.opened;
    const answers = { c: code, i: { submissionId: randomUUID(), name: 'Rosa', knows: [{ personId: data.people[0]!.id }], consent: { listed: true, contactable: true } } };
    const submit = 'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }';
    const sent: any = await gql(server.url, submit, answers);
    const [original] = await projector.until((seen) => seen.length === 1, 10_000);
    const again: any = await gql(server.url, submit, answers);
    const [, repeated] = await projector.until((seen) => seen.length === 2, 10_000);
    expect(again.data.submitSurvey.personId).toBe(sent.data.submitSurvey.personId);
    expect(repeated).toEqual(original);
    expect(repeated).toMatchObject({ responseCount: 1, person: { id: sent.data.submitSurvey.personId, name: 'Rosa' } });
    await projector.close();
  });

  it('when someone who does not facilitate the community subscribes, then the stream answers with an error and no events', async () => {
    const data = buildCommunity({ people: [] });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const created: any = await gql(server.url, 'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "x", date: "2025-05-01"}) { code } }', { s: data.community.slug }, { cookie });
    const anonymous = await events(server.url, created.data.createWorkshop.code).next();
    expect(anonymous.value.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const other = await signedInFacilitator(db, server.url, []);
    const outsider = await events(server.url, created.data.createWorkshop.code, other).next();
    expect(outsider.value.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
