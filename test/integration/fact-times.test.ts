import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { migrate } from '../../server/db/migrate.ts';
import { readTx, writeTx } from '../../server/db/transaction.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';
import { answer, editAnswers, eraseRecord, openWorkshop } from '../support/workshop-api.ts';

const db = useTestDatabase();
let server: TestServer;
let cookie: string;
const community = buildCommunity({ regions: ['Norte'], people: [{ name: 'Fundadora', region: 'Norte' }] });
const slug = community.community.slug;

const cypher = async (query: string, params: Record<string, unknown> = {}) =>
  readTx(db, async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject()));

/** A person's current and ended facts with their times (ISO strings). */
const factsOf = (id: string) =>
  cypher(
    `MATCH (p:Person {id: $id})-[r:KNOWS|KNEW|OFFERS|OFFERED|SEEKS|SOUGHT]-(x)
     RETURN type(r) AS type, CASE WHEN x:Person THEN x.id ELSE x.name END AS other, toString(r.firstReportedAt) AS first, toString(r.endedAt) AS ended,
            r.reportedIn AS reportedIn, toString(r.confirmedAt) AS confirmedAt
     ORDER BY type, other`,
    { id },
  );

beforeAll(async () => {
  await importCommunity(db, community);
  server = await startTestServer(db);
  cookie = await signedInFacilitator(db, server.url, [slug]);
});
afterAll(() => server.close());

/**
 * Whether an instant Neo4j wrote (nanoseconds: "…10.123456789Z") lies between two that JavaScript took
 * (milliseconds: "…10.123Z"), compared as instants: as text, "…123456789Z" sorts before "…123Z".
 */
const between = (instant: string, from: string, to: string) =>
  Date.parse(instant) >= Date.parse(from) && Date.parse(instant) <= Date.parse(to);

