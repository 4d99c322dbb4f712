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
  links?: Partial<Pick<PersonLinks, EmbeddedLink>>;
};

/** The links a person record may carry, read with it (PERSON_WITH); absent ones are read when asked. */
export type EmbeddedLink = 'organization' | 'region' | 'offers' | 'seeks';

export type TieRecord = { person: PersonRecord; reportedById: string; confirmed: boolean };

/** Cypher map projection of a person; by default the email only for the viewer's curated communities. */
export const PERSON = (p: string, email = emailFor(p)) => `${p} {${personFields(p, email)}}`;

const personFields = (p: string, email: string) =>
  `.id, .communityId, .name, .normName, email: ${email}, .role, .participation, .listed, .contactable`;

/**
 * PERSON with some of its links read in the same query: `CARD` (organization, region) for people shown in a
 * list, `PROFILE` (also offers and seeks) for search results and profiles. Their resolvers then need no read
 * of their own; links not embedded are still batched by person-loader.ts.
 */
export const PERSON_WITH = (p: string, links: readonly EmbeddedLink[]) =>
  `${p} {${personFields(p, emailFor(p))}, links: {${links.map((link) => `${link}: ${LINK_OF[link](p)}`).join(', ')}}}`;
export const CARD = ['organization', 'region'] as const;
export const PROFILE = [...CARD, 'offers', 'seeks'] as const;

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
    const count = await tx.run(`MATCH (p:Person {communityId: $communityId}) WHERE ${visible('p')} RETURN count(p) AS n`, params);
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
    const result = await tx.run(`MATCH (p:Person {id: $id}) WHERE ${visible('p')} RETURN ${PERSON_WITH('p', PROFILE)} AS p`, { id, scope });
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

// Cypher for one link of the person bound to `p`. Inner variables carry a prefix of their own: a subquery may
// not declare a variable its caller already has (callers bind people to p, o, n…).
const interestsOf = (p: string, tie: 'OFFERS' | 'SEEKS') =>
  `COLLECT { MATCH (${p})-[:${tie}]->(link_i:Interest) WITH link_i ORDER BY link_i.normName
    RETURN link_i {.id, .name, .nameEs, .nameEn, .theme, synonyms: coalesce(link_i.synonyms, []), curated: coalesce(link_i.curated, false)} }`;
const LINK_OF: Record<EmbeddedLink, (p: string) => string> = {
  organization: (p) => `head(COLLECT {
    MATCH (${p})-[:MEMBER_OF]->(link_o:Organization)
    OPTIONAL MATCH (link_o)-[:BASED_IN]->(link_r:Region)
    RETURN link_o {.id, .name, .kind, curated: coalesce(link_o.curated, false), region: CASE WHEN link_r IS NULL THEN null ELSE link_r {.id, .name} END} LIMIT 1
  })`,
  region: (p) => `head(COLLECT { MATCH (${p})-[:BASED_IN]->(link_r:Region) RETURN link_r {.id, .name} LIMIT 1 })`,
  offers: (p) => interestsOf(p, 'OFFERS'),
  seeks: (p) => interestsOf(p, 'SEEKS'),
};

// One row per person; a CASE evaluates only the branch it takes, so a link nobody asked for is not read.
const PEOPLE_LINKS = `
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id,
  CASE WHEN $want.organization THEN ${LINK_OF.organization('p')} END AS organization,
  CASE WHEN $want.region THEN ${LINK_OF.region('p')} END AS region,
  CASE WHEN $want.offers THEN ${LINK_OF.offers('p')} END AS offers,
  CASE WHEN $want.seeks THEN ${LINK_OF.seeks('p')} END AS seeks,
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
export function peopleLinks(
  db: Database,
  ids: readonly string[],
  want: ReadonlySet<PersonLink>,
  scope: Scope,
): Promise<Map<string, PersonLinks>> {
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
