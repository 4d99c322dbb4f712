import type { ManagedTransaction } from 'neo4j-driver';
import type { Scope } from '../auth/viewer.ts';
import { seesEveryone, visible } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';
import type { PeerIndex } from './peer-index.ts';
import { activityKey, peerIndex, placeAfter } from './peer-index.ts';
import { smallest } from './smallest.ts';
import type { PersonRecord } from '../people/person-repository.ts';
import { PERSON_WITH, PROFILE } from '../people/person-repository.ts';

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

// The interests an interest criterion names, as (id, rank): by id or exact name (rank 0), or in part through
// the full-text index (rank 1), each interest at its best rank.
const INTERESTS_SEARCHED = (byText: boolean) => `
CALL () {
  MATCH (i:Interest {communityId: $communityId})
  WHERE i.id = $c.interestId OR i.normName = $c.interestName OR $c.interestName IN i.normSynonyms
  RETURN i, 0 AS partial
  ${
    byText
      ? `UNION
  CALL db.index.fulltext.queryNodes('interest_search', $c.interestText) YIELD node AS i
  WHERE i.communityId = $communityId
  RETURN i, 1 AS partial`
      : ''
  }
}
RETURN i.id AS id, min(partial) AS rank`;

// People whose name or role match the text, as (id, rank): rank 0, or whose organization or interests do:
// rank 1.
const TEXT_MATCHES = `
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
RETURN p.id AS id, min(textRank) AS rank`;

async function rankedIds(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<Map<string, number>> {
  const result = await tx.run(cypher, params);
  return new Map(result.records.map((row) => [row.get('id') as string, row.get('rank') as number]));
}

/**
 * A page of people matching every criterion, ranked (see SearchKey). Full-text matching (people by text,
 * interests in part) runs in Neo4j's full-text indexes; the rest (criteria, consent, ranking) on the peer
 * index in memory, which ranks 5,000 matches in a few ms where Cypher took tens of them. The page's people
 * are then read from Neo4j, and must still be visible. One transaction for both reads.
 */
export async function searchPeople(
  db: Database,
  input: { communityId: string; scope: Scope; criteria: PeopleCriteria; first: number; after: SearchKey | null },
): Promise<SearchPage> {
  const { communityId, scope, criteria: c, first } = input;
  const index = await peerIndex(db, communityId);
  const seesAll = seesEveryone(scope, communityId);
  const byInterest = c.interestId !== null || c.interestName !== null;
  const params = { communityId, c };
  return readTx(db, async (tx) => {
    const interests = byInterest ? await rankedIds(tx, INTERESTS_SEARCHED(c.interestText !== null), params) : null;
    const texts = c.text ? await rankedIds(tx, TEXT_MATCHES, params) : null;
    const { totalCount, page } = rankMatches(index, { ...input, seesAll, interests, texts });
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (p:Person {id: id}) WHERE p.communityId = $communityId AND ${visible('p')} RETURN ${PERSON_WITH('p', PROFILE)} AS person`,
      { ids: page.map(({ at }) => index.people[at]!.id), communityId, scope },
    );
    const people = new Map(result.records.map((row) => [row.get('person').id as string, row.get('person') as PersonRecord]));
    const items = page.flatMap(({ at, key }) => {
      const person = people.get(index.people[at]!.id);
      const match: InterestMatch | null = byInterest ? (key[0] % 2 === 0 ? 'OFFERS' : 'SEEKS') : null;
      return person ? [{ person, key, match }] : [];
    });
    return { totalCount, items: items.slice(0, first), hasNextPage: page.length > first };
  });
}

/**
 * The matches of a search on the peer index, and the first + 1 of them after the cursor, with their keys.
 * `interests` and `texts` are what the full-text side found (id → rank), null when not searched.
 */
function rankMatches(
  index: PeerIndex,
  input: {
    criteria: PeopleCriteria;
    seesAll: boolean;
    interests: Map<string, number> | null;
    texts: Map<string, number> | null;
    first: number;
    after: SearchKey | null;
  },
) {
  const { criteria: c, seesAll, interests, texts, first, after } = input;
  // Per position: interest rank (0 exact offer, 1 exact seek, 2 partial offer, 3 partial seek; 4 no match)
  // and text rank (0 name or role, 1 organization or interest; 2 no match), then the activity order.
  const size = index.people.length;
  const interestRank = new Uint8Array(size).fill(interests ? 4 : 0);
  const textRank = new Uint8Array(size).fill(texts ? 2 : 0);
  const found: number[] = [];
  for (const [id, partial] of interests ?? []) {
    for (const [holders, seeking] of [
      [index.offerers.get(id), 0],
      [index.seekers.get(id), 1],
    ] as const) {
      for (const at of holders ?? []) {
        if (interestRank[at] === 4) found.push(at);
        interestRank[at] = Math.min(interestRank[at]!, 2 * partial + seeking);
      }
    }
  }
  for (const [id, rank] of texts ?? []) {
    const at = index.position.get(id);
    if (at === undefined) continue;
    if (!interests) found.push(at);
    textRank[at] = rank;
  }
  const activity = seesAll ? index.activity.everyone : index.activity.listed;
  const matches: number[] = [];
  for (const at of interests || texts ? found : index.people.keys()) {
    const p = index.people[at]!;
    if (interestRank[at] === 4 || textRank[at] === 2 || !(seesAll || p.listed)) continue;
    if ((c.participation && p.participation !== c.participation) || (c.regionId && p.regionId !== c.regionId)) continue;
    if (c.organizationId && p.organizationId !== c.organizationId) continue;
    matches.push(at);
  }
  const byRanks = (at: number, interest: number, text: number) => interestRank[at]! - interest || textRank[at]! - text;
  const rest = after ? matches.filter(isAfter(after)) : matches;
  const page = smallest(rest, first + 1, (a, b) => byRanks(a, interestRank[b]!, textRank[b]!) || activity.rank[a]! - activity.rank[b]!);

  /** Whether a match comes after the cursor: by its ranks, or by activity among equal ranks. */
  function isAfter([interest, text, ...activityAfter]: SearchKey) {
    const place = placeAfter(index, activity, activityAfter, seesAll);
    return (at: number) => byRanks(at, interest, text) > 0 || (byRanks(at, interest, text) === 0 && activity.rank[at]! >= place);
  }

  return {
    totalCount: matches.length,
    page: page.map((at): { at: number; key: SearchKey } => ({
      at,
      key: [interestRank[at]!, textRank[at]!, ...activityKey(index, at, seesAll)],
    })),
  };
}
