import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { hashToken } from '../auth/token-hash.ts';
import type { Database } from '../db/transaction.ts';
import { writeTx } from '../db/transaction.ts';
import { userError } from '../errors.ts';
import { nameSkeleton, normalizeEmail } from '../text/normalize.ts';
import { normalizeName } from '../../shared/normalize-name.ts';
import { legacyPrivateLinkToken, privateLinkToken } from '../auth/derived-tokens.ts';
import type { AnswerItem, AnswerScope, Link } from './answer-links.ts';
import { linkAnswers } from './answer-links.ts';
import { prepareTies, tieLink } from './answer-ties.ts';
import type { Arrival } from './arrival.ts';
import { ARRIVAL, readArrival } from './arrival.ts';
import { linkBatcher } from './link-batcher.ts';
import { checkIds, refKey, resolveNamed } from './named-records.ts';
import { flagPossibleDuplicates } from './possible-duplicates.ts';
import type { SurveyAnswers } from './survey-input.ts';

// Survey answers into the graph: new people, their organizations, interests, region and ties. The pieces live
// beside this file: answer-links.ts (the relationship writes), named-records.ts (names to ids), answer-ties.ts
// (whom a participant may name), link-batcher.ts and submission-batcher.ts (a room's answers in few commits).

export type Submission = { submissionId: string; answers: SurveyAnswers; issueToken: boolean };
/** What a submission gets back: its own record and private link, never anything about anyone else. */
export type Receipt = {
  submissionId: string;
  personId: string;
  privateToken: string | null;
  /** The arrival as the projector shows it, when this call linked the answers: read by the commit itself. */
  arrival?: Arrival;
};

/**
 * Records survey submissions (one from a phone, or a batch of CSV rows) in one transaction:
 * - a submission id seen before in this workshop returns its first receipt and writes nothing (retries,
 *   double taps); the same id in another workshop is another submission;
 * - every fresh submission becomes a new person, whatever email or name it carries: typing someone's email
 *   or name must never change, open or reveal their record. Namesakes, look-alike names and shared emails
 *   are flagged as possible duplicates for a facilitator to merge.
 * Organizations and interests are matched by normalized name or synonym and created when new; uniqueness
 * holds under concurrency because new ones are MERGEd on the constrained (communityId, normName).
 */
