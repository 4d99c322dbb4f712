import neo4j from 'neo4j-driver';
import type { Scope } from '../auth/viewer.ts';
import { visible } from '../auth/viewer.ts';
import type { InterestRecord } from '../communities/community-repository.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';
import type { PersonRecord } from '../people/person-repository.ts';
import { PERSON } from '../people/person-repository.ts';
import { interestRarity } from './interest-rarity.ts';
import type { InterestRarity } from './interest-rarity.ts';
import type { ReasonFacts } from './reasons.ts';

export type RegionPreference = 'ANY' | 'SAME_REGION' | 'OTHER_REGION';

/** The most suggestions one request may ask for. */
export const MAX_SUGGESTIONS = 50;

export type PeerSuggestionRecord = {
  person: PersonRecord;
  score: number;
  parts: { complementarity: number; sharedRarity: number; proximity: number; region: number };
  theyOffer: InterestRecord[];
  youOffer: InterestRecord[];
  shared: InterestRecord[];
  mutualContacts: PersonRecord[];
  /** Facts the plain-language reasons are written from. */
  facts: ReasonFacts;
};

const INTEREST = (i: string) => `${i} {.id, .name, .nameEs, .nameEn, synonyms: coalesce(${i}.synonyms, [])}`;

/**
 * The scoring documented on PeerScoreParts, in one query from the person outward: one row per
 * (candidate, reason) from four interest expansions and the friends-of-friends expansion, summed per
 * candidate, so the work is bounded by the holders of the person's own interests plus their ties' ties.
 * People already tied to the person (either direction) arrive once more through `tied` and are dropped.
 * Only the top candidates get their interests, contacts, organization and region looked up.
 */
