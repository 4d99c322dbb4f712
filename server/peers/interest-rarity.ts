import { anonymous, scopeOf, visible } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';

/** How many listed people a community has, and how many of them offer or seek each interest. */
export type InterestRarity = { population: number; holders: Record<string, number> };

const TTL_MS = 30_000;
const cache = new WeakMap<Database['driver'], Map<string, { at: number; value: Promise<InterestRarity> }>>();

/**
 * The community's interest counts among listed people, the same for every viewer so that no score
 * reveals anyone unlisted. Counting them takes a pass over the community (~10k rows at 10k people),
 * too slow for every suggestion, so they are kept for 30 s: a rarity a few seconds old shifts a score
 * slightly, while consent itself is always checked live by the suggestion query.
 */
export function interestRarity(db: Database, communityId: string): Promise<InterestRarity> {
  let perCommunity = cache.get(db.driver);
  if (!perCommunity) cache.set(db.driver, (perCommunity = new Map()));
  const hit = perCommunity.get(communityId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = countHolders(db, communityId);
  perCommunity.set(communityId, { at: Date.now(), value });
  value.catch(() => perCommunity.delete(communityId));
  return value;
}

function countHolders(db: Database, communityId: string): Promise<InterestRarity> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (p:Person {communityId: $communityId}) WHERE ${visible('p')}
       WITH count(p) AS population
       RETURN population, COLLECT {
         MATCH (i:Interest {communityId: $communityId})
         RETURN [i.id, size(COLLECT { MATCH (p:Person)-[:OFFERS|SEEKS]->(i) WHERE ${visible('p')} RETURN DISTINCT p })]
       } AS holders`,
      { communityId, scope: scopeOf(anonymous) },
    );
    const row = result.records[0]!;
    return { population: row.get('population'), holders: Object.fromEntries(row.get('holders')) };
  });
}
