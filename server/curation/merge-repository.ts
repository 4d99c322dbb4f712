import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import { appError } from '../errors.ts';
import { normalizeName } from '../../shared/normalize-name.ts';

export type MergeKind = 'PERSON' | 'ORGANIZATION' | 'INTEREST';
const LABEL: Record<MergeKind, string> = { PERSON: 'Person', ORGANIZATION: 'Organization', INTEREST: 'Interest' };

/** The communities of two records of a kind (null for a missing one), for the authorization check. */
export function communitiesOf(db: Database, kind: MergeKind, ids: [string, string]): Promise<[string | null, string | null]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(`UNWIND $ids AS id OPTIONAL MATCH (n:${LABEL[kind]} {id: id}) RETURN n.communityId AS c`, { ids });
    return [result.records[0]!.get('c'), result.records[1]!.get('c')];
  });
}

/**
 * Merges `duplicateId` into `survivorId` (same community, checked by the caller) in one transaction:
 * every relationship moves to the survivor, nothing is lost, and the duplicate is deleted. A private link
 * only ever opens the record it was issued for: the duplicate's links stop working (they say the record was
 * merged), the survivor's keep working.
 */
export function mergeRecords(db: Database, kind: MergeKind, survivorId: string, duplicateId: string): Promise<void> {
  return writeTx(db, async (tx) => {
    if (kind === 'PERSON') await mergePeople(tx, survivorId, duplicateId);
    else await mergeNamed(tx, kind, survivorId, duplicateId);
  });
}

async function mergePeople(tx: ManagedTransaction, survivorId: string, duplicateId: string): Promise<void> {
  const params = { survivorId, duplicateId };
  // Someone who typed a member's name could otherwise have the member merged into their own record and read
  // it through their own private link: a record mapped earlier is never merged into a later one holding a link.
  const order = await tx.run(
    `MATCH (s:Person {id: $survivorId}), (d:Person {id: $duplicateId})
     RETURN coalesce(d.createdAt, datetime({epochMillis: 0})) < coalesce(s.createdAt, datetime({epochMillis: 0}))
            AND EXISTS { (:PrivateLink)-[:OPENS]->(s) } AS refused, d.name AS earlier`,
    params,
  );
  if (order.records[0]?.get('refused')) {
    throw appError(
      'BAD_USER_INPUT',
      `Keep ${order.records[0].get('earlier')}, who was mapped first: merge the later record into it instead, so that its private link does not open the earlier answers.`,
      { field: 'survivorId' },
    );
  }
  // Ties: one KNOWS per pair; a tie both had counts as confirmed. A tie between the two disappears.
  await tx.run(
    `MATCH (s:Person {id: $survivorId}), (d:Person {id: $duplicateId})
     MATCH (d)-[k:KNOWS]-(o:Person) WHERE o <> s
     MERGE (s)-[n:KNOWS]-(o)
     ON CREATE SET n = properties(k), n.reportedById = CASE k.reportedById WHEN d.id THEN s.id ELSE k.reportedById END
     ON MATCH SET n.confirmed = n.confirmed OR k.confirmed
       OR n.reportedById <> CASE k.reportedById WHEN d.id THEN s.id ELSE k.reportedById END`,
    params,
  );
  await tx.run(
    `MATCH (s:Person {id: $survivorId}), (d:Person {id: $duplicateId})
     CALL (s, d) { MATCH (d)-[:MEMBER_OF]->(o) MERGE (s)-[:MEMBER_OF]->(o) }
     CALL (s, d) { MATCH (d)-[:OFFERS]->(i) MERGE (s)-[:OFFERS]->(i) }
     CALL (s, d) { MATCH (d)-[:SEEKS]->(i) MERGE (s)-[:SEEKS]->(i) }
     CALL (s, d) {
       MATCH (d)-[a:ATTENDED]->(w)
       MERGE (s)-[b:ATTENDED]->(w)
       SET b.submittedAt = CASE WHEN b.submittedAt IS NULL OR a.submittedAt > b.submittedAt THEN a.submittedAt ELSE b.submittedAt END
     }
     CALL (s, d) { MATCH (d)-[:BASED_IN]->(r) WHERE NOT EXISTS { (s)-[:BASED_IN]->() } MERGE (s)-[:BASED_IN]->(r) }
     CALL (d) { MATCH (l:PrivateLink)-[:OPENS]->(d) SET l.mergedAt = datetime() }
     CALL (s, d) { MATCH (sub:Submission {personId: d.id}) SET sub.personId = s.id, sub.merged = true }
     CALL (s, d) { MATCH (n:Person {namedById: d.id}) SET n.namedById = s.id }
     WITH s, d, d.email AS otherEmail, d.normEmail AS otherNormEmail
     SET d.normEmail = null
     SET s.role = coalesce(s.role, d.role),
         s.listed = s.listed AND d.listed,
         s.contactable = s.contactable AND d.contactable,
         s.participation = CASE
           WHEN 'CORE' IN [s.participation, d.participation] THEN 'CORE'
           WHEN 'ACTIVE' IN [s.participation, d.participation] THEN 'ACTIVE'
           ELSE s.participation END,
         s.otherEmails = CASE WHEN otherEmail IS NULL OR s.email IS NULL THEN s.otherEmails
                              ELSE coalesce(s.otherEmails, []) + otherEmail END,
         s.email = coalesce(s.email, otherEmail),
         s.normEmail = coalesce(s.normEmail, otherNormEmail)
     DETACH DELETE d`,
    params,
  );
}

