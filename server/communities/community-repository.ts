import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';
import type { Scope } from '../auth/viewer.ts';
import { visible } from '../auth/viewer.ts';

export type Language = 'EN' | 'ES';
export type CommunityRecord = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  defaultLanguage: Language;
  contact: string | null;
  archived: boolean;
};
/** Cypher: the community bound to `c` as a CommunityRecord (Spanish when no language was set), plus `extra` entries. */
export const COMMUNITY = (c: string, extra = '') =>
  `${c} {.id, .slug, .name, .description, .contact, defaultLanguage: coalesce(${c}.defaultLanguage, 'ES'), archived: ${c}.archivedAt IS NOT NULL${extra ? `, ${extra}` : ''}}`;
/**
 * A region; `parentId`, `latitude` and `longitude` are there when the region was read with REGION (other
 * reads, e.g. a person's region, carry id and name only; the Region resolvers fetch the rest when asked).
 */
export type RegionRecord = { id: string; name: string; parentId?: string | null; latitude?: number | null; longitude?: number | null };
/** Cypher: the region bound to `r` with its details, plus `extra` entries. */
export const REGION = (r: string, extra = '') =>
  `${r} {.id, .name, .latitude, .longitude, parentId: COLLECT { MATCH (${r})-[:WITHIN]->(up:Region) RETURN up.id }[0]${extra ? `, ${extra}` : ''}}`;
export type OrganizationKind = 'GOVERNMENT' | 'NGO' | 'COMMUNITY' | 'ACADEMIC' | 'PRIVATE' | 'OTHER';
/**
 * `public`: the name may be shown to anyone (share links, the join page): a facilitator curated it, or a listed
 * person holds it. A name only unlisted people hold would tell strangers something those people did not share.
 */
export type OrganizationRecord = {
  id: string;
  name: string;
  kind: OrganizationKind;
  region: RegionRecord | null;
  public: boolean;
  curated: boolean;
};
export type InterestRecord = {
  id: string;
  name: string;
  nameEs: string | null;
  nameEn: string | null;
  synonyms: string[];
  theme: string | null;
  public: boolean;
  curated: boolean;
};

export type MapPersonRecord = {
  id: string;
  name: string;
  normName: string;
  regionId: string | null;
  organization: string | null;
  organizationId: string | null;
  participation: 'CORE' | 'ACTIVE' | 'PERIPHERAL';
  listed: boolean;
  contactable: boolean;
  offerIds: string[];
  seekIds: string[];
};

/** A tie as drawn on the map: undirected, its ends in id order (its GraphQL id is derived from them). */
export type MapTieRecord = { source: string; target: string };

export type CommunityMapRecord = {
  regions: RegionRecord[];
  people: MapPersonRecord[];
  /** The ties (one per pair) as positions in `people`, two per tie (a0, b0, a1, b1…), the smaller end first. */
  tieEnds: Int32Array;
};

/** The map's ties by person id (the GraphQL `ties`; the analytics index by position). */
export function mapTies({ people, tieEnds }: CommunityMapRecord): MapTieRecord[] {
  const ties: MapTieRecord[] = [];
  for (let end = 0; end < tieEnds.length; end += 2) ties.push({ source: people[tieEnds[end]!]!.id, target: people[tieEnds[end + 1]!]!.id });
  return ties;
}

/**
 * Cypher: the person bound to `p` as drawn on the map, as two columns for mapPerson: `person` (their own
 * properties) and `links` (region, organization and interests, read in one walk of their relationships: at
 * 10,000 people ~25% faster than a subquery for each).
 */
export const MAP_PERSON = (p: string) => `${p} {.id, .name, .normName, .participation, .listed, .contactable} AS person,
  COLLECT { MATCH (${p})-[r:BASED_IN|MEMBER_OF|OFFERS|SEEKS]->(x) RETURN [type(r), x.id, x.name] } AS links`;

/** Cypher: a fact (relationship `r` with firstReportedAt and, once ended, endedAt) held at `$asOf` (an ISO string). */
const HELD_AT = (r: string) => `${r}.firstReportedAt <= datetime($asOf) AND (${r}.endedAt IS NULL OR ${r}.endedAt > datetime($asOf))`;

