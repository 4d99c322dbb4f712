// Hostile input that is allowed to write, but never to someone else's record: a submission id replayed into
// another workshop and a member's email typed by someone else each make a record of their own (flagged for
// curation). Instead of the global counts of hostile-input.test.ts, each case checks that the other
// person's record (properties and outgoing relationships) is exactly as before and that the answer names
// neither that person nor their private link. Runs in the 'hostile' project, alone.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { readTx } from '../../server/db/transaction.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { codeOf, operation } from '../support/hostile.ts';
import type { Reply } from '../support/hostile.ts';
import { startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;

const SUBMIT = 'mutation($code: String!, $input: SurveyInput!) { submitSurvey(code: $code, input: $input) { personId privateToken } }';
const answers = (overrides: Record<string, unknown> = {}) => ({
  submissionId: randomUUID(),
  name: 'Ana Ruiz',
  consent: { listed: true, contactable: true },
  ...overrides,
});

const LUIS_EMAIL = `luis-${randomUUID()}@example.org`;
const communityA = buildCommunity({
  interests: ['Quemas prescritas'],
  people: [
    { name: 'Luis Pérez', email: LUIS_EMAIL, role: 'Jefe de brigada', listed: false, contactable: false, offers: ['Quemas prescritas'] },
  ],
});
const communityB = buildCommunity({ people: [{ name: 'Berta Ruiz' }] });
const codes = {} as { a1: string; a2: string; b: string };

beforeAll(async () => {
  server = await startTestServer(db);
  await importCommunity(db, communityA);
  await importCommunity(db, communityB);
  const workshop = (communityId: string) =>
    createWorkshop(db, communityId, { id: randomUUID(), title: 'Identidad', date: '2025-01-01', regionId: null });
  codes.a1 = (await workshop(communityA.community.id)).code;
  codes.a2 = (await workshop(communityA.community.id)).code;
  codes.b = (await workshop(communityB.community.id)).code;
});
afterAll(() => server?.close());

/** A person's own record: properties (but the write timestamp) and outgoing relationships. */
function recordOf(personId: string) {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (p:Person {id: $id}) OPTIONAL MATCH (p)-[r]->(x)
       RETURN properties(p) AS props, collect(type(r) + ':' + coalesce(x.id, '')) AS rels`,
      { id: personId },
    );
    const row = result.records[0]!;
    const { updatedAt: _updatedAt, ...props } = row.get('props') as Record<string, unknown>;
    return { props, rels: (row.get('rels') as string[]).sort() };
  });
}

/** No 5xx, no internals code, no trace of the other person; their record as before. */
async function expectOwnRecord(reply: Reply, other: { personId: string; privateToken?: string | null }, before: unknown) {
  expect(reply.status).toBeLessThan(500);
  expect(codeOf(reply), reply.text).toBeUndefined();
  expect(reply.text).not.toContain(other.personId);
  if (other.privateToken) expect(reply.text).not.toContain(other.privateToken);
  expect(await recordOf(other.personId)).toEqual(before);
}

describe('hostile input that makes a record of its own', () => {
  for (const [where, code] of [
    ['another workshop of the same community', () => codes.a2],
    ["another community's workshop", () => codes.b],
  ] as const) {
    it(`when a submission id is replayed into ${where}, then it is a new record and the first one is neither revealed nor changed`, async () => {
      const input = answers({ name: 'Paula Original', email: `paula-${randomUUID()}@example.org` });
      const first = (await operation(server.url, SUBMIT, { code: codes.a1, input })).json.data.submitSurvey as {
        personId: string;
        privateToken: string;
      };
      const before = await recordOf(first.personId);
      const replay = await operation(server.url, SUBMIT, { code: code(), input: { ...input, name: 'Otra Persona', role: 'Intrusa' } });
      await expectOwnRecord(replay, first, before);
    });
  }

  it("when a participant types an existing member's email, then the receipt does not reveal the member and the member's record is unchanged", async () => {
    const luis = { personId: communityA.people[0]!.id };
    const before = await recordOf(luis.personId);
    const input = answers({
      name: 'Intruso',
      email: LUIS_EMAIL,
      role: 'Otro',
      offers: [{ name: 'Tema intruso' }],
      consent: { listed: true, contactable: true },
    });
    await expectOwnRecord(await operation(server.url, SUBMIT, { code: codes.a1, input }), luis, before);
  });

  it("when a participant types an existing member's name and email in capitals, then the member's record is unchanged", async () => {
    const luis = { personId: communityA.people[0]!.id };
    const before = await recordOf(luis.personId);
    const input = answers({ name: 'LUIS PÉREZ', email: LUIS_EMAIL.toUpperCase(), consent: { listed: true, contactable: true } });
    await expectOwnRecord(await operation(server.url, SUBMIT, { code: codes.a1, input }), luis, before);
  });
});
