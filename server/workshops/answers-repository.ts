import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { hashToken } from '../auth/token-hash.ts';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import { appError } from '../errors.ts';
import { normalizeEmail, normalizeName } from '../text/normalize.ts';
import { privateLinkToken } from '../auth/derived-tokens.ts';
import type { InterestRef, SurveyAnswers } from './survey-input.ts';

export type Submission = { submissionId: string; answers: SurveyAnswers; issueToken: boolean };
export type Receipt = { submissionId: string; personId: string; updatedExisting: boolean; privateToken: string | null };
type Scope = { communityId: string; workshopId: string | null };
type Resolved = Map<string, string>; // normalized name or id → id

/**
 * Records survey submissions (one from a phone, or a batch of CSV rows) in one transaction:
 * - a submission id seen before returns its first receipt and writes nothing (retries, double taps);
 * - an email already in the community adds to that person: interests, ties and blank fields only, and
 *   consent can only narrow; no private link is issued for it;
 * - anyone else becomes a new person, flagged as a possible duplicate of namesakes.
 * Organizations and interests are matched by normalized name or synonym and created when new; uniqueness
 * holds under concurrency because new ones are MERGEd on the constrained (communityId, normName).
 */
export function recordSubmissions(db: Database, scope: Scope, submissions: Submission[], secret: string): Promise<Receipt[]> {
  return writeTx(db, async (tx) => {
    const claimed = await tx.run(
      `UNWIND $ids AS id
       MERGE (s:Submission {id: id})
       ON CREATE SET s.createdAt = datetime(), s.workshopId = $workshopId
       RETURN id, s.personId AS personId, coalesce(s.updatedExisting, false) AS updatedExisting,
              coalesce(s.tokenIssued, false) AS tokenIssued, coalesce(s.erased, false) AS erased`,
      { ids: submissions.map((s) => s.submissionId), workshopId: scope.workshopId },
    );
    const receipts = new Map<string, Receipt>();
    for (const row of claimed.records) {
      if (row.get('erased')) throw appError('FORBIDDEN', 'These answers were erased and cannot be sent again.');
      const personId: string | null = row.get('personId');
      if (personId) {
        const id: string = row.get('id');
        receipts.set(id, {
          submissionId: id,
          personId,
          updatedExisting: row.get('updatedExisting'),
          privateToken: row.get('tokenIssued') ? privateLinkToken(secret, id) : null,
        });
      }
    }
    const fresh = submissions.filter((s) => !receipts.has(s.submissionId));
    if (fresh.length > 0) {
      const people = await upsertPeople(tx, scope, fresh);
      const finished = people.map((p, i) => {
        const { submissionId, issueToken } = fresh[i]!;
        const token = issueToken && !p.updatedExisting ? privateLinkToken(secret, submissionId) : null;
        return { submissionId, personId: p.personId, updatedExisting: p.updatedExisting, privateToken: token };
      });
      await tx.run(
        `UNWIND $rows AS r
         MATCH (s:Submission {id: r.submissionId})
         SET s.personId = r.personId, s.updatedExisting = r.updatedExisting, s.tokenIssued = r.tokenHash IS NOT NULL
         WITH r WHERE r.tokenHash IS NOT NULL
         MATCH (p:Person {id: r.personId})
         MERGE (l:PrivateLink {tokenHash: r.tokenHash}) ON CREATE SET l.createdAt = datetime()
         MERGE (l)-[:OPENS]->(p)`,
        { rows: finished.map((r) => ({ ...r, tokenHash: r.privateToken ? hashToken(r.privateToken) : null })) },
      );
      await flagPossibleDuplicates(tx, scope, people.filter((p) => !p.updatedExisting).map((p) => p.personId));
      // Last, so the locks on busy nodes (the workshop, popular organizations, interests and people) are
      // held as briefly as possible before the commit: a room submits all at once.
      await applyAnswers(tx, scope, people.map((p, i) => ({ personId: p.personId, answers: fresh[i]!.answers, replace: false })));
      for (const r of finished) receipts.set(r.submissionId, r);
    }
    return submissions.map((s) => receipts.get(s.submissionId)!);
  });
}

/** Replaces everything a person answered (through their private link). */
export function replaceAnswers(db: Database, scope: Scope & { personId: string }, answers: SurveyAnswers): Promise<void> {
  return writeTx(db, async (tx) => {
    await tx.run(
      `MATCH (p:Person {id: $personId, communityId: $communityId})
       SET p.name = $a.name, p.normName = $normName, p.email = $a.email, p.normEmail = $normEmail, p.role = $a.role,
           p.listed = $a.consent.listed, p.contactable = $a.consent.contactable, p.updatedAt = datetime()`,
      { ...scope, a: answers, normName: normalizeName(answers.name), normEmail: answers.email ? normalizeEmail(answers.email) : null },
    );
    await applyAnswers(tx, scope, [{ personId: scope.personId, answers, replace: true }]);
  });
}

