import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';

/** What a CSV import would meet: emails already in the community, rows imported before, names not yet in it. */
export function previewImport(
  db: Database,
  { communityId, workshopId }: { communityId: string; workshopId: string },
  probe: { emails: string[]; submissionIds: string[]; organizations: string[]; interests: string[] },
) {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `RETURN
         COLLECT { MATCH (p:Person {communityId: $communityId}) WHERE p.normEmail IN $emails RETURN p.normEmail } AS knownEmails,
         COLLECT { MATCH (s:Submission {workshopId: $workshopId}) WHERE s.id IN $submissionIds AND s.personId IS NOT NULL RETURN s.id } AS imported,
         [n IN $organizations WHERE NOT EXISTS {
            MATCH (o:Organization {communityId: $communityId}) WHERE o.normName = n OR n IN coalesce(o.normSynonyms, []) }] AS newOrganizations,
         [n IN $interests WHERE NOT EXISTS {
            MATCH (i:Interest {communityId: $communityId}) WHERE i.normName = n OR n IN coalesce(i.normSynonyms, []) }] AS newInterests`,
      { communityId, workshopId, ...probe },
    );
    return result.records[0]!.toObject() as {
      knownEmails: string[];
      imported: string[];
      newOrganizations: string[];
      newInterests: string[];
    };
  });
}
