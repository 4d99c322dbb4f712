import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/transaction.ts';
import { writeTx } from '../db/transaction.ts';
import { userError } from '../errors.ts';
import { nameSkeleton } from '../text/normalize.ts';
import { normalizeName } from '../../shared/normalize-name.ts';
import type { AnswerItem, AnswerScope, Link } from './answer-links.ts';
import { linkAnswers } from './answer-links.ts';
import type { Resolved } from './named-records.ts';
import { resolveNamed, unique } from './named-records.ts';
import { flagPossibleDuplicates } from './possible-duplicates.ts';
import type { SurveyAnswers } from './survey-input.ts';

type Tie = { from: string; to: string; typedName: string | null; typedOrganization: string | null };

export const tieLink = (t: Tie, workshopId: string | null): Link => ({
  personId: t.from,
  type: 'KNOWS',
  targetId: t.to,
  workshopId,
  typedName: t.typedName,
  typedOrganization: t.typedOrganization,
});

/**
 * Ties to people named in the answers. A participant reaches only people they could see anyway: a listed
 * person picked by id, or the one listed namesake of a typed name (in the typed organization, if one was
 * given). Anyone else named becomes a new person who is neither listed nor contactable (they consented to
 * nothing) until they answer themselves, so no name, email or id typed in a survey ever links to, or
 * reveals, someone who chose not to be listed. When a person replaces their answers, the people they had
 * named before stay the same people (matched by id, or by the name and organization they typed).
 */
export async function prepareTies(
  tx: ManagedTransaction,
  scope: AnswerScope,
  items: AnswerItem[],
  organizations: Resolved,
): Promise<Tie[]> {
  const replaced = items.filter((i) => i.replace).map((i) => i.personId);
  // Whom each replacing person had named (the ties they no longer name are withdrawn at the end).
  const previous = new Map<string, { to: string; typedNormName: string | null; typedOrgNormName: string | null }[]>();
  if (replaced.length > 0) {
    const earlier = await tx.run(
      `UNWIND $ids AS id
       MATCH (p:Person {id: id})-[k:KNOWS]-(o:Person) WHERE k.reportedById = p.id
       RETURN p.id AS from, o.id AS to, k.typedName AS typedName, k.typedOrganization AS typedOrganization`,
      { ids: replaced },
    );
    for (const r of earlier.records) {
      const typedName: string | null = r.get('typedName');
      const typedOrganization: string | null = r.get('typedOrganization');
      const list = previous.get(r.get('from')) ?? [];
      list.push({
        to: r.get('to'),
        typedNormName: typedName && normalizeName(typedName),
        typedOrgNormName: typedOrganization && normalizeName(typedOrganization),
      });
      previous.set(r.get('from'), list);
    }
  }

  const named = items.flatMap((i) =>
    i.answers.knows.map((t) => ({ from: i.personId, ...t, orgId: t.orgNormName ? organizations.get(`name:${t.orgNormName}`)! : null })),
  );
  const reachable = await tx.run(
    `UNWIND $ids AS id
     MATCH (q:Person {id: id, communityId: $communityId}) WHERE q.listed
     RETURN q.id AS id, q.name AS name, head([(q)-[:MEMBER_OF]->(o) | o.name]) AS organization`,
    { communityId: scope.communityId, ids: unique(named.flatMap((t) => (t.personId ? [t.personId] : []))) },
  );
  const listedById = new Map(
    reachable.records.map((r) => [
      r.get('id') as string,
      { name: r.get('name') as string, organization: r.get('organization') as string | null },
    ]),
  );
  const namesakes = await tx.run(
    `UNWIND $names AS name
     MATCH (q:Person {communityId: $communityId, normName: name}) WHERE q.listed
     OPTIONAL MATCH (q)-[:MEMBER_OF]->(o:Organization)
     RETURN name, q.id AS id, o.id AS orgId`,
    { communityId: scope.communityId, names: unique(named.flatMap((t) => (t.normName ? [t.normName] : []))) },
  );

  const ties: Tie[] = [];
  const newPeople = new Map<
    string,
    { id: string; name: string; normName: string; skeleton: string; orgId: string | null; namedById: string }
  >();
  for (const t of named) {
    const kept = t.personId ? previous.get(t.from)?.find((p) => p.to === t.personId) : undefined;
    const listed = t.personId ? listedById.get(t.personId) : undefined;
    if (t.personId && (listed || kept)) {
      // A listed person picked from the list is named as shown there; someone named before stays as typed then.
      const typedName = listed?.name ?? t.name;
      ties.push({ from: t.from, to: t.personId, typedName, typedOrganization: listed ? listed.organization : t.organization });
      continue;
    }
    if (!t.name || !t.normName) {
      throw userError('BAD_USER_INPUT', 'survey.tieNotListed', undefined, {
        field: 'knows',
      });
    }
    const typed = { typedName: t.name, typedOrganization: t.organization };
    const before = previous.get(t.from)?.find((p) => p.typedNormName === t.normName && p.typedOrgNormName === t.orgNormName);
    if (before) {
      ties.push({ from: t.from, to: before.to, ...typed });
      continue;
    }
    const candidates = namesakes.records
      .filter((r) => r.get('name') === t.normName && r.get('id') !== t.from)
      .filter((r) => !t.orgId || r.get('orgId') === t.orgId);
    if (candidates.length === 1) {
      ties.push({ from: t.from, to: candidates[0]!.get('id'), ...typed });
      continue;
    }
    // Everyone who types the same unknown name gets a person of their own: two strangers' guesses are
    // never joined behind their backs. Namesakes are flagged for a facilitator to merge.
    const key = `${t.from}|${t.normName}|${t.orgId ?? ''}`;
    if (!newPeople.has(key)) {
      newPeople.set(key, {
        id: randomUUID(),
        name: t.name,
        normName: t.normName,
        skeleton: nameSkeleton(t.name),
        orgId: t.orgId,
        namedById: t.from,
      });
    }
    ties.push({ from: t.from, to: newPeople.get(key)!.id, ...typed });
  }
  if (newPeople.size > 0) {
    await tx.run(
      `UNWIND $rows AS row
       CREATE (p:Person {id: row.id, communityId: $communityId, name: row.name, normName: row.normName, skeleton: row.skeleton,
                         participation: 'PERIPHERAL', listed: false, contactable: false, namedById: row.namedById,
                         createdAt: datetime(), firstReportedAt: datetime()})
       WITH p, row WHERE row.orgId IS NOT NULL
       MATCH (o:Organization {id: row.orgId})
       MERGE (p)-[:MEMBER_OF]->(o)`,
      { communityId: scope.communityId, rows: [...newPeople.values()] },
    );
    await flagPossibleDuplicates(
      tx,
      scope,
      [...newPeople.values()].map((p) => p.id),
    );
  }
  if (replaced.length > 0) await withdrawTies(tx, replaced, ties);
  return ties;
}

