import type { Scope } from '../auth/viewer.ts';
import { visible } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';
import type { PersonRecord } from '../people/person-repository.ts';
import { CARD, PERSON_WITH } from '../people/person-repository.ts';
import { peerIndex } from './peer-index.ts';
import { shortestChain } from './shortest-chain.ts';

/** The most ties an introduction path may take. */
export const MAX_HOPS = 4;

type PathInput = { communityId: string; fromId: string; toId: string; scope: Scope };

// The ends as the viewer may see them, and the chain found on the peer index as it is now: each person still in
// the community, the ones in between still listed and contactable, each still tied to the one before.
const CHAIN_NOW = `
MATCH (a:Person {id: $fromId}) WHERE a.communityId = $communityId AND ${visible('a')}
MATCH (b:Person {id: $toId}) WHERE b.communityId = $communityId AND ${visible('b')}
RETURN a = b AS same, COLLECT {
  UNWIND range(0, size($chain) - 1) AS k
  MATCH (n:Person {id: $chain[k]})
  WHERE n.communityId = $communityId
    AND (k = 0 OR k = size($chain) - 1 OR (n.listed AND n.contactable))
    AND (k = 0 OR EXISTS { (n)-[:KNOWS]-(:Person {id: $chain[k - 1]}) })
  WITH k, n ORDER BY k
  RETURN ${PERSON_WITH('n', CARD)}
} AS people`;

/**
 * The shortest chain of KNOWS ties (either direction) between two people, at most four hops, through people
 * who are listed and contactable; `undefined` when an end is not visible. Found on the peer index in memory
 * (bidirectional breadth-first search), then checked against Neo4j in one read with the chain's people; when
 * a write has changed the chain since the index was built, or an end is not in it yet, the search runs in
 * Neo4j instead.
 */
export async function introductionPath(db: Database, input: PathInput): Promise<PersonRecord[] | null | undefined> {
  const index = await peerIndex(db, input.communityId);
  const [from, to] = [index.position.get(input.fromId), index.position.get(input.toId)];
  if (from === undefined || to === undefined) return introductionPathInNeo4j(db, input);
  const passable = (at: number) => index.people[at]!.listed && index.people[at]!.contactable;
  const chain = shortestChain(index.ties, from, to, passable, MAX_HOPS)?.map((at) => index.people[at]!.id) ?? [];
  const found = await readTx(db, async (tx) => (await tx.run(CHAIN_NOW, { ...input, chain })).records[0]);
  if (!found) return undefined;
  if (found.get('same')) return [];
  const people = found.get('people') as PersonRecord[];
  if (chain.length === 0) return null;
  return people.length === chain.length ? people : introductionPathInNeo4j(db, input);
}

/**
 * The same search in Cypher: a bidirectional breadth-first search (StatefulShortestPath) that checks the
 * predicate on each intermediate as it expands.
 */
function introductionPathInNeo4j(db: Database, input: PathInput): Promise<PersonRecord[] | null | undefined> {
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