describe('time on facts', () => {
  it('when people answer in a workshop, then each person, offer, seek and tie carries when it was first reported and the tie its workshop', async () => {
    const before = new Date().toISOString();
    const workshop = await openWorkshop(server.url, cookie, slug, 'Taller uno', '2026-01-10');
    const ana = await answer(server.url, workshop.code, { name: 'Ana Tiempo', offers: ['Quemas'], seeks: ['Brigadas'] });
    const beto = await answer(server.url, workshop.code, { name: 'Beto Tiempo', knows: [ana.personId] });
    const after = new Date().toISOString();

    const [person] = await cypher('MATCH (p:Person {id: $id}) RETURN toString(p.firstReportedAt) AS first', { id: ana.personId });
    expect(between(person!.first, before, after)).toBe(true);
    const facts = await factsOf(ana.personId);
    expect(facts.map((f) => [f.type, f.other, f.reportedIn, f.ended])).toEqual([
      ['KNOWS', beto.personId, workshop.id, null],
      ['OFFERS', 'Quemas', workshop.id, null],
      ['SEEKS', 'Brigadas', workshop.id, null],
    ]);
    for (const f of facts) expect(between(f.first, before, after)).toBe(true);
    expect(facts[0]!.confirmedAt).toBeNull();

    // Ana names Beto back through her private link: the tie is confirmed now, and keeps its first report.
    const confirming = new Date().toISOString();
    await editAnswers(server.url, ana.privateToken, {
      name: 'Ana Tiempo',
      offers: ['Quemas'],
      seeks: ['Brigadas'],
      knows: [beto.personId],
    });
    const [tie] = (await factsOf(ana.personId)).filter((f) => f.type === 'KNOWS');
    expect(tie!.first).toBe(facts[0]!.first);
    expect(Date.parse(tie!.confirmedAt)).toBeGreaterThanOrEqual(Date.parse(confirming));
  });

  it('when a participant drops a tie and an offer from their answers, then those end with their first report kept, and what they kept is unchanged', async () => {
    const workshop = await openWorkshop(server.url, cookie, slug, 'Taller dos', '2026-02-10');
    const carla = await answer(server.url, workshop.code, { name: 'Carla Tiempo' });
    const dora = await answer(server.url, workshop.code, { name: 'Dora Tiempo' });
    const eli = await answer(server.url, workshop.code, {
      name: 'Eli Tiempo',
      offers: ['Quemas', 'SIG'],
      knows: [carla.personId, dora.personId],
    });
    const first = await factsOf(eli.personId);

    const dropping = new Date().toISOString();
    await editAnswers(server.url, eli.privateToken, { name: 'Eli Tiempo', offers: ['Quemas'], knows: [carla.personId] });
    const facts = await factsOf(eli.personId);
    const was = (type: string, other: string) => first.find((f) => f.type === type && f.other === other)!;
    expect(facts.map((f) => [f.type, f.other, f.first, f.reportedIn, f.ended === null])).toEqual([
      ['KNEW', dora.personId, was('KNOWS', dora.personId).first, workshop.id, false],
      ['KNOWS', carla.personId, was('KNOWS', carla.personId).first, workshop.id, true],
      ['OFFERED', 'SIG', was('OFFERS', 'SIG').first, workshop.id, false],
      ['OFFERS', 'Quemas', was('OFFERS', 'Quemas').first, workshop.id, true],
    ]);
    for (const f of facts.filter((f) => f.ended)) expect(Date.parse(f.ended)).toBeGreaterThanOrEqual(Date.parse(dropping));

    // The present-tense graph others read no longer holds what ended.
    const people = await gql(
      server.url,
      'query($s: String!, $id: ID!) { community(slug: $s) { person(id: $id) { knows { person { id } } offers { name } } } }',
      { s: slug, id: eli.personId },
      { cookie },
    );
    expect(people.errors).toBeUndefined();
    expect(people.data!.community.person.knows.map((t: { person: { id: string } }) => t.person.id)).toEqual([carla.personId]);
    expect(people.data!.community.person.offers.map((i: { name: string }) => i.name)).toEqual(['Quemas']);
  });

  it('when a person erases their record, then their node, their ties and their ended ties are gone, theirs and the ones others reported', async () => {
    const workshop = await openWorkshop(server.url, cookie, slug, 'Taller tres', '2026-03-10');
    const fer = await answer(server.url, workshop.code, { name: 'Fer Borrada', email: 'fer@example.org', offers: ['Quemas'] });
    const gil = await answer(server.url, workshop.code, { name: 'Gil Tiempo', knows: [fer.personId] });
    const hugo = await answer(server.url, workshop.code, { name: 'Hugo Tiempo', knows: [fer.personId] });
    await editAnswers(server.url, hugo.privateToken, { name: 'Hugo Tiempo' }); // Hugo's tie to Fer ends: a KNEW
    expect((await factsOf(fer.personId)).map((f) => f.type)).toEqual(['KNEW', 'KNOWS', 'OFFERS']);

    await eraseRecord(server.url, fer.privateToken);
    const left = await cypher(
      `MATCH (n) WHERE n.id = $id OR n.personId = $id OR n.reportedById = $id OR n.email = 'fer@example.org' RETURN labels(n) AS labels`,
      { id: fer.personId },
    );
    // Only the erasure log's id remains, so that an old export cannot bring the record back.
    expect(left).toEqual([{ labels: ['Erasure'] }]);
    expect(await factsOf(gil.personId)).toEqual([]);
    expect(await factsOf(hugo.personId)).toEqual([]);
  });

  it('when data from before facts had times is migrated, then what can be known is filled in, and migrating again changes nothing', async () => {
    const [old, other, known] = [randomUUID(), randomUUID(), randomUUID()];
    const workshopId = randomUUID();
    await writeTx(db, (tx) =>
      tx.run(
        `MATCH (i:Interest {communityId: $c}) WITH i LIMIT 1
         CREATE (w:Workshop {id: $workshopId, communityId: $c, code: $code, title: 'Antiguo', date: '2024-05-01', status: 'CLOSED'})
         CREATE (a:Person {id: $old, communityId: $c, name: 'Antigua', normName: 'antigua', listed: true, participation: 'ACTIVE'})
         CREATE (b:Person {id: $other, communityId: $c, name: 'Otro', normName: 'otro', listed: true, participation: 'ACTIVE',
                           createdAt: datetime('2024-06-01T10:00:00Z')})
         CREATE (k:Person {id: $known, communityId: $c, name: 'Nadie', normName: 'nadie', listed: true, participation: 'ACTIVE'})
         CREATE (a)-[:ATTENDED]->(w)
         CREATE (a)-[:KNOWS {reportedById: $old, confirmed: true, workshopId: $workshopId}]->(b)
         CREATE (a)-[:OFFERS]->(i)`,
        { c: community.community.id, workshopId, code: `OLD${randomUUID().slice(0, 5)}`, old, other, known },
      ),
    );
    await migrate(db);
    const read = () =>
      cypher(
        `MATCH (a:Person {id: $old})-[k:KNOWS]-(b:Person {id: $other}), (a)-[o:OFFERS]->(), (n:Person {id: $known})
         RETURN toString(a.firstReportedAt) AS person, toString(b.firstReportedAt) AS other, toString(k.firstReportedAt) AS tie,
                k.reportedIn AS reportedIn, toString(k.confirmedAt) AS confirmedAt, toString(o.firstReportedAt) AS offer,
                n.firstReportedAt IS NOT NULL AS unknownFilled`,
        { old, other, known },
      );
    const [filled] = await read();
    expect(filled).toEqual({
      person: '2024-05-01T00:00:00Z', // the date of the workshop Antigua attended
      other: '2024-06-01T10:00:00Z', // Otro's own createdAt
      tie: '2024-05-01T00:00:00Z', // the reporter's first report
      reportedIn: workshopId,
      confirmedAt: '2024-06-01T10:00:00Z', // the later of the two: Otro's answers confirmed it
      offer: '2024-05-01T00:00:00Z',
      unknownFilled: true, // nothing known about Nadie: the migration time
    });
    await migrate(db);
    expect(await read()).toEqual([filled]);
  });
});