/** Organizations and interests: members (offers, seeks) move, and every name of the duplicate becomes a synonym. */
async function mergeNamed(tx: ManagedTransaction, kind: 'ORGANIZATION' | 'INTEREST', survivorId: string, duplicateId: string): Promise<void> {
  const label = LABEL[kind];
  const names = await tx.run(
    `MATCH (s:${label} {id: $survivorId}), (d:${label} {id: $duplicateId})
     RETURN [s.name] + coalesce(s.synonyms, []) AS survivorNames,
            [x IN [d.name, d.nameEs, d.nameEn] WHERE x IS NOT NULL] + coalesce(d.synonyms, []) AS duplicateNames`,
    { survivorId, duplicateId },
  );
  const row = names.records[0];
  if (!row) return;
  const survivorName = normalizeName((row.get('survivorNames') as string[])[0]!);
  const seen = new Set([survivorName]);
  const synonyms: string[] = [];
  for (const name of [...(row.get('survivorNames') as string[]).slice(1), ...(row.get('duplicateNames') as string[])]) {
    const norm = normalizeName(name);
    if (seen.has(norm)) continue;
    seen.add(norm);
    synonyms.push(name);
  }
  const moves =
    kind === 'INTEREST'
      ? `CALL (s, d) { MATCH (p)-[:OFFERS]->(d) MERGE (p)-[:OFFERS]->(s) }
         CALL (s, d) { MATCH (p)-[:SEEKS]->(d) MERGE (p)-[:SEEKS]->(s) }
         SET s.nameEs = coalesce(s.nameEs, d.nameEs), s.nameEn = coalesce(s.nameEn, d.nameEn)`
      : `CALL (s, d) { MATCH (p)-[:MEMBER_OF]->(d) MERGE (p)-[:MEMBER_OF]->(s) }
         CALL (s, d) { MATCH (d)-[:BASED_IN]->(r) WHERE NOT EXISTS { (s)-[:BASED_IN]->() } MERGE (s)-[:BASED_IN]->(r) }`;
  await tx.run(
    `MATCH (s:${label} {id: $survivorId}), (d:${label} {id: $duplicateId})
     ${moves}
     SET s.synonyms = $synonyms, s.normSynonyms = $normSynonyms, s.synonymsText = $synonymsText, s.curated = true
     DETACH DELETE d`,
    { survivorId, duplicateId, synonyms, normSynonyms: synonyms.map(normalizeName), synonymsText: synonyms.join(' | ') },
  );
}
