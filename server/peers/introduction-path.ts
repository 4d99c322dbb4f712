import type { Scope } from '../auth/viewer.ts';
import { visible } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';
import type { PersonRecord } from '../people/person-repository.ts';
import { CARD, PERSON_WITH } from '../people/person-repository.ts';

/** The most ties an introduction path may take. */
export const MAX_HOPS = 4;

/**
 * The shortest chain of KNOWS ties (either direction) between two people, at most four hops, through
 * people who are listed and contactable: a bidirectional breadth-first search (StatefulShortestPath)
 * that checks the predicate on each intermediate as it expands. `undefined` when an end is not visible.
 */
export function introductionPath(
  db: Database,
  input: { communityId: string; fromId: string; toId: string; scope: Scope },
): Promise<PersonRecord[] | null | undefined> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (a:Person {id: $fromId}) WHERE a.communityId = $communityId AND ${visible('a')}
       WITH a
       MATCH (b:Person {id: $toId}) WHERE b.communityId = $communityId AND ${visible('b')}
       OPTIONAL MATCH path = SHORTEST 1
         (a) (()-[:KNOWS]-(m:Person WHERE m.listed AND m.contactable)){0,${MAX_HOPS - 1}} ()-[:KNOWS]-(b)
         WHERE a <> b
       RETURN CASE WHEN a = b THEN [] WHEN path IS NULL THEN null ELSE [n IN nodes(path) | ${PERSON_WITH('n', CARD)}] END AS people`,
      input,
    );
    return result.records.length === 0 ? undefined : result.records[0]!.get('people');
  });
}
