import type { ManagedTransaction } from 'neo4j-driver';
import type { Scope } from '../auth/viewer.ts';
import { seesEveryone, visible } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';
import type { IndexedPerson } from './peer-index.ts';
import { peerIndex } from './peer-index.ts';
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

// The interests an interest criterion names, as (id, rank): by id or exact name (rank 0), or in part through
// the full-text index (rank 1), each interest at its best rank.
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

const PARTICIPATION_RANK = { CORE: 0, ACTIVE: 1, PERIPHERAL: 2 } as const;

/** The most active first: participation level, then more ties (as the viewer sees them), then name and id. */
export const activityKey = (p: IndexedPerson, seesAll: boolean) => [PARTICIPATION_RANK[p.participation], -(seesAll ? p.ties.length : p.listedTies), p.normName, p.id] as const;

/** Element by element; strings in code-unit order, as Cypher orders them (cursors written by either compare alike). */
export function compareKeys(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/**
 * A page of people matching every criterion, ranked (see SearchKey). Full-text matching (people by text,
 * interests in part) runs in Neo4j's full-text indexes; the rest (criteria, consent, ranking) on the peer
 * index in memory, which ranks 5,000 matches in a few ms where Cypher took tens of them. The page's people
 * are then read from Neo4j, and must still be visible.
 */
export async function searchPeople(
  db: Database,
  input: { communityId: string; scope: Scope; criteria: PeopleCriteria; first: number; after: SearchKey | null },
): Promise<SearchPage> {
  const { communityId, scope, criteria: c, first, after } = input;
  const index = await peerIndex(db, communityId);
  const seesAll = seesEveryone(scope, communityId);
  const byInterest = c.interestId !== null || c.interestName !== null;
  const params = { communityId, c };
  const [interests, texts] = await readTx(db, async (tx) => [
    byInterest ? await rankedIds(tx, INTERESTS_SEARCHED(c.interestText !== null), params) : null,
    c.text ? await rankedIds(tx, TEXT_MATCHES, params) : null,
  ]);

  // Interest rank of each holder: 0 exact offer, 1 exact seek, 2 partial offer, 3 partial seek.
  let interestRank: Map<number, number> | null = null;
  if (interests) {
    interestRank = new Map();
    for (const [id, partial] of interests) {
      for (const [holders, seeking] of [[index.offerers.get(id), 0], [index.seekers.get(id), 1]] as const) {
        for (const at of holders ?? []) interestRank.set(at, Math.min(interestRank.get(at) ?? 4, 2 * partial + seeking));
      }
    }
  }
  const candidates = interestRank ? [...interestRank.keys()] : texts ? [...texts.keys()].flatMap((id) => index.position.get(id) ?? []) : index.people.keys();
  const matches: { at: number; key: SearchKey }[] = [];
  for (const at of candidates) {
    const p = index.people[at]!;
    const textRank = texts ? texts.get(p.id) : 0;
    if (textRank === undefined || !(seesAll || p.listed)) continue;
    if ((c.participation && p.participation !== c.participation) || (c.regionId && p.regionId !== c.regionId)) continue;
    if (c.organizationId && p.organizationId !== c.organizationId) continue;
    matches.push({ at, key: [interestRank?.get(at) ?? 0, textRank, ...activityKey(p, seesAll)] });
  }
  matches.sort((x, y) => compareKeys(x.key, y.key));
  const page = (after ? matches.filter((m) => compareKeys(m.key, after) > 0) : matches).slice(0, first + 1);

  const people = await readTx(db, async (tx) => {
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (p:Person {id: id}) WHERE p.communityId = $communityId AND ${visible('p')} RETURN ${PERSON('p')} AS person`,
      { ids: page.map((m) => index.people[m.at]!.id), communityId, scope },
    );
    return new Map(result.records.map((row) => [row.get('person').id as string, row.get('person') as PersonRecord]));
  });
  const items = page.flatMap(({ at, key }) => {
    const person = people.get(index.people[at]!.id);
    const match: InterestMatch | null = byInterest ? (key[0] % 2 === 0 ? 'OFFERS' : 'SEEKS') : null;
    return person ? [{ person, key, match }] : [];
  });
  return { totalCount: matches.length, items: items.slice(0, first), hasNextPage: page.length > first };
}
