import neo4j from 'neo4j-driver';
import type { Scope } from '../auth/viewer.ts';
import { emailFor, visible } from '../auth/viewer.ts';
import type { InterestRecord, OrganizationRecord, RegionRecord } from '../communities/community-repository.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';

export type PersonRecord = {
  id: string;
  communityId: string;
  name: string;
  normName: string;
  email: string | null;
  role: string | null;
  participation: 'CORE' | 'ACTIVE' | 'PERIPHERAL';
  listed: boolean;
  contactable: boolean;
};

export type TieRecord = { person: PersonRecord; reportedById: string; confirmed: boolean };

/** Cypher map projection of a person; by default the email only for the viewer's curated communities. */
export const PERSON = (p: string, email = emailFor(p)) =>
  `${p} {.id, .communityId, .name, .normName, email: ${email}, .role, .participation, .listed, .contactable}`;

export type PeoplePage = { totalCount: number; items: PersonRecord[]; hasNextPage: boolean };

/** A page of people ordered by normalized name then id (keyset pagination: stable under inserts). */
export function listPeople(
  db: Database,
  communityId: string,
  scope: Scope,
  page: { first: number; after?: { normName: string; id: string } },
): Promise<PeoplePage> {
  return readTx(db, async (tx) => {
    const params = { communityId, scope, first: neo4j.int(page.first + 1), after: page.after ?? null };
    const count = await tx.run(
      `MATCH (p:Person {communityId: $communityId}) WHERE ${visible('p')} RETURN count(p) AS n`,
      params,
    );
    const rows = await tx.run(
      `MATCH (p:Person {communityId: $communityId})
       WHERE ${visible('p')}
         AND ($after IS NULL OR p.normName > $after.normName OR (p.normName = $after.normName AND p.id > $after.id))
       RETURN ${PERSON('p')} AS person
       ORDER BY p.normName, p.id
       LIMIT $first`,
      params,
    );
    const items: PersonRecord[] = rows.records.map((row) => row.get('person'));
    const hasNextPage = items.length > page.first;
    return { totalCount: count.records[0]!.get('n'), items: items.slice(0, page.first), hasNextPage };
  });
}

/** The person, or null when there is none or the viewer may not see them. */
export function findPerson(db: Database, id: string, scope: Scope): Promise<PersonRecord | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run(`MATCH (p:Person {id: $id}) WHERE ${visible('p')} RETURN ${PERSON('p')} AS p`, { id, scope });
    return result.records[0]?.get('p') ?? null;
  });
}

export function personOrganization(db: Database, personId: string): Promise<OrganizationRecord | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (:Person {id: $personId})-[:MEMBER_OF]->(o:Organization)
       OPTIONAL MATCH (o)-[:BASED_IN]->(r:Region)
       RETURN o {.id, .name, .kind, region: CASE WHEN r IS NULL THEN null ELSE r {.id, .name} END} AS o LIMIT 1`,
      { personId },
    );
    return result.records[0]?.get('o') ?? null;
  });
}

export function personRegion(db: Database, personId: string): Promise<RegionRecord | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run('MATCH (:Person {id: $personId})-[:BASED_IN]->(r:Region) RETURN r {.id, .name} AS r LIMIT 1', {
      personId,
    });
    return result.records[0]?.get('r') ?? null;
  });
}

/** Interests the person offers or seeks, by name. */
export function personInterests(db: Database, personId: string, tie: 'OFFERS' | 'SEEKS'): Promise<InterestRecord[]> {
  return readTx(db, async (tx) => {
    // The relationship type comes from the closed union above, never from user input.
    const result = await tx.run(
      `MATCH (:Person {id: $personId})-[:${tie}]->(i:Interest)
       RETURN i {.id, .name, .nameEs, .nameEn, synonyms: coalesce(i.synonyms, [])} AS interest ORDER BY i.normName`,
      { personId },
    );
    return result.records.map((row) => row.get('interest'));
  });
}

/** The person's ties (either direction) to people the viewer may see. */
export function personTies(db: Database, personId: string, scope: Scope): Promise<TieRecord[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (p:Person {id: $personId})-[k:KNOWS]-(o:Person)
       WHERE ${visible('o')}
       RETURN ${PERSON('o')} AS person, k.reportedById AS reportedById, coalesce(k.confirmed, false) AS confirmed
       ORDER BY o.normName, o.id`,
      { personId, scope },
    );
    return result.records.map((r) => r.toObject() as TieRecord);
  });
}
