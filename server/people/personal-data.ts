import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';
import { REPORTED_TIE } from './private-record-repository.ts';

/**
 * Everything Tejido holds about one person, for their own download (GDPR Art. 20), with the same consent as
 * every other view: the ties they reported as they reported them, and ties others reported about them named
 * only when that other person is listed; the rest is counted under `withheld`.
 */
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
         tiesIReported: [(p)-[k:KNOWS]-(q:Person) WHERE k.reportedById = p.id |
           ${REPORTED_TIE('k', 'q', 'confirmed: coalesce(k.confirmed, false),')}],
         tiesReportedAboutMe: [(p)-[k:KNOWS]-(q:Person) WHERE k.reportedById <> p.id AND q.listed |
           {name: q.name, confirmed: coalesce(k.confirmed, false)}],
         withheld: {
           tiesReportedAboutMeByUnlistedPeople: size([(p)-[k:KNOWS]-(q:Person) WHERE k.reportedById <> p.id AND NOT q.listed | 1]),
           why: 'People who did not agree to be listed are not named to anyone, you included; these ties are counted only.'
         },
         workshops: [(p)-[a:ATTENDED]->(w:Workshop) | {title: w.title, date: w.date, submittedAt: toString(a.submittedAt)}]
       } AS data`,
      { personId },
    );
    return result.records[0]!.get('data') as Record<string, unknown>;
  });
}
