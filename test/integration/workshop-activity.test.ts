import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { openActivityStream } from '../support/activity-stream.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(db);
});
afterAll(() => server.close());

const FIELDS = 'responseCount person { id name offerIds seekIds } ties { source target }';

describe('workshopActivity', () => {
  it('when a listed participant submits, then the facilitator’s live stream gets the person and their ties', async () => {
    const data = buildCommunity({ interests: ['Quemas'], people: [{ name: 'Luis' }] });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const created: any = await gql(
      server.url,
      'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "Vivo", date: "2025-05-01"}) { code } }',
      { s: data.community.slug },
      { cookie },
    );
    const { code } = created.data.createWorkshop;

    const stream = await openActivityStream(server.url, code, cookie, FIELDS); // subscribed once the stream answers
    const sent: any = await gql(server.url, 'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }', {
      c: code,
      i: {
        submissionId: randomUUID(),
        name: 'Ana',
        seeks: [{ name: 'quemas' }],
        knows: [{ personId: data.people[0]!.id }],
        consent: { listed: true, contactable: false },
      },
    });
    const event = await stream.next();
    const personId = sent.data.submitSurvey.personId;
    expect(event).toEqual({
      responseCount: 1,
      person: { id: personId, name: 'Ana', offerIds: [], seekIds: [data.interests[0]!.id] },
      ties: [{ source: [personId, data.people[0]!.id].sort()[0], target: [personId, data.people[0]!.id].sort()[1] }],
    });
    await stream.close();
  });

  it('when a phone sends the same answers again (its acknowledgement was lost), then the projector hears of the arrival again, unchanged', async () => {
    const data = buildCommunity({ people: [{ name: 'Luis' }] });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const created: any = await gql(
      server.url,
      'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "Otra vez", date: "2025-05-01"}) { code } }',
      { s: data.community.slug },
      { cookie },
    );
    const { code } = created.data.createWorkshop;
    const projector = await openActivityStream(server.url, code, cookie);
    const answers = {
      c: code,
      i: {
        submissionId: randomUUID(),
        name: 'Rosa',
        knows: [{ personId: data.people[0]!.id }],
        consent: { listed: true, contactable: true },
      },
    };
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
    const created: any = await gql(
      server.url,
      'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "x", date: "2025-05-01"}) { code } }',
      { s: data.community.slug },
      { cookie },
    );
    const anonymous = await openActivityStream(server.url, created.data.createWorkshop.code, undefined, FIELDS);
    expect((await anonymous.nextPayload()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await anonymous.close();
    const other = await signedInFacilitator(db, server.url, []);
    const outsider = await openActivityStream(server.url, created.data.createWorkshop.code, other, FIELDS);
    expect((await outsider.nextPayload()).errors[0].extensions.code).toBe('NOT_FOUND');
    await outsider.close();
  });
});