/** The person each fresh submission is about: matched by email, or new. In submission order. */
async function upsertPeople(tx: ManagedTransaction, scope: Scope, fresh: Submission[]) {
  const rows = fresh.map(({ answers: a }) => ({
    newId: randomUUID(),
    name: a.name,
    normName: normalizeName(a.name),
    email: a.email,
    normEmail: a.email ? normalizeEmail(a.email) : null,
    role: a.role,
    listed: a.consent.listed,
    contactable: a.consent.contactable,
  }));
  const set = `p.id = row.newId, p.name = row.name, p.normName = row.normName, p.email = row.email, p.role = row.role,
               p.participation = 'ACTIVE', p.listed = row.listed, p.contactable = row.contactable, p.createdAt = datetime()`;
  // With an email: match-or-create on the constrained (communityId, normEmail), which is safe under concurrency.
  const byEmail = await tx.run(
    `UNWIND $rows AS row
     MERGE (p:Person {communityId: $communityId, normEmail: row.normEmail})
     ON CREATE SET ${set}
     ON MATCH SET p.role = coalesce(p.role, row.role), p.listed = p.listed AND row.listed,
                  p.contactable = p.contactable AND row.contactable, p.updatedAt = datetime()
     RETURN row.newId AS newId, p.id AS personId`,
    { communityId: scope.communityId, rows: rows.filter((r) => r.normEmail) },
  );
  await tx.run(`UNWIND $rows AS row CREATE (p:Person {communityId: $communityId}) SET ${set}`, {
    communityId: scope.communityId,
    rows: rows.filter((r) => !r.normEmail),
  });
  const matched = new Map<string, string>(byEmail.records.map((r) => [r.get('newId'), r.get('personId')]));
  return rows.map((r) => {
    const personId = matched.get(r.newId) ?? r.newId;
    return { personId, updatedExisting: personId !== r.newId };
  });
}

/** Organizations, regions, interests and ties of each person, added (or, with `replace`, replacing). */
async function applyAnswers(
  tx: ManagedTransaction,
  scope: Scope,
  items: { personId: string; answers: SurveyAnswers; replace: boolean }[],
): Promise<void> {
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
  await checkIds(tx, scope.communityId, 'Region', items.flatMap((i) => (i.answers.regionId ? [i.answers.regionId] : [])), 'regionId');
  const idOf = (map: Resolved, ref: InterestRef) => map.get(refKey(ref))!;

  await tx.run(
    `UNWIND $rows AS row
     MATCH (p:Person {id: row.personId, communityId: $communityId})
     CALL (p, row) {
       WITH p, row WHERE row.replace
       OPTIONAL MATCH (p)-[r:MEMBER_OF|BASED_IN|OFFERS|SEEKS]->()
       DELETE r
     }
     CALL (p, row) {
       WITH p, row WHERE row.organizationId IS NOT NULL AND NOT EXISTS { (p)-[:MEMBER_OF]->() }
       MATCH (o:Organization {id: row.organizationId})
       MERGE (p)-[:MEMBER_OF]->(o)
     }
     CALL (p, row) {
       WITH p, row WHERE row.regionId IS NOT NULL AND NOT EXISTS { (p)-[:BASED_IN]->() }
       MATCH (r:Region {id: row.regionId})
       MERGE (p)-[:BASED_IN]->(r)
     }
     CALL (p, row) { UNWIND row.offers AS id MATCH (i:Interest {id: id}) MERGE (p)-[:OFFERS]->(i) }
     CALL (p, row) { UNWIND row.seeks AS id MATCH (i:Interest {id: id}) MERGE (p)-[:SEEKS]->(i) }
     CALL (p) {
       WITH p WHERE $workshopId IS NOT NULL
       MATCH (w:Workshop {id: $workshopId})
       MERGE (p)-[a:ATTENDED]->(w)
       SET a.submittedAt = datetime()
     }`,
    {
      ...scope,
      rows: items.map(({ personId, answers: a, replace }) => ({
        personId,
        replace,
        organizationId: a.organization ? idOf(organizations, a.organization) : null,
        regionId: a.regionId,
        offers: a.offers.map((r) => idOf(interests, r)),
        seeks: a.seeks.map((r) => idOf(interests, r)),
      })),
    },
  );
  await applyTies(tx, scope, items, organizations);
}

type NamedRef = { id: string } | { name: string; normName: string };
const refKey = (ref: NamedRef) => ('id' in ref ? `id:${ref.id}` : `name:${ref.normName}`);
const unique = <T>(items: T[]) => [...new Set(items)];

