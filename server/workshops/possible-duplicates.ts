import type { ManagedTransaction } from 'neo4j-driver';
import type { AnswerScope } from './answer-links.ts';

/**
 * New people who may be someone already mapped are offered to the facilitator as possible duplicates, never
 * merged silently: the same name, a look-alike name (same confusable skeleton: "Аna" with a Cyrillic "А"),
 * or the same email. The reasons are kept on the flag, for the curation page to say why.
 */
export async function flagPossibleDuplicates(tx: ManagedTransaction, scope: AnswerScope, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(
    `UNWIND $ids AS id
     MATCH (p:Person {id: id})
     CALL (p) {
       MATCH (q:Person {communityId: $communityId, normName: p.normName}) WHERE q.id <> p.id RETURN q, 'SAME_NAME' AS reason
       UNION
       MATCH (q:Person {communityId: $communityId, skeleton: p.skeleton}) WHERE q.id <> p.id AND q.normName <> p.normName
       RETURN q, 'LOOKALIKE_NAME' AS reason
       UNION
       MATCH (q:Person {communityId: $communityId, normEmail: p.normEmail}) WHERE q.id <> p.id RETURN q, 'SAME_EMAIL' AS reason
     }
     WITH p, q, collect(reason) AS reasons
     MERGE (p)-[d:POSSIBLE_DUPLICATE_OF]->(q)
     SET d.reasons = reasons`,
    { communityId: scope.communityId, ids },
  );
}
