import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import { appError } from '../errors.ts';
import type { PersonRecord } from '../people/person-repository.ts';
import { PERSON } from '../people/person-repository.ts';
import { normalizeName } from '../../shared/normalize-name.ts';
import type { PersonMergeChoice, PersonMergeField, PersonMergeOutcome, PersonSide } from './person-merge.ts';
import { resolvePersonMerge } from './person-merge.ts';

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
export function mergeRecords(
  db: Database,
  kind: MergeKind,
  survivorId: string,
  duplicateId: string,
  choices: readonly PersonMergeChoice[] = [],
): Promise<void> {
  return writeTx(db, async (tx) => {
    if (kind === 'PERSON') await mergePeople(tx, survivorId, duplicateId, choices);
    else await mergeNamed(tx, kind, survivorId, duplicateId);
  });
}

const SIDE = (p: string) => `${p} {.id, .name, .email, .role, participation: coalesce(${p}.participation, 'PERIPHERAL'),
  listed: coalesce(${p}.listed, false), contactable: coalesce(${p}.contactable, false),
  organization: head([(${p})-[:MEMBER_OF]->(o:Organization) | o {.id, .name}]),
  region: head([(${p})-[:BASED_IN]->(r:Region) | r {.id, .name}])}`;

/** Both records as a merge weighs them, field by field. */
async function readSides(tx: ManagedTransaction, survivorId: string, duplicateId: string): Promise<[PersonSide, PersonSide]> {
  const result = await tx.run(
    `MATCH (s:Person {id: $survivorId}), (d:Person {id: $duplicateId}) RETURN ${SIDE('s')} AS s, ${SIDE('d')} AS d`,
    { survivorId, duplicateId },
  );
  const row = result.records[0];
  if (!row) throw appError('NOT_FOUND', 'No such record.');
  return [row.get('s'), row.get('d')];
}

export type PersonMergePreview = PersonMergeOutcome & {
  survivor: PersonRecord;
  duplicate: PersonRecord;
  offers: string[];
  seeks: string[];
  tieCount: number;
};

/** What `mergeRecords` would make of the two people with these choices, without writing (facilitators' scope). */
export function previewPersonMerge(
  db: Database,
  survivorId: string,
  duplicateId: string,
  choices: readonly PersonMergeChoice[],
): Promise<PersonMergePreview> {
  return readTx(db, async (tx) => {
    const [survivor, duplicate] = await readSides(tx, survivorId, duplicateId);
    const outcome = resolvePersonMerge(survivor, duplicate, choices);
    const result = await tx.run(
      `MATCH (s:Person {id: $survivorId}), (d:Person {id: $duplicateId})
       RETURN ${PERSON('s', 's.email')} AS survivor, ${PERSON('d', 'd.email')} AS duplicate,
              COLLECT { MATCH (p)-[:OFFERS]->(i) WHERE p IN [s, d] RETURN DISTINCT i.name ORDER BY i.name } AS offers,
              COLLECT { MATCH (p)-[:SEEKS]->(i) WHERE p IN [s, d] RETURN DISTINCT i.name ORDER BY i.name } AS seeks,
              COUNT { MATCH (p)-[:KNOWS]-(o:Person) WHERE p IN [s, d] AND NOT o IN [s, d] RETURN DISTINCT o } AS tieCount`,
      { survivorId, duplicateId },
    );
    const row = result.records[0]!;
    return {
      ...outcome,
      survivor: row.get('survivor'),
      duplicate: row.get('duplicate'),
      offers: row.get('offers'),
      seeks: row.get('seeks'),
      tieCount: row.get('tieCount'),
    };
  });
}