export async function recordSubmissions(
  db: Database,
  scope: AnswerScope & { workshopId: string },
  submissions: Submission[],
  secret: string,
): Promise<Receipt[]> {
  const { receipts, links, unlinked } = await writeTx(
    db,
    async (tx) => {
      const claimed = await tx.run(
        `UNWIND $ids AS id
       MERGE (s:Submission {workshopId: $workshopId, id: id})
       ON CREATE SET s.createdAt = datetime(), s.tokenScope = 'workshop'
       WITH id, s OPTIONAL MATCH (p:Person {id: s.personId}) WHERE s.linked
       RETURN id, s.personId AS personId, coalesce(s.tokenIssued, false) AS tokenIssued, s.tokenScope AS tokenScope,
              coalesce(s.erased, false) AS erased, coalesce(s.merged, false) AS merged, coalesce(s.linked, false) AS linked,
              ${ARRIVAL}`,
        { ids: submissions.map((s) => s.submissionId), workshopId: scope.workshopId },
      );
      const receipts = new Map<string, Receipt>();
      const linked = new Set<string>();
      const issuesToken = new Map(submissions.map((s) => [s.submissionId, s.issueToken]));
      for (const row of claimed.records) {
        if (row.get('erased')) throw userError('FORBIDDEN', 'survey.erased');
        const personId: string | null = row.get('personId');
        if (!personId) continue;
        const id: string = row.get('id');
        // A phone's replay must not learn whose record absorbed its answers; an import (facilitators) may.
        if (row.get('merged') && issuesToken.get(id)) throw userError('FORBIDDEN', 'survey.merged', undefined, { reason: 'MERGED' });
        if (row.get('linked')) linked.add(id);
        const token =
          row.get('tokenScope') === 'workshop' ? privateLinkToken(secret, scope.workshopId, id) : legacyPrivateLinkToken(secret, id);
        // A retry of answers already linked: its first acknowledgement (and live event) may have been lost.
        receipts.set(id, { submissionId: id, personId, privateToken: row.get('tokenIssued') ? token : null, arrival: readArrival(row) });
      }
      const fresh = submissions.filter((s) => !receipts.has(s.submissionId));
      if (fresh.length > 0) {
        const people = await createPeople(tx, scope, fresh);
        const finished = fresh.map(({ submissionId, issueToken }, i) => ({
          submissionId,
          personId: people[i]!,
          privateToken: issueToken ? privateLinkToken(secret, scope.workshopId, submissionId) : null,
        }));
        await tx.run(
          `UNWIND $rows AS r
         MATCH (s:Submission {workshopId: $workshopId, id: r.submissionId})
         SET s.personId = r.personId, s.tokenIssued = r.tokenHash IS NOT NULL
         WITH r WHERE r.tokenHash IS NOT NULL
         MATCH (p:Person {id: r.personId})
         MERGE (l:PrivateLink {tokenHash: r.tokenHash}) ON CREATE SET l.createdAt = datetime()
         MERGE (l)-[:OPENS]->(p)`,
          {
            workshopId: scope.workshopId,
            rows: finished.map((r) => ({ ...r, tokenHash: r.privateToken ? hashToken(r.privateToken) : null })),
          },
        );
        await flagPossibleDuplicates(tx, scope, people);
        for (const r of finished) receipts.set(r.submissionId, r);
      }
      // Fresh answers, and any whose links a failure interrupted earlier, still need their relationships.
      const unlinked = submissions.filter((s) => !linked.has(s.submissionId));
      const links = await prepareAnswers(
        tx,
        scope,
        unlinked.map((s) => ({ personId: receipts.get(s.submissionId)!.personId, answers: s.answers, replace: false })),
      );
      return { receipts, links, unlinked: unlinked.map((s) => s.submissionId) };
    },
    { community: scope.communityId },
  );
  const arrivals =
    unlinked.length > 0
      ? await linkBatcher(db).add({ links, workshopId: scope.workshopId, submissionIds: unlinked })
      : new Map<string, Arrival>();
  return submissions.map((s) => {
    const receipt = receipts.get(s.submissionId)!;
    return { ...receipt, arrival: arrivals.get(s.submissionId) ?? receipt.arrival };
  });
}

/** Replaces everything a person answered (through their private link). */
export function replaceAnswers(db: Database, scope: AnswerScope & { personId: string }, answers: SurveyAnswers): Promise<void> {
  return writeTx(
    db,
    async (tx) => {
      await tx.run(
        `MATCH (p:Person {id: $personId, communityId: $communityId})
       SET p.name = $a.name, p.normName = $normName, p.skeleton = $skeleton, p.email = $a.email, p.normEmail = $normEmail, p.role = $a.role,
           p.listed = $a.consent.listed, p.contactable = $a.consent.contactable, p.updatedAt = datetime()`,
        {
          ...scope,
          a: answers,
          normName: normalizeName(answers.name),
          skeleton: nameSkeleton(answers.name),
          normEmail: answers.email ? normalizeEmail(answers.email) : null,
        },
      );
      await linkAnswers(tx, await prepareAnswers(tx, scope, [{ personId: scope.personId, answers, replace: true }]));
    },
    { community: scope.communityId },
  );
}

/** A new person for each fresh submission, in submission order: answers never change an existing record. */
async function createPeople(tx: ManagedTransaction, scope: AnswerScope, fresh: Submission[]): Promise<string[]> {
  const rows = fresh.map(({ answers: a }) => ({
    id: randomUUID(),
    name: a.name,
    normName: normalizeName(a.name),
    skeleton: nameSkeleton(a.name),
    email: a.email,
    normEmail: a.email ? normalizeEmail(a.email) : null,
    role: a.role,
    listed: a.consent.listed,
    contactable: a.consent.contactable,
  }));
  await tx.run(
    `UNWIND $rows AS row
     CREATE (p:Person {id: row.id, communityId: $communityId})
     SET p.name = row.name, p.normName = row.normName, p.skeleton = row.skeleton, p.email = row.email,
         p.normEmail = row.normEmail, p.role = row.role, p.participation = 'ACTIVE', p.listed = row.listed,
         p.contactable = row.contactable, p.createdAt = datetime(), p.firstReportedAt = datetime()`,
    { communityId: scope.communityId, rows },
  );
  return rows.map((r) => r.id);
}

