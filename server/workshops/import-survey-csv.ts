import { storedSurveySettings } from '../catalogue/survey-settings.ts';
import type { Database } from '../db/transaction.ts';
import type { Events } from '../graphql/pubsub.ts';
import { listRegions } from '../communities/community-repository.ts';
import { normalizeEmail } from '../text/normalize.ts';
import { normalizeName } from '../../shared/normalize-name.ts';
import { addTies } from './answer-ties.ts';
import { recordSubmissions } from './answers-repository.ts';
import { previewImport } from './import-preview.ts';
import { parseSurveyCsv } from './survey-csv.ts';
import type { WorkshopRecord } from './workshop-repository.ts';
import type { ServerTranslate } from '../i18n/translate.ts';
import { translator } from '../i18n/translate.ts';

const BATCH = 500;

export type ImportReport = {
  dryRun: boolean;
  rows: number;
  created: number;
  matched: number;
  alreadyImported: number;
  rejected: { line: number; column: string | null; message: string }[];
  newOrganizations: string[];
  newInterests: string[];
};

/**
 * Paper surveys into a workshop. Validation covers the whole file first: with any rejected row, or as a
 * dry run, nothing is written. Then rows are written in batches of 500 (memory stays flat at 10,000 rows),
 * people first and ties once everyone exists; each row is idempotent, so re-running an interrupted import
 * completes it without duplicates.
 */
export async function importSurveyCsv(
  db: Database,
  events: Events,
  workshop: WorkshopRecord,
  csv: string,
  dryRun: boolean,
  secret: string,
  t: ServerTranslate = translator('en'),
): Promise<ImportReport> {
  const regions = await listRegions(db, workshop.communityId);
  const regionIds = new Map(regions.map((r) => [normalizeName(r.name), r.id]));
  const { rows, problems } = parseSurveyCsv(csv, workshop.id, regionIds, storedSurveySettings(workshop.surveySettings), t);

  // Normalized name → the first spelling met in the file, for the report.
  const displayNames = new Map<string, string>();
  const normNames = (refs: { name?: string; normName?: string }[]) => {
    for (const r of refs) if (r.normName && !displayNames.has(r.normName)) displayNames.set(r.normName, r.name!);
    return [...new Set(refs.flatMap((r) => (r.normName ? [r.normName] : [])))];
  };
  const preview = await previewImport(
    db,
    { communityId: workshop.communityId, workshopId: workshop.id },
    {
      emails: rows.flatMap((r) => (r.answers.email ? [normalizeEmail(r.answers.email)] : [])),
      submissionIds: rows.map((r) => r.answers.submissionId),
      organizations: normNames(rows.flatMap((r) => (r.answers.organization ? [r.answers.organization] : []))),
      interests: normNames(rows.flatMap((r) => [...r.answers.offers, ...r.answers.seeks])),
    },
  );
  const imported = new Set(preview.imported);
  const knownEmails = new Set(preview.knownEmails);
  const fresh = rows.filter((r) => !imported.has(r.answers.submissionId));
  // Rows whose email someone already has (in the community, or earlier in the file) become new records
  // flagged as possible duplicates: an email typed on paper never changes an existing record.
  const matched = fresh.filter((r) => {
    const email = r.answers.email && normalizeEmail(r.answers.email);
    if (!email) return false;
    const known = knownEmails.has(email);
    knownEmails.add(email);
    return known;
  }).length;

  const report: ImportReport = {
    dryRun: dryRun || problems.length > 0,
    rows: rows.length + new Set(problems.map((p) => p.line)).size,
    created: fresh.length,
    matched,
    alreadyImported: rows.length - fresh.length,
    rejected: problems,
    newOrganizations: preview.newOrganizations.map((n) => displayNames.get(n)!),
    newInterests: preview.newInterests.map((n) => displayNames.get(n)!),
  };
  if (report.dryRun) return report;

  const scope = { communityId: workshop.communityId, workshopId: workshop.id };
  const total = rows.length * 2;
  let processed = 0;
  const people: { personId: string; answers: (typeof rows)[number]['answers'] }[] = [];
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const receipts = await recordSubmissions(
      db,
      scope,
      batch.map((r) => ({ submissionId: r.answers.submissionId, answers: { ...r.answers, knows: [] }, issueToken: false })),
      secret,
    );
    receipts.forEach((receipt, i) => people.push({ personId: receipt.personId, answers: batch[i]!.answers }));
    events.publish('importProgress', workshop.id, { processed: (processed += batch.length), total });
  }
  for (let start = 0; start < people.length; start += BATCH) {
    const batch = people.slice(start, start + BATCH);
    await addTies(
      db,
      scope,
      batch.filter((p) => p.answers.knows.length > 0),
    );
    events.publish('importProgress', workshop.id, { processed: (processed += batch.length), total });
  }
  return report;
}