/**
 * Ids for references to organizations or interests: ids must exist in the community; names match a
 * record's normalized name or one of its synonyms, and new names are MERGEd on (communityId, normName).
 */
async function resolveNamed(
  tx: ManagedTransaction,
  communityId: string,
  label: 'Organization' | 'Interest',
  refs: NamedRef[],
  extra: (ref: { name: string }, language: string) => Record<string, unknown>,
  languages = new Map<string, string>(),
): Promise<Resolved> {
  const resolved: Resolved = new Map();
  const ids = unique(refs.flatMap((r) => ('id' in r ? [r.id] : [])));
  await checkIds(tx, communityId, label, ids, label === 'Organization' ? 'organization' : 'interests');
  for (const id of ids) resolved.set(`id:${id}`, id);

  const byName = new Map(refs.flatMap((r) => ('name' in r ? [[r.normName, r] as const] : [])));
  if (byName.size === 0) return resolved;
  const names = [...byName.keys()];
  // The label comes from the closed union above, never from user input.
  const found = await tx.run(
    `MATCH (n:${label} {communityId: $communityId})
     WHERE n.normName IN $names OR any(s IN coalesce(n.normSynonyms, []) WHERE s IN $names)
     RETURN n.id AS id, n.normName AS normName, coalesce(n.normSynonyms, []) AS synonyms`,
    { communityId, names },
  );
  for (const record of found.records) {
    for (const name of [record.get('normName'), ...record.get('synonyms')] as string[]) {
      if (byName.has(name) && !resolved.has(`name:${name}`)) resolved.set(`name:${name}`, record.get('id'));
    }
  }
  const missing = names.filter((n) => !resolved.has(`name:${n}`));
  if (missing.length > 0) {
    const created = await tx.run(
      `UNWIND $rows AS row
       MERGE (n:${label} {communityId: $communityId, normName: row.normName})
       ON CREATE SET n.id = row.id, n.name = row.name, n.createdAt = datetime(), n += row.extra
       RETURN row.normName AS normName, n.id AS id`,
      {
        communityId,
        rows: missing.map((normName) => {
          const ref = byName.get(normName)!;
          return { normName, name: ref.name, id: randomUUID(), extra: extra(ref, languages.get(refKey(ref)) ?? 'es') };
        }),
      },
    );
    for (const record of created.records) resolved.set(`name:${record.get('normName')}`, record.get('id'));
  }
  return resolved;
}

/** BAD_USER_INPUT naming the field when an id is not a record of this community. */
async function checkIds(tx: ManagedTransaction, communityId: string, label: 'Organization' | 'Interest' | 'Region' | 'Person', given: string[], field: string) {
  const ids = unique(given);
  if (ids.length === 0) return;
  const found = await tx.run(`MATCH (n:${label} {communityId: $communityId}) WHERE n.id IN $ids RETURN count(n) AS n`, { communityId, ids });
  if (found.records[0]!.get('n') !== ids.length) {
    throw appError('BAD_USER_INPUT', `${field} refers to a ${label.toLowerCase()} that does not exist in this community.`, { field });
  }
}

/**
 * Ties to people named in the answers. A mapped person is named by id; someone new by name (and
 * organization): matched to the one namesake in that organization, otherwise added as a person who is
 * neither listed nor contactable (they consented to nothing) until they answer themselves.
 */
