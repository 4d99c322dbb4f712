import neo4j from 'neo4j-driver';
import type { Scope } from '../auth/viewer.ts';
import { seesEveryone, visible } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';
import type { PersonRecord } from '../people/person-repository.ts';
import { PERSON } from '../people/person-repository.ts';

export type InterestMatch = 'OFFERS' | 'SEEKS';

/** A validated search: full-text queries already escaped (lucene.ts), names normalized. */
export type PeopleCriteria = {
  /** Full-text query over people, organizations and interests. */
  text: string | null;
  /** Normalized interest name: matches a name in either language or a synonym exactly. */
  interestName: string | null;
  /** Full-text query of the interest name, for interests that match it in part. */
  interestText: string | null;
  interestId: string | null;
  regionId: string | null;
  organizationId: string | null;
  participation: 'CORE' | 'ACTIVE' | 'PERIPHERAL' | null;
};

/**
 * Where a result sits in the ranking: [interest rank (0 exact offer, 1 exact seek, 2 partial offer,
 * 3 partial seek), text rank (0 name or role, 1 organization or interest), participation rank,
 * minus ties, normalized name, id]. Lists compare element by element in Cypher, so the cursor is the key.
 */
export type SearchKey = [number, number, number, number, string, string];

export type SearchPage = {
  totalCount: number;
  items: { person: PersonRecord; match: InterestMatch | null; key: SearchKey }[];
  hasNextPage: boolean;
};

// The interests an interest criterion names: by id or exact name (rank 0), or in part through the
// full-text index (rank 1), each interest at its best rank.
const INTERESTS_SEARCHED = (byText: boolean) => `
CALL () {
  MATCH (i:Interest {communityId: $communityId})
  WHERE i.id = $c.interestId OR i.normName = $c.interestName OR $c.interestName IN i.normSynonyms
  RETURN i, 0 AS partial
  ${byText ? `UNION
  CALL db.index.fulltext.queryNodes('interest_search', $c.interestText) YIELD node AS i
  WHERE i.communityId = $communityId
  RETURN i, 1 AS partial` : ''}
}
WITH i, min(partial) AS partial`;

// People whose name or role match the text (rank 0), or whose organization or interests do (rank 1);
// \`carry\` names the rows' other columns.
const TEXT_MATCHES = (carry = '') => `
CALL () {
  CALL db.index.fulltext.queryNodes('person_search', $c.text) YIELD node AS p
  WHERE p.communityId = $communityId
  RETURN p, 0 AS textRank
  UNION
  CALL db.index.fulltext.queryNodes('organization_search', $c.text) YIELD node AS o
  WHERE o.communityId = $communityId
  MATCH (o)<-[:MEMBER_OF]-(p:Person)
  RETURN p, 1 AS textRank
  UNION
  CALL db.index.fulltext.queryNodes('interest_search', $c.text) YIELD node AS i
  WHERE i.communityId = $communityId
  MATCH (i)<-[:OFFERS|SEEKS]-(p:Person)
  RETURN p, 1 AS textRank
}
WITH ${carry}p, min(textRank) AS textRank`;

const INTEREST_RANK = 'min(2 * partial + CASE WHEN t:OFFERS THEN 0 ELSE 1 END) AS interestRank';

/** The candidates of a search, as rows of (p, interestRank, textRank), from the most selective source. */
function candidates(c: PeopleCriteria): string {
  const interest = c.interestId !== null || c.interestName !== null;
  const partly = c.interestText !== null;
  if (interest && c.text) {
    // Both: the few interests searched for, the text's people, then each one's rank through those interests.
    return `${INTERESTS_SEARCHED(partly)}
      WITH collect([i, partial]) AS searched
      ${TEXT_MATCHES('searched, ')}
      MATCH (p)-[t:OFFERS|SEEKS]->(i:Interest)
      WITH p, textRank, t, head([s IN searched WHERE s[0] = i | s[1]]) AS partial
      WHERE partial IS NOT NULL
      WITH p, textRank, ${INTEREST_RANK}`;
  }
  if (interest) {
    return `${INTERESTS_SEARCHED(partly)}
      MATCH (i)<-[t:OFFERS|SEEKS]-(p:Person)
      WITH p, ${INTEREST_RANK}, 0 AS textRank`;
  }
  if (c.text) return `${TEXT_MATCHES()}\nWITH p, 0 AS interestRank, textRank`;
  return 'MATCH (p:Person {communityId: $communityId})\nWITH p, 0 AS interestRank, 0 AS textRank';
}

