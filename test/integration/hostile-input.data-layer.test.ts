// Hostile cases on the survey's data layer: a submission id replayed into another workshop, a typed member's
// email, fresh device ids from one address, a lone surrogate. Same rules as hostile-input.test.ts: no 5xx, no
// internals, the expected code, and Neo4j counted before and after where nothing may be written (this file runs
// in the 'hostile' project too, alone). A replay into another workshop is a new submission there (ids are
// scoped to their workshop): it may write that new person, and must reveal nothing of the first.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { readTx } from '../../server/db/transaction.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { operation, runHostileCase } from '../support/hostile.ts';
import type { Reply } from '../support/hostile.ts';
import { startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;

const SUBMIT = 'mutation($code: String!, $input: SurveyInput!) { submitSurvey(code: $code, input: $input) { personId privateToken } }';
const answers = (overrides: Record<string, unknown> = {}) => ({ submissionId: randomUUID(), name: 'Ana Ruiz', consent: { listed: true, contactable: true }, ...overrides });

const LUIS_EMAIL = `luis-${randomUUID()}@example.org`;
const communityA = buildCommunity({
  interests: ['Quemas prescritas'],
  people: [{ name: 'Luis Pérez', email: LUIS_EMAIL, role: 'Jefe de brigada', listed: false, contactable: false, offers: ['Quemas prescritas'] }],
});
const communityB = buildCommunity({ people: [{ name: 'Berta Ruiz' }] });
const codes = {} as { a1: string; a2: string; b: string };

beforeAll(async () => {
  server = await startTestServer(db);
  await importCommunity(db, communityA);
  await importCommunity(db, communityB);
  const workshop = (communityId: string) => createWorkshop(db, communityId, { id: randomUUID(), title: 'Pendiente', date: '2025-01-01', regionId: null });
  codes.a1 = (await workshop(communityA.community.id)).code;
  codes.a2 = (await workshop(communityA.community.id)).code;
  codes.b = (await workshop(communityB.community.id)).code;
});
afterAll(() => server?.close());

/** A first submission into one workshop, then the same submission id replayed into another. */
async function replayInto(otherCode: () => string) {
  const input = answers({ name: 'Paula Original', email: `paula-${randomUUID()}@example.org` });
  const first = (await operation(server.url, SUBMIT, { code: codes.a1, input })).json.data.submitSurvey;
  return { first, replay: () => operation(server.url, SUBMIT, { code: otherCode(), input: { ...input, name: 'Otra Persona' } }) };
}

const leaksNothingOf = (first: { personId: string; privateToken: string }) => (r: Reply) => {
  expect(r.text).not.toContain(first.personId);
  expect(r.text).not.toContain(first.privateToken);
};

/**
 * Luis's own record: properties and every relationship, to show a typed email changed nothing of his. A flag
 * pointing at him from the new record (a possible duplicate, for a facilitator) is not part of his record.
 */
function luisRecord() {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (p:Person {id: $id}) OPTIONAL MATCH (p)-[r]-(x) WHERE type(r) <> 'POSSIBLE_DUPLICATE_OF'
       RETURN properties(p) AS props, collect(type(r) + ':' + coalesce(x.id, '')) AS rels`,
      { id: communityA.people[0]!.id },
    );
    const row = result.records[0]!;
    const { updatedAt: _updatedAt, ...props } = row.get('props') as Record<string, unknown>;
    return { props, rels: (row.get('rels') as string[]).sort() };
  });
}

describe('hostile input on the survey data layer', () => {
  for (const [where, code] of [['another workshop of the same community', () => codes.a2], ["another community's workshop", () => codes.b]] as const) {
    it(`when a submission id is replayed into ${where}, then it is a new submission there and the first person is not revealed`, async () => {
      const { first, replay } = await replayInto(code);
      const reply = await replay();
      expect(reply.status).toBe(200);
      leaksNothingOf(first)(reply);
      expect(reply.json.data.submitSurvey.personId).not.toBe(first.personId);
    });
  }

  it("when a participant types an existing member's email, then the receipt does not reveal the member and the member's record is unchanged", async () => {
    const before = await luisRecord();
    const input = answers({ name: 'Intruso', email: LUIS_EMAIL, role: 'Otro', offers: [{ name: 'Tema intruso' }], consent: { listed: true, contactable: true } });
    const r = await operation(server.url, SUBMIT, { code: codes.a1, input });
    expect(r.status).toBeLessThan(500);
    expect(r.text).not.toContain(communityA.people[0]!.id);
    expect(await luisRecord()).toEqual(before);
  });

  it('when unknown join codes come from 300 fresh device ids of one address, then the address is RATE_LIMITED', async () => {
    const flood = await startTestServer(db);
    try {
      await runHostileCase(db, {
        name: 'many devices',
        send: async () => {
          let last!: Reply;
          for (let i = 0; i < 300; i++) last = await operation(flood.url, '{ workshop(code: "QQQQQQ") { title } }', {}, { 'x-tejido-device': randomUUID() });
          return last;
        },
        expected: 'RATE_LIMITED',
      });
    } finally {
      await flood.close();
    }
  });

  it('when a survey name holds a lone surrogate, then BAD_USER_INPUT', async () => {
    const body = `{"query":${JSON.stringify(SUBMIT)},"variables":{"code":"${'CODE'}","input":{"submissionId":"${randomUUID()}","name":"Ana \\ud800 Ruiz","consent":{"listed":true,"contactable":true}}}}`;
    const { send } = await import('../support/hostile.ts');
    await runHostileCase(db, { name: 'lone surrogate', send: () => send(server.url, body.replace('CODE', codes.a1)), expected: 'BAD_USER_INPUT' });
  });
});
