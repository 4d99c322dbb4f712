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

/** The fields of a person that other nodes hold, read for many people at once (see person-loader.ts). */
export type PersonLink = 'organization' | 'region' | 'offers' | 'seeks' | 'knows';

export type PersonLinks = {
  organization: OrganizationRecord | null;
  region: RegionRecord | null;
  offers: InterestRecord[];
  seeks: InterestRecord[];
  /** The person's ties (either direction) to people the viewer may see. */
  knows: TieRecord[];
};

const INTEREST = 'i {.id, .name, .nameEs, .nameEn, synonyms: coalesce(i.synonyms, [])}';

// One row per person; a CASE evaluates only the branch it takes, so a link nobody asked for is not read.
const PEOPLE_LINKS = `
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id,
  CASE WHEN $want.organization THEN head(COLLECT {
    MATCH (p)-[:MEMBER_OF]->(o:Organization)
    OPTIONAL MATCH (o)-[:BASED_IN]->(r:Region)
    RETURN o {.id, .name, .kind, region: CASE WHEN r IS NULL THEN null ELSE r {.id, .name} END} LIMIT 1
  }) END AS organization,
  CASE WHEN $want.region THEN head(COLLECT { MATCH (p)-[:BASED_IN]->(r:Region) RETURN r {.id, .name} LIMIT 1 }) END AS region,
  CASE WHEN $want.offers THEN COLLECT { MATCH (p)-[:OFFERS]->(i:Interest) WITH i ORDER BY i.normName RETURN ${INTEREST} } END AS offers,
  CASE WHEN $want.seeks THEN COLLECT { MATCH (p)-[:SEEKS]->(i:Interest) WITH i ORDER BY i.normName RETURN ${INTEREST} } END AS seeks,
  CASE WHEN $want.knows THEN COLLECT {
    MATCH (p)-[k:KNOWS]-(o:Person)
    WHERE ${visible('o')}
    WITH o, k ORDER BY o.normName, o.id
    RETURN {person: ${PERSON('o')}, reportedById: k.reportedById, confirmed: coalesce(k.confirmed, false)}
  } END AS knows`;

/**
 * The asked links of many people in one query: a page of 20 people with their organization, region,
 * offers, seeks and ties is one read, not one per person and field. People not found get none.
 */
export function peopleLinks(db: Database, ids: readonly string[], want: ReadonlySet<PersonLink>, scope: Scope): Promise<Map<string, PersonLinks>> {
  const flags = Object.fromEntries((['organization', 'region', 'offers', 'seeks', 'knows'] as const).map((link) => [link, want.has(link)]));
  return readTx(db, async (tx) => {
    const result = await tx.run(PEOPLE_LINKS, { ids, want: flags, scope });
    return new Map(
      result.records.map((row) => [
        row.get('id') as string,
        {
          organization: row.get('organization') ?? null,
          region: row.get('region') ?? null,
          offers: row.get('offers') ?? [],
          seeks: row.get('seeks') ?? [],
          knows: row.get('knows') ?? [],
        },
      ]),
    );
  });
}