/**
 * MAP_PERSON as the person stood at `$asOf`: the offers and seeks held then (ended ones too, if they ended later).
 * Region and organization are today's: their changes are not kept.
 */
export const MAP_PERSON_AS_OF = (p: string) => `${p} {.id, .name, .normName, .participation, .listed, .contactable} AS person,
  COLLECT { MATCH (${p})-[r:BASED_IN|MEMBER_OF|OFFERS|SEEKS|OFFERED|SOUGHT]->(x)
            WHERE type(r) IN ['BASED_IN', 'MEMBER_OF'] OR (${HELD_AT('r')})
            RETURN [CASE type(r) WHEN 'OFFERED' THEN 'OFFERS' WHEN 'SOUGHT' THEN 'SEEKS' ELSE type(r) END, x.id, x.name] } AS links`;

/** The person of a row holding MAP_PERSON's columns. */
export function mapPerson(row: Neo4jRecord): MapPersonRecord {
  const person = row.get('person') as Omit<MapPersonRecord, 'regionId' | 'organization' | 'organizationId' | 'offerIds' | 'seekIds'>;
  let regionId: string | null = null;
  let organization: { id: string; name: string } | null = null;
  const offerIds: string[] = [];
  const seekIds: string[] = [];
  for (const [type, id, name] of row.get('links') as [string, string, string][]) {
    if (type === 'BASED_IN') regionId ??= id;
    else if (type === 'MEMBER_OF') organization ??= { id, name };
    else (type === 'OFFERS' ? offerIds : seekIds).push(id);
  }
  // Written out rather than spread from the record: V8 read fields of spread objects ~30× slower (measured on
  // the peer index, which ranks these very objects).
  return {
    id: person.id,
    name: person.name,
    normName: person.normName,
    participation: person.participation,
    listed: person.listed,
    contactable: person.contactable,
    regionId,
    organization: organization?.name ?? null,
    organizationId: organization?.id ?? null,
    offerIds: offerIds.sort(),
    seekIds: seekIds.sort(),
  };
}

export type CommunitySummaryRecord = CommunityRecord & { peopleCount: number };

/** Every community (archived ones too when asked) with the number of people the viewer may see. */
export function listCommunities(db: Database, scope: Scope, includeArchived = false): Promise<CommunitySummaryRecord[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (c:Community) WHERE $includeArchived OR c.archivedAt IS NULL
       CALL (c) {
         MATCH (p:Person {communityId: c.id}) WHERE ${visible('p')}
         RETURN count(p) AS peopleCount
       }
       RETURN ${COMMUNITY('c', 'peopleCount')} AS community
       ORDER BY c.name`,
      { scope, includeArchived },
    );
    return result.records.map((r) => r.get('community'));
  });
}

/** The community with this slug (every community page's first read: kept while the community is unchanged). */
export function findCommunityBySlug(db: Database, slug: string): Promise<CommunityRecord | null> {
  return db.state.caches.communityBySlug(slug, () =>
    readTx(db, async (tx) => {
      const result = await tx.run(`MATCH (c:Community {slug: $slug}) RETURN ${COMMUNITY('c')} AS community`, { slug });
      return result.records[0]?.get('community') ?? null;
    }),
  );
}

/** The community's regions in the order its facilitators set (new ones last), then by name. */
const REGIONS = `MATCH (r:Region {communityId: $communityId}) RETURN ${REGION('r')} AS region ORDER BY coalesce(r.position, 2147483647), r.normName`;

export function listRegions(db: Database, communityId: string): Promise<RegionRecord[]> {
  return readTx(db, async (tx) => (await tx.run(REGIONS, { communityId })).records.map((row) => row.get('region')));
}

/** Cypher: the organization bound to `o` as an OrganizationRecord (the one place that says when its name is public). */
export const ORGANIZATION = (o: string) => `${o} {.id, .name, .kind,
  region: COLLECT { MATCH (${o})-[:BASED_IN]->(r:Region) RETURN r {.id, .name} LIMIT 1 }[0],
  curated: coalesce(${o}.curated, false),
  public: coalesce(${o}.curated, false) OR EXISTS { (:Person {listed: true})-[:MEMBER_OF]->(${o}) }}`;

export function listOrganizations(db: Database, communityId: string): Promise<OrganizationRecord[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (o:Organization {communityId: $communityId})
       RETURN ${ORGANIZATION('o')} AS organization
       ORDER BY o.normName`,
      { communityId },
    );
    return result.records.map((row) => row.get('organization'));
  });
}

