import { hashToken } from '../auth/token-hash.ts';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import { appError } from '../errors.ts';
import type { PersonRecord } from './person-repository.ts';
import { PERSON } from './person-repository.ts';

export type PrivateRecord = {
  person: PersonRecord;
  communityName: string;
  workshopCode: string | null;
  reportedTies: { id: string; name: string; organization: string | null }[];
};

/** The record a private link opens, with every field (the email too): it is the person's own. */
export function findByPrivateToken(db: Database, token: string): Promise<PrivateRecord | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (:PrivateLink {tokenHash: $tokenHash})-[:OPENS]->(p:Person)
       MATCH (c:Community {id: p.communityId})
       RETURN ${PERSON('p', 'p.email')} AS person, c.name AS communityName,
              head([(p)-[a:ATTENDED]->(w:Workshop) | w.code]) AS workshopCode,
              [(p)-[k:KNOWS]-(q:Person) WHERE k.reportedById = p.id |
                 q {.id, .name, organization: head([(q)-[:MEMBER_OF]->(o) | o.name])}] AS reportedTies`,
      { tokenHash: hashToken(token) },
    );
    return (result.records[0]?.toObject() as PrivateRecord | undefined) ?? null;
  });
}

/** The record a private link opens, or NOT_FOUND (unknown, or erased). */
export async function privateRecordOrNotFound(db: Database, token: string): Promise<PrivateRecord> {
  const record = token.length <= 128 ? await findByPrivateToken(db, token) : null;
  if (!record) throw appError('NOT_FOUND', 'This private link does not open any record (it may have been erased).');
  return record;
}

/**
 * Erases a person at once: their node with every personal field, every tie they reported or were named in,
 * their private links, people only they had named, and a log entry of the id alone so that a re-import of
 * an older export cannot bring them back. Their submission ids stay marked as erased, so a late retry of
 * the same submission does not recreate them.
 */
export function erasePerson(db: Database, personId: string): Promise<void> {
  return writeTx(db, async (tx) => {
    const params = { personId };
    await tx.run('MATCH (l:PrivateLink)-[:OPENS]->(:Person {id: $personId}) DETACH DELETE l', params);
    await tx.run(
      `MATCH (named:Person {namedById: $personId})
       WHERE NOT EXISTS { (named)-[:ATTENDED]->() } AND NOT EXISTS { (named)-[:KNOWS]-(x:Person) WHERE x.id <> $personId }
       DETACH DELETE named`,
      params,
    );
    await tx.run('MATCH (s:Submission {personId: $personId}) SET s.erased = true, s.personId = null', params);
    await tx.run(
      `MATCH (p:Person {id: $personId})
       MERGE (e:Erasure {personId: p.id}) ON CREATE SET e.communityId = p.communityId, e.erasedAt = datetime()
       DETACH DELETE p`,
      params,
    );
  });
}