/**
 * Replacing answers withdraws the ties this person reported and no longer names: each ends as a KNEW relationship
 * keeping when it was first reported and when it ended (a person's history, erased with them); a tie the other side
 * confirmed stays as theirs. Ties named again stay as they are, with their first report.
 */
async function withdrawTies(tx: ManagedTransaction, replaced: string[], ties: Tie[]): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MATCH (p:Person {id: row.id})-[k:KNOWS]-(o:Person)
     WHERE k.reportedById = p.id AND NOT o.id IN row.kept
     FOREACH (_ IN CASE WHEN k.confirmed THEN [1] ELSE [] END |
       SET k.reportedById = o.id, k.confirmed = false, k.typedName = k.confirmerTypedName,
           k.typedOrganization = k.confirmerTypedOrganization, k.confirmerTypedName = null, k.confirmerTypedOrganization = null)
     FOREACH (_ IN CASE WHEN k.confirmed THEN [] ELSE [1] END |
       CREATE (p)-[:KNEW {firstReportedAt: k.firstReportedAt, reportedIn: k.reportedIn, endedAt: datetime()}]->(o)
       DELETE k)`,
    { rows: replaced.map((id) => ({ id, kept: ties.filter((t) => t.from === id).map((t) => t.to) })) },
  );
}

/** Adds the ties named in answers (CSV imports add them once every row's person exists). */
export function addTies(db: Database, scope: AnswerScope, items: { personId: string; answers: SurveyAnswers }[]): Promise<void> {
  return writeTx(
    db,
    async (tx) => {
      const organizations = await resolveNamed(
        tx,
        scope.communityId,
        'Organization',
        items.flatMap(({ answers: a }) =>
          a.knows.flatMap((t) => (t.organization ? [{ name: t.organization, normName: t.orgNormName! }] : [])),
        ),
        () => ({ kind: 'OTHER' }),
      );
      const ties = await prepareTies(
        tx,
        scope,
        items.map((i) => ({ ...i, replace: false })),
        organizations,
      );
      await linkAnswers(
        tx,
        ties.map((t) => tieLink(t, scope.workshopId)),
      );
    },
    { community: scope.communityId },
  );
}