const SUGGESTIONS = `
MATCH (me:Person {id: $personId})
WHERE me.communityId = $communityId AND ($self OR ${visible('me')})
CALL (me) {
  CALL (me) {
    MATCH (me)-[:SEEKS]->(:Interest)<-[:OFFERS]-(q:Person)
    RETURN q, 1 AS theyOffer, 0 AS youOffer, 0.0 AS rarity, null AS contact, 0 AS tied
    UNION ALL
    MATCH (me)-[:OFFERS]->(:Interest)<-[:SEEKS]-(q:Person)
    RETURN q, 0 AS theyOffer, 1 AS youOffer, 0.0 AS rarity, null AS contact, 0 AS tied
    UNION ALL
    MATCH (me)-[:OFFERS]->(i:Interest)<-[:OFFERS]-(q:Person)
    RETURN q, 0 AS theyOffer, 0 AS youOffer, coalesce($weights[i.id], 1.0) AS rarity, null AS contact, 0 AS tied
    UNION ALL
    MATCH (me)-[:SEEKS]->(i:Interest)<-[:SEEKS]-(q:Person)
    RETURN q, 0 AS theyOffer, 0 AS youOffer, coalesce($weights[i.id], 1.0) AS rarity, null AS contact, 0 AS tied
    UNION ALL
    MATCH (me)-[:KNOWS]-(contact:Person)-[:KNOWS]-(q:Person)
    WHERE ${visible('contact')}
    RETURN q, 0 AS theyOffer, 0 AS youOffer, 0.0 AS rarity, contact, 0 AS tied
    UNION ALL
    MATCH (me)-[:KNOWS]-(q:Person)
    RETURN q, 0 AS theyOffer, 0 AS youOffer, 0.0 AS rarity, null AS contact, 1 AS tied
  }
  WITH q, sum(theyOffer) AS theyOffer, sum(youOffer) AS youOffer, sum(rarity) AS rarity,
       collect(DISTINCT contact) AS contacts, sum(tied) AS tied
  WHERE tied = 0 AND q <> me AND q.listed AND q.contactable
  WITH q, contacts,
       CASE WHEN theyOffer > 0 AND youOffer > 0 THEN 3.0 WHEN theyOffer + youOffer > 1 THEN 1.5 ELSE toFloat(theyOffer + youOffer) END
         AS complementarity,
       CASE WHEN rarity > 2.0 THEN 2.0 ELSE rarity END AS sharedRarity,
       CASE size(contacts) WHEN 0 THEN 0.0 ELSE 0.25 + 0.25 * size(contacts) END AS closeness,
       CASE $preference
         WHEN 'SAME_REGION' THEN CASE WHEN EXISTS { (me)-[:BASED_IN]->(:Region)<-[:BASED_IN]-(q) } THEN 0.5 ELSE 0.0 END
         WHEN 'OTHER_REGION' THEN CASE WHEN EXISTS { (me)-[:BASED_IN]->(:Region) }
           AND EXISTS { (q)-[:BASED_IN]->(:Region) } AND NOT EXISTS { (me)-[:BASED_IN]->(:Region)<-[:BASED_IN]-(q) } THEN 0.5 ELSE 0.0 END
         ELSE 0.0
       END AS region
  WITH q, contacts, complementarity, sharedRarity, region,
       CASE WHEN closeness > 1.0 THEN 1.0 ELSE closeness END AS proximity
  WITH q, contacts, complementarity, sharedRarity, proximity, region,
       complementarity + sharedRarity + proximity + region AS score
  ORDER BY score DESC, q.normName, q.id
  LIMIT $first
  RETURN collect({
    person: ${PERSON('q')},
    score: score,
    parts: {complementarity: complementarity, sharedRarity: sharedRarity, proximity: proximity, region: region},
    theyOffer: COLLECT { MATCH (me)-[:SEEKS]->(i:Interest)<-[:OFFERS]-(q) WITH i ORDER BY i.normName RETURN ${INTEREST('i')} },
    youOffer: COLLECT { MATCH (me)-[:OFFERS]->(i:Interest)<-[:SEEKS]-(q) WITH i ORDER BY i.normName RETURN ${INTEREST('i')} },
    shared: COLLECT {
      MATCH (me)-[mine:OFFERS|SEEKS]->(i:Interest)<-[theirs:OFFERS|SEEKS]-(q) WHERE type(mine) = type(theirs)
      WITH DISTINCT i ORDER BY i.normName RETURN ${INTEREST('i')}
    },
    mutualContacts: COLLECT {
      UNWIND contacts AS m
      WITH m ORDER BY CASE m.participation WHEN 'CORE' THEN 0 WHEN 'ACTIVE' THEN 1 ELSE 2 END, m.normName, m.id LIMIT 3
      RETURN ${PERSON('m')}
    },
    organization: head(COLLECT { MATCH (q)-[:MEMBER_OF]->(o:Organization) RETURN o.name }),
    region: head(COLLECT { MATCH (q)-[:BASED_IN]->(r:Region) RETURN r.name }),
    askerRegion: head(COLLECT { MATCH (me)-[:BASED_IN]->(r:Region) RETURN r.name })
  }) AS suggestions
}
RETURN suggestions`;

type Row = Omit<PeerSuggestionRecord, 'facts'> & { organization: string | null; region: string | null; askerRegion: string | null };

/**
 * Whom the person should meet, best first; null when the person is not in the community or (unless
 * `self`, the person asking through their private link) not visible to the viewer.
 */
export async function peerSuggestions(
  db: Database,
  input: { communityId: string; personId: string; scope: Scope; self: boolean; first: number; preference: RegionPreference },
): Promise<PeerSuggestionRecord[] | null> {
  const weights = rarityWeights(await interestRarity(db, input.communityId));
  return readTx(db, async (tx) => {
    const result = await tx.run(SUGGESTIONS, { ...input, first: neo4j.int(input.first), weights });
    const rows: Row[] | undefined = result.records[0]?.get('suggestions');
    return (
      rows?.map(({ organization, region, askerRegion, ...s }) => ({
        ...s,
        facts: { name: s.person.name, organization, region, askerRegion, theyOffer: s.theyOffer, youOffer: s.youOffer, shared: s.shared, mutualContacts: s.mutualContacts },
      })) ?? null
    );
  });
}

/** log(N / holders) / log(N) per interest: 1 for an interest one person has, near 0 for one everyone has. */
export function rarityWeights({ population, holders }: InterestRarity): Record<string, number> {
  if (population < 2) return {};
  return Object.fromEntries(
    Object.entries(holders).map(([id, k]) => [id, Math.max(0, Math.log(population / Math.max(1, k)) / Math.log(population))]),
  );
}
