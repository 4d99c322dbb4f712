import type { Database } from '../db/transaction.ts';
import { lookupCache } from '../db/revision-cache.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import type { Scope } from '../auth/viewer.ts';
import { visible } from '../auth/viewer.ts';

export type CommunityRecord = { id: string; slug: string; name: string; description: string | null };
export type RegionRecord = { id: string; name: string };
export type OrganizationKind = 'GOVERNMENT' | 'NGO' | 'COMMUNITY' | 'ACADEMIC' | 'PRIVATE' | 'OTHER';
export type OrganizationRecord = { id: string; name: string; kind: OrganizationKind; region: RegionRecord | null };
export type InterestRecord = { id: string; name: string; nameEs: string | null; nameEn: string | null; synonyms: string[] };

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
  ties: MapTieRecord[];
};

/**
 * Cypher: the person bound to `p` as drawn on the map. Region, organization and interests come from
 * COLLECT {} subqueries per person: no row multiplication across several optional matches.
 */
export const MAP_PERSON = (p: string) => `${p} {.id, .name, .normName, .participation, .listed, .contactable,
  regionId: COLLECT { MATCH (${p})-[:BASED_IN]->(r:Region) RETURN r.id LIMIT 1 }[0],
  organization: COLLECT { MATCH (${p})-[:MEMBER_OF]->(o:Organization) RETURN o.name LIMIT 1 }[0],
  organizationId: COLLECT { MATCH (${p})-[:MEMBER_OF]->(o:Organization) RETURN o.id LIMIT 1 }[0],
  offerIds: COLLECT { MATCH (${p})-[:OFFERS]->(i:Interest) RETURN i.id ORDER BY i.id },
  seekIds: COLLECT { MATCH (${p})-[:SEEKS]->(i:Interest) RETURN i.id ORDER BY i.id }}`;

/** Every community with the number of people the viewer may see. */
export type CommunitySummaryRecord = CommunityRecord & { peopleCount: number };

export function listCommunities(db: Database, scope: Scope): Promise<CommunitySummaryRecord[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (c:Community)
       CALL (c) {
         MATCH (p:Person {communityId: c.id}) WHERE ${visible('p')}
         RETURN count(p) AS peopleCount
       }
       RETURN c {.id, .slug, .name, .description, peopleCount} AS community
       ORDER BY c.name`,
      { scope },
    );
    return result.records.map((r) => r.get('community'));
  });
}

const bySlug = lookupCache<CommunityRecord>(256, (community) => community.id);

/** The community with this slug (every community page's first read: kept while the community is unchanged). */
export function findCommunityBySlug(db: Database, slug: string): Promise<CommunityRecord | null> {
  return bySlug(slug, () =>
    readTx(db, async (tx) => {
      const result = await tx.run('MATCH (c:Community {slug: $slug}) RETURN c {.id, .slug, .name, .description} AS community', { slug });
      return result.records[0]?.get('community') ?? null;
    }),
  );
}

const REGIONS = 'MATCH (r:Region {communityId: $communityId}) RETURN r {.id, .name} AS region ORDER BY r.normName';

export function listRegions(db: Database, communityId: string): Promise<RegionRecord[]> {
  return readTx(db, async (tx) => (await tx.run(REGIONS, { communityId })).records.map((row) => row.get('region')));
}

export function listOrganizations(db: Database, communityId: string): Promise<OrganizationRecord[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (o:Organization {communityId: $communityId})
       OPTIONAL MATCH (o)-[:BASED_IN]->(r:Region)
       RETURN o {.id, .name, .kind, region: CASE WHEN r IS NULL THEN null ELSE r {.id, .name} END} AS organization
       ORDER BY o.normName`,
      { communityId },
    );
    return result.records.map((row) => row.get('organization'));
  });
}

export function listInterests(db: Database, communityId: string): Promise<InterestRecord[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (i:Interest {communityId: $communityId})
       RETURN i {.id, .name, .nameEs, .nameEn, synonyms: coalesce(i.synonyms, [])} AS interest
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
 * pair), sorted so the same data gives the same graph (Louvain's result depends on the order). People and
 * ties are read by two queries running side by side (10,000 people and 100,000 ties: ~30% faster than one
 * after the other), so in two snapshots: a tie whose other end was not read (a write landed in between) is
 * left out; the write has changed the community's revision, so caches read the map again.
 */
export async function communityMap(db: Database, communityId: string, scope: Scope): Promise<CommunityMapRecord> {
  const params = { communityId, scope };
  const [{ regions, people }, knows] = await Promise.all([
    readTx(db, async (tx) => {
      const people = await tx.run(`MATCH (p:Person {communityId: $communityId}) WHERE ${visible('p')} RETURN ${MAP_PERSON('p')} AS person ORDER BY p.id`, params);
      const regions = await tx.run(REGIONS, params);
      return { people: people.records.map((row) => row.get('person') as MapPersonRecord), regions: regions.records.map((row) => row.get('region') as RegionRecord) };
    }),
    // One row per person with the ids of those they reported knowing: far fewer rows than one per tie.
    readTx(db, async (tx) => {
      const rows = await tx.run(
        `MATCH (p:Person {communityId: $communityId}) WHERE ${visible('p')}
         RETURN p.id AS id, COLLECT { MATCH (p)-[:KNOWS]->(q:Person) WHERE ${visible('q')} RETURN q.id ORDER BY q.id } AS knows
         ORDER BY p.id`,
        params,
      );
      return new Map<string, string[]>(rows.records.map((row) => [row.get('id'), row.get('knows')]));
    }),
  ]);
  const ties: MapTieRecord[] = [];
  const isPerson = new Set(people.map((p) => p.id));
  for (const [id, others] of knows) {
    if (!isPerson.has(id)) continue;
    for (const other of others) {
      if (!isPerson.has(other)) continue;
      // A tie both people reported is kept once, from the end with the smaller id.
      if (id < other) ties.push({ source: id, target: other });
      else if (!knows.get(other)?.includes(id)) ties.push({ source: other, target: id });
    }
  }
  return { regions, people, ties };
}

export function countCommunities(db: Database): Promise<number> {
  return readTx(db, async (tx) => (await tx.run('MATCH (c:Community) RETURN count(c) AS n')).records[0]!.get('n'));
}

/** Creates an empty community; a taken slug is a CONFLICT (unique constraint). */
export function createCommunity(db: Database, input: CommunityRecord): Promise<CommunityRecord> {
  return writeTx(db, async (tx) => {
    const result = await tx.run(
      `CREATE (c:Community {id: $id, slug: $slug, name: $name, description: $description, createdAt: datetime()})
       RETURN c {.id, .slug, .name, .description} AS community`,
      input,
    );
    return result.records[0]!.get('community');
  }, { community: input.id });
}
