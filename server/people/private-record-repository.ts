import { hashToken } from '../auth/token-hash.ts';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import { userError } from '../errors.ts';
import type { PersonRecord } from './person-repository.ts';
import { PERSON } from './person-repository.ts';

/** Someone the person named, as they named them (or as listed, for a listed person: `personId` is then given). */
export type ReportedTie = { personId: string | null; name: string; organization: string | null };

export type PrivateRecord = {
  person: PersonRecord;
  communityName: string;
  workshopCode: string | null;
  reportedTies: ReportedTie[];
};

/**
 * Cypher: a tie the person bound to `p` reported to `q` over `k`, as the reporter may see it: a listed person
 * as listed, anyone else as the reporter typed them (ties recorded before typed names were kept fall back to
 * the stored name), never the stored organization of someone who is not listed.
 */
export const REPORTED_TIE = (k: string, q: string, extra = '') => `{${extra}
  personId: CASE WHEN ${q}.listed THEN ${q}.id END,
  name: CASE WHEN ${q}.listed THEN ${q}.name ELSE coalesce(${k}.typedName, ${q}.name) END,
  organization: CASE WHEN ${q}.listed THEN head([(${q})-[:MEMBER_OF]->(o) | o.name]) ELSE ${k}.typedOrganization END
}`;

/**
 * The record a private link opens, with every field (the email too): it is the person's own. `merged` when
 * the link's record was merged into another one (the link then opens nothing).
 */
export function findByPrivateToken(db: Database, token: string): Promise<PrivateRecord | 'merged' | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (l:PrivateLink {tokenHash: $tokenHash})
       OPTIONAL MATCH (l)-[:OPENS]->(p:Person)
       OPTIONAL MATCH (c:Community {id: p.communityId})
       RETURN l.mergedAt IS NOT NULL AS merged, CASE WHEN p IS NULL THEN null ELSE ${PERSON('p', 'p.email')} END AS person,
              c.name AS communityName, head([(p)-[a:ATTENDED]->(w:Workshop) | w.code]) AS workshopCode,
              [(p)-[k:KNOWS]-(q:Person) WHERE k.reportedById = p.id | ${REPORTED_TIE('k', 'q')}] AS reportedTies`,
      { tokenHash: hashToken(token) },
    );
    const row = result.records[0];
    if (!row) return null;
    if (!row.get('person')) return row.get('merged') ? 'merged' : null;
    return row.toObject() as PrivateRecord;
  });
}

/** The record a private link opens, or NOT_FOUND (unknown, erased, or merged into another record). */
export async function privateRecordOrNotFound(db: Database, token: string): Promise<PrivateRecord> {
  const record = token.length <= 128 ? await findByPrivateToken(db, token) : null;
  if (record === 'merged') {
    throw userError('NOT_FOUND', 'record.merged', undefined, { reason: 'MERGED' });
  }
  if (!record) throw userError('NOT_FOUND', 'record.none');
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