/** Cypher: the interest bound to `i` as an InterestRecord (the one place that says when its name is public). */
export const INTEREST = (i: string) => `${i} {.id, .name, .nameEs, .nameEn, .theme, synonyms: coalesce(${i}.synonyms, []),
  curated: coalesce(${i}.curated, false),
  public: coalesce(${i}.curated, false) OR EXISTS { (:Person {listed: true})-[:OFFERS|SEEKS]->(${i}) }}`;

export function listInterests(db: Database, communityId: string): Promise<InterestRecord[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (i:Interest {communityId: $communityId})
       RETURN ${INTEREST('i')} AS interest
       ORDER BY i.normName`,
      { communityId },
    );
    return result.records.map((row) => row.get('interest'));
  });
}

export function mapTie(a: string, b: string): MapTieRecord {
  return a < b ? { source: a, target: b } : { source: b, target: a };
}

/** A tie's id: the same whichever end reported it. */
export const tieId = (tie: MapTieRecord) => `${tie.source}~${tie.target}`;

/**
 * People the viewer may see, their region, organization and interests, and the ties among them (one per
 * pair), sorted so the same data gives the same graph (Louvain's result depends on the order). One query in
 * one snapshot: each person comes with the element ids of those they reported knowing, which are stable within
 * the transaction and cost no property read (10,000 people and 100,000 ties: ~300 ms, where a second query
 * reading the known people's ids took ~450 ms for both). A known person without a row is one the viewer may
 * not see: the tie is left out.
 */
export async function communityMap(db: Database, communityId: string, scope: Scope, asOf?: Date): Promise<CommunityMapRecord> {
  const params = { communityId, scope, asOf: asOf?.toISOString() ?? null };
  const { rows, regions } = await readTx(db, async (tx) => ({
    rows: (
      await tx.run(
        asOf
          ? `MATCH (p:Person {communityId: $communityId}) WHERE ${visible('p')} AND p.firstReportedAt <= datetime($asOf)
             RETURN ${MAP_PERSON_AS_OF('p')}, elementId(p) AS node,
                    COLLECT { MATCH (p)-[k:KNOWS|KNEW]->(q:Person) WHERE ${HELD_AT('k')} RETURN elementId(q) } AS knows`
          : `MATCH (p:Person {communityId: $communityId}) WHERE ${visible('p')}
             RETURN ${MAP_PERSON('p')}, elementId(p) AS node, COLLECT { MATCH (p)-[:KNOWS]->(q:Person) RETURN elementId(q) } AS knows`,
        params,
      )
    ).records,
    regions: (await tx.run(REGIONS, params)).records.map((row) => row.get('region') as RegionRecord),
  }));
  // Sorted here by id: with ORDER BY, Neo4j built every row before sending the first (~25% slower).
  const sorted = rows
    .map((row) => ({ person: mapPerson(row), node: row.get('node') as string, knows: row.get('knows') as string[] }))
    .sort((a, b) => (a.person.id < b.person.id ? -1 : 1));
  const people = sorted.map((row) => row.person);
  const position = new Map<string, number>(sorted.map((row, at) => [row.node, at]));
  // Positions of the people each one knows, in id order (as people are), so ties come in a stable order.
  const knows = sorted.map((row) => {
    const known = new Set<number>(); // a tie withdrawn and named again is two facts about one pair
    for (const node of row.knows) {
      const at = position.get(node);
      if (at !== undefined) known.add(at);
    }
    return Int32Array.from(known).sort();
  });
  const ends: number[] = [];
  knows.forEach((others, at) => {
    for (const other of others) {
      // One tie per pair, even if data held a KNOWS each way (writes keep one): from the end with the smaller id.
      if (at < other) ends.push(at, other);
      else if (!knows[other]!.includes(at)) ends.push(other, at);
    }
  });
  return { regions, people, tieEnds: Int32Array.from(ends) };
}

export function countCommunities(db: Database): Promise<number> {
  return readTx(db, async (tx) => (await tx.run('MATCH (c:Community) RETURN count(c) AS n')).records[0]!.get('n'));
}