async function applyTies(
  tx: ManagedTransaction,
  scope: Scope,
  items: { personId: string; answers: SurveyAnswers; replace: boolean }[],
  organizations: Resolved,
): Promise<void> {
  const replaced = items.filter((i) => i.replace).map((i) => i.personId);
  if (replaced.length > 0) {
    // Replacing answers withdraws the ties this person reported; a tie the other side confirmed stays as theirs.
    await tx.run(
      `UNWIND $ids AS id
       MATCH (p:Person {id: id})-[k:KNOWS]-(o:Person)
       WHERE k.reportedById = p.id
       FOREACH (_ IN CASE WHEN k.confirmed THEN [1] ELSE [] END | SET k.reportedById = o.id, k.confirmed = false)
       FOREACH (_ IN CASE WHEN k.confirmed THEN [] ELSE [1] END | DELETE k)`,
      { ids: replaced },
    );
  }
  const byId = items.flatMap((i) => i.answers.knows.flatMap((t) => (t.personId ? [{ from: i.personId, to: t.personId }] : [])));
  await checkIds(tx, scope.communityId, 'Person', unique(byId.map((t) => t.to)), 'knows');

  const named = items.flatMap((i) =>
    i.answers.knows.flatMap((t) =>
      t.name ? [{ from: i.personId, name: t.name, normName: t.normName, orgId: t.orgNormName ? organizations.get(`name:${t.orgNormName}`)! : null }] : [],
    ),
  );
  const candidates = await tx.run(
    `UNWIND $names AS name
     MATCH (q:Person {communityId: $communityId, normName: name})
     OPTIONAL MATCH (q)-[:MEMBER_OF]->(o:Organization)
     RETURN name, q.id AS id, o.id AS orgId`,
    { communityId: scope.communityId, names: unique(named.map((t) => t.normName)) },
  );
  const newPeople = new Map<string, { id: string; name: string; normName: string; orgId: string | null; namedById: string }>();
  const ties = [...byId];
  for (const t of named) {
    const namesakes = candidates.records
      .filter((r) => r.get('name') === t.normName && r.get('id') !== t.from)
      .filter((r) => !t.orgId || r.get('orgId') === t.orgId);
    const key = `${t.normName}|${t.orgId ?? ''}`;
    if (namesakes.length === 1) {
      ties.push({ from: t.from, to: namesakes[0]!.get('id') });
    } else {
      if (!newPeople.has(key)) newPeople.set(key, { id: randomUUID(), name: t.name, normName: t.normName, orgId: t.orgId, namedById: t.from });
      ties.push({ from: t.from, to: newPeople.get(key)!.id });
    }
  }
  if (newPeople.size > 0) {
    await tx.run(
      `UNWIND $rows AS row
       CREATE (p:Person {id: row.id, communityId: $communityId, name: row.name, normName: row.normName,
                         participation: 'PERIPHERAL', listed: false, contactable: false, namedById: row.namedById,
                         createdAt: datetime()})
       WITH p, row WHERE row.orgId IS NOT NULL
       MATCH (o:Organization {id: row.orgId})
       MERGE (p)-[:MEMBER_OF]->(o)`,
      { communityId: scope.communityId, rows: [...newPeople.values()] },
    );
    await flagPossibleDuplicates(tx, scope, [...newPeople.values()].map((p) => p.id));
  }
  // Naming someone who already named you confirms the tie; the pair keeps one KNOWS relationship.
  await tx.run(
    `UNWIND $ties AS t
     MATCH (a:Person {id: t.from}), (b:Person {id: t.to})
     WHERE a <> b
     MERGE (a)-[k:KNOWS]-(b)
     ON CREATE SET k.reportedById = a.id, k.confirmed = false, k.createdAt = datetime(), k.workshopId = $workshopId
     ON MATCH SET k.confirmed = k.confirmed OR k.reportedById <> a.id`,
    { ties, workshopId: scope.workshopId },
  );
}

/** Namesakes of new people are offered to the facilitator as possible duplicates, never merged silently. */
async function flagPossibleDuplicates(tx: ManagedTransaction, scope: Scope, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(
    `UNWIND $ids AS id
     MATCH (p:Person {id: id})
     MATCH (q:Person {communityId: $communityId, normName: p.normName})
     WHERE q.id <> p.id
     MERGE (p)-[:POSSIBLE_DUPLICATE_OF]->(q)`,
    { communityId: scope.communityId, ids },
  );
}

/** Adds the ties named in answers (CSV imports add them once every row's person exists). */
export function addTies(db: Database, scope: Scope, items: { personId: string; answers: SurveyAnswers }[]): Promise<void> {
  return writeTx(db, async (tx) => {
    const organizations = await resolveNamed(
      tx,
      scope.communityId,
      'Organization',
      items.flatMap(({ answers: a }) => a.knows.flatMap((t) => (t.organization ? [{ name: t.organization, normName: t.orgNormName! }] : []))),
      () => ({ kind: 'OTHER' }),
    );
    await applyTies(tx, scope, items.map((i) => ({ ...i, replace: false })), organizations);
  });
}

/** What a CSV import would match: known emails, already imported rows, names not yet in the community. */
export function previewImport(
  db: Database,
  communityId: string,
  probe: { emails: string[]; submissionIds: string[]; organizations: string[]; interests: string[] },
) {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `RETURN
         COLLECT { MATCH (p:Person {communityId: $communityId}) WHERE p.normEmail IN $emails RETURN p.normEmail } AS knownEmails,
         COLLECT { MATCH (s:Submission) WHERE s.id IN $submissionIds AND s.personId IS NOT NULL RETURN s.id } AS imported,
         [n IN $organizations WHERE NOT EXISTS {
            MATCH (o:Organization {communityId: $communityId}) WHERE o.normName = n OR n IN coalesce(o.normSynonyms, []) }] AS newOrganizations,
         [n IN $interests WHERE NOT EXISTS {
            MATCH (i:Interest {communityId: $communityId}) WHERE i.normName = n OR n IN coalesce(i.normSynonyms, []) }] AS newInterests`,
      { communityId, ...probe },
    );
    return result.records[0]!.toObject() as { knownEmails: string[]; imported: string[]; newOrganizations: string[]; newInterests: string[] };
  });
}