/**
 * Everything the answers refer to, made ready: organizations and interests resolved (new ones created),
 * ids checked, people named for the first time added, and with `replace` the person's previous answers
 * removed. Returns the relationships still to create.
 */
async function prepareAnswers(tx: ManagedTransaction, scope: AnswerScope, items: AnswerItem[]): Promise<Link[]> {
  if (items.length === 0) return [];
  const orgRefs = items.flatMap(({ answers: a }) => [
    ...(a.organization ? [a.organization] : []),
    ...a.knows.flatMap((t) => (t.organization ? [{ name: t.organization, normName: t.orgNormName! }] : [])),
  ]);
  const organizations = await resolveNamed(tx, scope.communityId, 'Organization', orgRefs, () => ({ kind: 'OTHER' }));
  const interests = await resolveNamed(
    tx,
    scope.communityId,
    'Interest',
    items.flatMap((i) => [...i.answers.offers, ...i.answers.seeks]),
    (ref, language) => ({ [language === 'en' ? 'nameEn' : 'nameEs']: ref.name, synonyms: [], synonymsText: '' }),
    new Map(items.flatMap((i) => [...i.answers.offers, ...i.answers.seeks].map((r) => [refKey(r), i.answers.language]))),
  );
  await checkIds(
    tx,
    scope.communityId,
    'Region',
    items.flatMap((i) => (i.answers.regionId ? [i.answers.regionId] : [])),
    'regionId',
  );
  const replaced = items.filter((i) => i.replace).map((i) => i.personId);
  if (replaced.length > 0) {
    await tx.run('UNWIND $ids AS id MATCH (:Person {id: id})-[r:MEMBER_OF|BASED_IN]->() DELETE r', { ids: replaced });
    // Offers and seeks no longer given end (OFFERED, SOUGHT: when first reported, when ended); kept ones stay as they are.
    await tx.run(
      `UNWIND $rows AS row
       MATCH (p:Person {id: row.id})-[r:OFFERS|SEEKS]->(i:Interest)
       WHERE NOT i.id IN (CASE type(r) WHEN 'OFFERS' THEN row.offers ELSE row.seeks END)
       FOREACH (_ IN CASE type(r) WHEN 'OFFERS' THEN [1] ELSE [] END |
         CREATE (p)-[:OFFERED {firstReportedAt: r.firstReportedAt, reportedIn: r.reportedIn, endedAt: datetime()}]->(i))
       FOREACH (_ IN CASE type(r) WHEN 'SEEKS' THEN [1] ELSE [] END |
         CREATE (p)-[:SOUGHT {firstReportedAt: r.firstReportedAt, reportedIn: r.reportedIn, endedAt: datetime()}]->(i))
       DELETE r`,
      {
        rows: items
          .filter((i) => i.replace)
          .map(({ personId, answers: a }) => ({
            id: personId,
            offers: a.offers.map((r) => interests.get(refKey(r))!),
            seeks: a.seeks.map((r) => interests.get(refKey(r))!),
          })),
      },
    );
  }
  const link = (personId: string, type: Link['type'], targetId: string): Link => ({
    personId,
    type,
    targetId,
    workshopId: scope.workshopId,
  });
  const links = items.flatMap(({ personId, answers: a }) => [
    ...(a.organization ? [link(personId, 'MEMBER_OF', organizations.get(refKey(a.organization))!)] : []),
    ...(a.regionId ? [link(personId, 'BASED_IN', a.regionId)] : []),
    ...a.offers.map((r) => link(personId, 'OFFERS', interests.get(refKey(r))!)),
    ...a.seeks.map((r) => link(personId, 'SEEKS', interests.get(refKey(r))!)),
    ...(scope.workshopId ? [link(personId, 'ATTENDED', scope.workshopId)] : []),
  ]);
  const ties = await prepareTies(tx, scope, items, organizations);
  return [...links, ...ties.map((t) => tieLink(t, scope.workshopId))];
}
