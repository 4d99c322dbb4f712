import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';

/** Everything Tejido holds about one person, for their own download (GDPR Art. 20). */
export function exportPersonalData(db: Database, personId: string) {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (p:Person {id: $personId})
       MATCH (c:Community {id: p.communityId})
       RETURN {
         exportedAt: toString(datetime()),
         community: c.name,
         person: p {.id, .name, .email, .otherEmails, .role, .participation, .listed, .contactable,
                    createdAt: toString(p.createdAt), updatedAt: toString(p.updatedAt)},
         organizations: [(p)-[:MEMBER_OF]->(o) | o.name],
         regions: [(p)-[:BASED_IN]->(r) | r.name],
         offers: [(p)-[:OFFERS]->(i) | i.name],
         seeks: [(p)-[:SEEKS]->(i) | i.name],
         ties: [(p)-[k:KNOWS]-(q:Person) | {name: q.name, reportedByMe: k.reportedById = p.id, confirmed: coalesce(k.confirmed, false)}],
         workshops: [(p)-[a:ATTENDED]->(w:Workshop) | {title: w.title, date: w.date, submittedAt: toString(a.submittedAt)}]
       } AS data`,
      { personId },
    );
    return result.records[0]!.get('data') as Record<string, unknown>;
  });
}