/** Cypher: coordinators first, then active members, then peripheral ones. */
const PARTICIPATION_RANK = (p: string) => `CASE ${p}.participation WHEN 'CORE' THEN 0 WHEN 'ACTIVE' THEN 1 ELSE 2 END`;

/**
 * Cypher: minus the person's ties as the viewer sees them (\`$seesAll\`: facilitators see all of them, read
 * as the degree without touching the other ends; everyone else sees ties to listed people).
 */
const MINUS_TIES = (p: string) =>
  `-1 * CASE WHEN $seesAll THEN COUNT { (${p})-[:KNOWS]-() } ELSE COUNT { (${p})-[:KNOWS]-(o:Person) WHERE o.listed } END`;

/** Cypher: the most active first: participation level, then ties, then name and id. */
export const ACTIVITY_KEY = (p: string) => `${PARTICIPATION_RANK(p)}, ${MINUS_TIES(p)}, ${p}.normName, ${p}.id`;

/** A page of people matching every criterion, ranked (see SearchKey). */
export function searchPeople(
  db: Database,
  input: { communityId: string; scope: Scope; criteria: PeopleCriteria; first: number; after: SearchKey | null },
): Promise<SearchPage> {
  const { communityId, scope, criteria, first, after } = input;
  const cypher = `
    ${candidates(criteria)}
    WHERE p.communityId = $communityId AND ${visible('p')}
      AND ($c.participation IS NULL OR p.participation = $c.participation)
      AND ($c.regionId IS NULL OR EXISTS { (p)-[:BASED_IN]->(:Region {id: $c.regionId}) })
      AND ($c.organizationId IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:Organization {id: $c.organizationId}) })
    WITH p, interestRank, [interestRank, textRank, ${PARTICIPATION_RANK('p')}] AS group
    ORDER BY group
    WITH collect({p: p, interestRank: interestRank, group: group}) AS ranked
    WITH size(ranked) AS totalCount, [r IN ranked WHERE $after IS NULL OR r.group >= $after[0..3]] AS rest
    // Counting ties is the costly part: count them only in the groups this page can reach, up to the group
    // of the (first + 1)th remaining person, counting the whole group of the cursor as remaining.
    WITH totalCount, rest, size([r IN rest WHERE r.group = $after[0..3]]) + $first AS reach
    WITH totalCount, CASE WHEN size(rest) > reach THEN [r IN rest WHERE r.group <= rest[reach].group] ELSE rest END AS reachable
    RETURN totalCount, COLLECT {
      UNWIND reachable AS r
      WITH r.p AS p, r.interestRank AS interestRank, r.group AS group
      WITH p, interestRank, group + [${MINUS_TIES('p')}, p.normName, p.id] AS key
      WHERE $after IS NULL OR key > $after
      WITH p, interestRank, key ORDER BY key LIMIT $first
      RETURN {person: ${PERSON('p')}, key: key, match: CASE WHEN $interest THEN CASE interestRank % 2 WHEN 0 THEN 'OFFERS' ELSE 'SEEKS' END END} AS item
    } AS items`;
  return readTx(db, async (tx) => {
    const result = await tx.run(cypher, {
      communityId,
      scope,
      seesAll: seesEveryone(scope, communityId),
      c: criteria,
      interest: criteria.interestId !== null || criteria.interestName !== null,
      after,
      first: neo4j.int(first + 1),
    });
    const row = result.records[0];
    const items: SearchPage['items'] = row?.get('items') ?? [];
    return { totalCount: row?.get('totalCount') ?? 0, items: items.slice(0, first), hasNextPage: items.length > first };
  });
}