async function mergePeople(
  tx: ManagedTransaction,
  survivorId: string,
  duplicateId: string,
  choices: readonly PersonMergeChoice[],
): Promise<void> {
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
  // Validated before anything moves: a refused choice writes nothing.
  const outcome = resolvePersonMerge(...(await readSides(tx, survivorId, duplicateId)), choices);
  const take = (field: PersonMergeField) => outcome.fields.find((f) => f.field === field)!.side === 'DUPLICATE';
  // Ties: one KNOWS per pair; a tie both had counts as confirmed. A tie between the two disappears.
  await tx.run(
    `MATCH (s:Person {id: $survivorId}), (d:Person {id: $duplicateId})
     MATCH (d)-[k:KNOWS]-(o:Person) WHERE o <> s
     MERGE (s)-[n:KNOWS]-(o)
     ON CREATE SET n = properties(k), n.reportedById = CASE k.reportedById WHEN d.id THEN s.id ELSE k.reportedById END
     ON MATCH SET n.confirmedAt = CASE WHEN n.confirmed THEN n.confirmedAt ELSE coalesce(k.confirmedAt, datetime()) END,
       n.firstReportedAt = CASE WHEN k.firstReportedAt < n.firstReportedAt THEN k.firstReportedAt ELSE n.firstReportedAt END,
       n.confirmed = n.confirmed OR k.confirmed
       OR n.reportedById <> CASE k.reportedById WHEN d.id THEN s.id ELSE k.reportedById END`,
    params,
  );
  // One organization and one region: the chosen ones (a union once gave the kept record the other's organization).
  await tx.run(
    `MATCH (s:Person {id: $survivorId}), (d:Person {id: $duplicateId})
     CALL (s, d) {
       MATCH (d)-[r:OFFERS|SEEKS]->(i)
       FOREACH (_ IN CASE type(r) WHEN 'OFFERS' THEN [1] ELSE [] END | MERGE (s)-[n:OFFERS]->(i) ON CREATE SET n = properties(r)
         ON MATCH SET n.firstReportedAt = CASE WHEN r.firstReportedAt < n.firstReportedAt THEN r.firstReportedAt ELSE n.firstReportedAt END)
       FOREACH (_ IN CASE type(r) WHEN 'SEEKS' THEN [1] ELSE [] END | MERGE (s)-[n:SEEKS]->(i) ON CREATE SET n = properties(r)
         ON MATCH SET n.firstReportedAt = CASE WHEN r.firstReportedAt < n.firstReportedAt THEN r.firstReportedAt ELSE n.firstReportedAt END)
     }
     // Ended facts (KNEW, OFFERED, SOUGHT) are the same person's history.
     CALL (s, d) { MATCH (d)-[r:KNEW]-(o:Person) WHERE o <> s CREATE (s)-[n:KNEW]->(o) SET n = properties(r) }
     CALL (s, d) { MATCH (d)-[r:OFFERED]->(i) CREATE (s)-[n:OFFERED]->(i) SET n = properties(r) }
     CALL (s, d) { MATCH (d)-[r:SOUGHT]->(i) CREATE (s)-[n:SOUGHT]->(i) SET n = properties(r) }
     CALL (s, d) {
       MATCH (d)-[a:ATTENDED]->(w)
       MERGE (s)-[b:ATTENDED]->(w)
       SET b.submittedAt = CASE WHEN b.submittedAt IS NULL OR a.submittedAt > b.submittedAt THEN a.submittedAt ELSE b.submittedAt END
     }
     CALL (s) { MATCH (s)-[m:MEMBER_OF|BASED_IN]->() DELETE m }
     CALL (s) { MATCH (o:Organization {id: $organizationId, communityId: s.communityId}) MERGE (s)-[:MEMBER_OF]->(o) }
     CALL (s) { MATCH (r:Region {id: $regionId, communityId: s.communityId}) MERGE (s)-[:BASED_IN]->(r) }
     CALL (d) { MATCH (l:PrivateLink)-[:OPENS]->(d) SET l.mergedAt = datetime() }
     CALL (s, d) { MATCH (sub:Submission {personId: d.id}) SET sub.personId = s.id, sub.merged = true }
     CALL (s, d) { MATCH (n:Person {namedById: d.id}) SET n.namedById = s.id }
     WITH s, d, CASE WHEN $takeName THEN d ELSE s END AS named, CASE WHEN $takeEmail THEN d ELSE s END AS mailed
     WITH s, d, named.name AS name, named.normName AS normName, named.skeleton AS skeleton,
          mailed.email AS email, mailed.normEmail AS normEmail
     SET d.normEmail = null
     SET s.name = name, s.normName = normName, s.skeleton = skeleton,
         s.email = email, s.normEmail = normEmail,
         s.otherEmails = CASE WHEN $otherEmail IS NULL THEN s.otherEmails ELSE coalesce(s.otherEmails, []) + $otherEmail END,
         s.role = $role, s.listed = $listed, s.contactable = $contactable,
         s.firstReportedAt = CASE WHEN d.firstReportedAt < s.firstReportedAt THEN d.firstReportedAt ELSE s.firstReportedAt END,
         s.participationChangedAt = CASE WHEN s.participation <> $participation THEN datetime() ELSE s.participationChangedAt END,
         s.previousParticipation = CASE WHEN s.participation <> $participation THEN s.participation ELSE s.previousParticipation END,
         s.participation = $participation
     DETACH DELETE d`,
    {
      ...params,
      takeName: take('NAME'),
      takeEmail: take('EMAIL'),
      otherEmail: outcome.otherEmail,
      role: outcome.role,
      organizationId: outcome.organization?.id ?? null,
      regionId: outcome.region?.id ?? null,
      listed: outcome.listed,
      contactable: outcome.contactable,
      participation: outcome.participation,
    },
  );
}

/** Organizations and interests: members (offers, seeks) move, and every name of the duplicate becomes a synonym. */
async function mergeNamed(
  tx: ManagedTransaction,
  kind: 'ORGANIZATION' | 'INTEREST',
  survivorId: string,
  duplicateId: string,
): Promise<void> {
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
