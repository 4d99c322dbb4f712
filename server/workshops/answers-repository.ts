import { randomUUID } from 'node:crypto';
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { hashToken } from '../auth/token-hash.ts';
import type { MapPersonRecord, MapTieRecord } from '../communities/community-repository.ts';
import { MAP_PERSON, mapPerson, mapTie } from '../communities/community-repository.ts';
import { unavailableError } from '../db/database-health.ts';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import { WriteBatcher } from '../db/write-batcher.ts';
import { appError, isAppError } from '../errors.ts';
import { nameSkeleton, normalizeEmail, normalizeName } from '../text/normalize.ts';
import { legacyPrivateLinkToken, privateLinkToken } from '../auth/derived-tokens.ts';
import type { SurveyAnswers } from './survey-input.ts';

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
 * A person who just answered, as the workshop's projector (a public screen) shows them: `person` null and no
 * ties when they are not listed, ties to listed people only, and the workshop's response count.
 */
export type Arrival = { responseCount: number; person: MapPersonRecord | null; ties: MapTieRecord[] };
type Scope = { communityId: string; workshopId: string | null };
type Resolved = Map<string, string>; // normalized name or id → id

const MERGED_MESSAGE = 'These answers were merged into another record by a facilitator; ask your facilitator.';

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
export async function recordSubmissions(db: Database, scope: Scope & { workshopId: string }, submissions: Submission[], secret: string): Promise<Receipt[]> {
  const { receipts, links, unlinked } = await writeTx(db, async (tx) => {
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
      if (row.get('erased')) throw appError('FORBIDDEN', 'These answers were erased and cannot be sent again.');
      const personId: string | null = row.get('personId');
      if (!personId) continue;
      const id: string = row.get('id');
      // A phone's replay must not learn whose record absorbed its answers; an import (facilitators) may.
      if (row.get('merged') && issuesToken.get(id)) throw appError('FORBIDDEN', MERGED_MESSAGE, { reason: 'MERGED' });
      if (row.get('linked')) linked.add(id);
      const token = row.get('tokenScope') === 'workshop' ? privateLinkToken(secret, scope.workshopId, id) : legacyPrivateLinkToken(secret, id);
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
        { workshopId: scope.workshopId, rows: finished.map((r) => ({ ...r, tokenHash: r.privateToken ? hashToken(r.privateToken) : null })) },
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
  }, { community: scope.communityId });
  const arrivals = unlinked.length > 0 ? await linkBatcher(db).add({ links, workshopId: scope.workshopId, submissionIds: unlinked }) : new Map<string, Arrival>();
  return submissions.map((s) => {
    const receipt = receipts.get(s.submissionId)!;
    return { ...receipt, arrival: arrivals.get(s.submissionId) ?? receipt.arrival };
  });
}

/**
 * Cypher: for a submission `s` whose person is bound to `p`, the columns of an {@link Arrival}: the person as
 * drawn on the map, their ties to listed people, and the workshop's count.
 */
const ARRIVAL = `${MAP_PERSON('p')}, [(p)-[:KNOWS]-(q:Person) WHERE q.listed | q.id] AS others,
  COUNT { (:Workshop {id: s.workshopId})<-[:ATTENDED]-() } AS responseCount`;

/** The arrival of a row holding ARRIVAL's columns, as the projector may show it: someone unlisted is only counted. */
function readArrival(row: Neo4jRecord): Arrival | undefined {
  if (row.get('person') === null) return undefined;
  const person = mapPerson(row);
  const responseCount: number = row.get('responseCount');
  if (!person.listed) return { responseCount, person: null, ties: [] };
  return { responseCount, person, ties: (row.get('others') as string[]).map((other) => mapTie(person.id, other)) };
}

type LinkWork = { links: Link[]; workshopId: string; submissionIds: string[] };
// Keyed by the connection object, not its driver: a batcher writes through the connection it was made for,
// and the app's own (with health, failing fast while Neo4j is down) must not be served by another's.
const batchers = new WeakMap<Database, WriteBatcher<LinkWork, Map<string, Arrival>>>();

// The last bound on a phone's wait for its turn: a dead or hung database fails the write in progress (and so
// the queue) within seconds through the app's database health; a queue still stuck this long means Neo4j is
// not keeping up at all, and the phone is told so and retries (the same submission id) rather than spin.
const QUEUE_BOUND = { maxWaitMs: 15_000, tooLong: unavailableError };

/**
 * One link writer per connection (the app has one): concurrent submissions are linked together (see WriteBatcher). A room
 * submitting at once links to the same workshop, regions, organizations and interests; a single writer
 * means those busy nodes are never fought over, and one commit serves many answers.
 */
function linkBatcher(db: Database): WriteBatcher<LinkWork, Map<string, Arrival>> {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new WriteBatcher<LinkWork, Map<string, Arrival>>(
      (work) =>
        writeTx(db, async (tx) => {
          await linkAnswers(tx, work.flatMap((w) => w.links));
          // The same statement returns the people as the projector draws them: publishing needs no other read.
          const linked = await tx.run(
            `UNWIND $marked AS m
             MATCH (s:Submission {workshopId: m.workshopId, id: m.id}) SET s.linked = true
             WITH s MATCH (p:Person {id: s.personId})
             RETURN s.workshopId + '|' + s.id AS key, ${ARRIVAL}`,
            { marked: work.flatMap((w) => w.submissionIds.map((id) => ({ id, workshopId: w.workshopId }))) },
          );
          const arrivals = new Map(linked.records.map((row) => [row.get('key') as string, readArrival(row)!]));
          const of = (w: LinkWork, id: string) => arrivals.get(`${w.workshopId}|${id}`);
          return work.map((w) => new Map(w.submissionIds.flatMap((id) => (of(w, id) ? [[id, of(w, id)!]] : []))));
        }),
      QUEUE_BOUND,
    );
    batchers.set(db, batcher);
  }
  return batcher;
}

type Queued = { scope: Scope & { workshopId: string }; submission: Submission; secret: string };
type Outcome = { receipt: Receipt } | { error: unknown };
const submissionBatchers = new WeakMap<Database, WriteBatcher<Queued, Outcome>>();

/**
 * Records one survey submission, joining others that arrive meanwhile into the same transactions
 * (see WriteBatcher): a room of 300 phones then costs a few dozen commits instead of 600. A batch that
 * fails on someone's bad input is retried one by one, so only that submission gets the error.
 */
export async function submitAnswers(db: Database, scope: Scope & { workshopId: string }, submission: Submission, secret: string): Promise<Receipt> {
  let batcher = submissionBatchers.get(db);
  if (!batcher) {
    batcher = new WriteBatcher<Queued, Outcome>((queued) => recordQueued(db, queued), QUEUE_BOUND);
    submissionBatchers.set(db, batcher);
  }
  const outcome = await batcher.add({ scope, submission, secret });
  if ('error' in outcome) throw outcome.error;
  return outcome.receipt;
}

async function recordQueued(db: Database, queued: Queued[]): Promise<Outcome[]> {
  const groups = new Map<string, Queued[]>();
  for (const q of queued) {
    const key = `${q.scope.communityId}|${q.scope.workshopId}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const outcomes = new Map<Queued, Outcome>();
  for (const group of groups.values()) {
    // The same submission sent twice at once is recorded once; both senders get its receipt.
    const unique = [...new Map(group.map((q) => [q.submission.submissionId, q.submission])).values()];
    try {
      const receipts = await recordSubmissions(db, group[0]!.scope, unique, group[0]!.secret);
      const byId = new Map(receipts.map((r) => [r.submissionId, r]));
      for (const q of group) outcomes.set(q, { receipt: byId.get(q.submission.submissionId)! });
    } catch (error) {
      // One by one only finds whose input was bad; an unavailable database would fail each of them in turn.
      if (!isAppError(error) || error.extensions.code === 'DB_UNAVAILABLE' || group.length === 1) {
        for (const q of group) outcomes.set(q, { error });
        continue;
      }
      for (const q of group) {
        outcomes.set(q, await recordSubmissions(db, q.scope, [q.submission], q.secret).then(([receipt]) => ({ receipt: receipt! }), (e: unknown) => ({ error: e })));
      }
    }
  }
  return queued.map((q) => outcomes.get(q)!);
}

/** Replaces everything a person answered (through their private link). */
export function replaceAnswers(db: Database, scope: Scope & { personId: string }, answers: SurveyAnswers): Promise<void> {
  return writeTx(db, async (tx) => {
    await tx.run(
      `MATCH (p:Person {id: $personId, communityId: $communityId})
       SET p.name = $a.name, p.normName = $normName, p.skeleton = $skeleton, p.email = $a.email, p.normEmail = $normEmail, p.role = $a.role,
           p.listed = $a.consent.listed, p.contactable = $a.consent.contactable, p.updatedAt = datetime()`,
      { ...scope, a: answers, normName: normalizeName(answers.name), skeleton: nameSkeleton(answers.name), normEmail: answers.email ? normalizeEmail(answers.email) : null },
    );
    await linkAnswers(tx, await prepareAnswers(tx, scope, [{ personId: scope.personId, answers, replace: true }]));
  }, { community: scope.communityId });
}

/** A new person for each fresh submission, in submission order: answers never change an existing record. */
async function createPeople(tx: ManagedTransaction, scope: Scope, fresh: Submission[]): Promise<string[]> {
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
         p.contactable = row.contactable, p.createdAt = datetime()`,
    { communityId: scope.communityId, rows },
  );
  return rows.map((r) => r.id);
}

/**
 * A relationship from a person to be created by {@link linkAnswers}. A KNOWS link carries the other person as
 * the reporter named them (`typedName`, `typedOrganization`): their own record shows it so, never the stored
 * name of someone who is not listed.
 */
type Link = {
  personId: string;
  type: 'MEMBER_OF' | 'BASED_IN' | 'OFFERS' | 'SEEKS' | 'ATTENDED' | 'KNOWS';
  targetId: string;
  workshopId: string | null;
  typedName?: string | null;
  typedOrganization?: string | null;
};
type AnswerItem = { personId: string; answers: SurveyAnswers; replace: boolean };

/**
 * Everything the answers refer to, made ready: organizations and interests resolved (new ones created),
 * ids checked, people named for the first time added, and with `replace` the person's previous answers
 * removed. Returns the relationships still to create.
 */
async function prepareAnswers(tx: ManagedTransaction, scope: Scope, items: AnswerItem[]): Promise<Link[]> {
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
  await checkIds(tx, scope.communityId, 'Region', items.flatMap((i) => (i.answers.regionId ? [i.answers.regionId] : [])), 'regionId');
  const replaced = items.filter((i) => i.replace).map((i) => i.personId);
  if (replaced.length > 0) {
    await tx.run('UNWIND $ids AS id MATCH (:Person {id: id})-[r:MEMBER_OF|BASED_IN|OFFERS|SEEKS]->() DELETE r', { ids: replaced });
  }
  const link = (personId: string, type: Link['type'], targetId: string): Link => ({ personId, type, targetId, workshopId: scope.workshopId });
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

/** One set-based statement per kind of relationship; every step is a MERGE, so it can run again. */
const LINK_STATEMENTS: Record<Link['type'], string> = {
  MEMBER_OF: `MATCH (p:Person {id: l.personId}) WHERE NOT EXISTS { (p)-[:MEMBER_OF]->() }
              MATCH (o:Organization {id: l.targetId}) MERGE (p)-[:MEMBER_OF]->(o)`,
  BASED_IN: `MATCH (p:Person {id: l.personId}) WHERE NOT EXISTS { (p)-[:BASED_IN]->() }
             MATCH (r:Region {id: l.targetId}) MERGE (p)-[:BASED_IN]->(r)`,
  OFFERS: 'MATCH (p:Person {id: l.personId}) MATCH (i:Interest {id: l.targetId}) MERGE (p)-[:OFFERS]->(i)',
  SEEKS: 'MATCH (p:Person {id: l.personId}) MATCH (i:Interest {id: l.targetId}) MERGE (p)-[:SEEKS]->(i)',
  ATTENDED: `MATCH (p:Person {id: l.personId}) MATCH (w:Workshop {id: l.targetId})
             MERGE (p)-[a:ATTENDED]->(w) SET a.submittedAt = datetime()`,
  // Naming someone who already named you confirms the tie; the pair keeps one KNOWS relationship, and how the
  // confirming side named the reporter is kept for the day the reporter withdraws and the tie becomes theirs.
  KNOWS: `MATCH (p:Person {id: l.personId}) MATCH (b:Person {id: l.targetId}) WHERE b <> p
          MERGE (p)-[k:KNOWS]-(b)
          ON CREATE SET k.reportedById = p.id, k.confirmed = false, k.createdAt = datetime(), k.workshopId = l.workshopId,
                        k.typedName = l.typedName, k.typedOrganization = l.typedOrganization
          ON MATCH SET k.confirmed = k.confirmed OR k.reportedById <> p.id,
                       k.confirmerTypedName = CASE WHEN k.reportedById <> p.id THEN l.typedName ELSE k.confirmerTypedName END,
                       k.confirmerTypedOrganization = CASE WHEN k.reportedById <> p.id THEN l.typedOrganization ELSE k.confirmerTypedOrganization END`,
};

/** Creates the relationships the answers name (people and targets exist by now). */
async function linkAnswers(tx: ManagedTransaction, links: Link[]): Promise<void> {
  for (const type of Object.keys(LINK_STATEMENTS) as Link['type'][]) {
    const ofType = links.filter((l) => l.type === type);
    if (ofType.length > 0) await tx.run(`UNWIND $links AS l ${LINK_STATEMENTS[type]}`, { links: ofType });
  }
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

type Tie = { from: string; to: string; typedName: string | null; typedOrganization: string | null };

const tieLink = (t: Tie, workshopId: string | null): Link => ({
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
async function prepareTies(tx: ManagedTransaction, scope: Scope, items: AnswerItem[], organizations: Resolved): Promise<Tie[]> {
  const replaced = items.filter((i) => i.replace).map((i) => i.personId);
  // Whom each replacing person had named, read before those ties are withdrawn below.
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
      list.push({ to: r.get('to'), typedNormName: typedName && normalizeName(typedName), typedOrgNormName: typedOrganization && normalizeName(typedOrganization) });
      previous.set(r.get('from'), list);
    }
    // Replacing answers withdraws the ties this person reported; a tie the other side confirmed stays as theirs.
    await tx.run(
      `UNWIND $ids AS id
       MATCH (p:Person {id: id})-[k:KNOWS]-(o:Person)
       WHERE k.reportedById = p.id
       FOREACH (_ IN CASE WHEN k.confirmed THEN [1] ELSE [] END |
         SET k.reportedById = o.id, k.confirmed = false, k.typedName = k.confirmerTypedName,
             k.typedOrganization = k.confirmerTypedOrganization, k.confirmerTypedName = null, k.confirmerTypedOrganization = null)
       FOREACH (_ IN CASE WHEN k.confirmed THEN [] ELSE [1] END | DELETE k)`,
      { ids: replaced },
    );
  }

  const named = items.flatMap((i) => i.answers.knows.map((t) => ({ from: i.personId, ...t, orgId: t.orgNormName ? organizations.get(`name:${t.orgNormName}`)! : null })));
  const reachable = await tx.run(
    `UNWIND $ids AS id
     MATCH (q:Person {id: id, communityId: $communityId}) WHERE q.listed
     RETURN q.id AS id, q.name AS name, head([(q)-[:MEMBER_OF]->(o) | o.name]) AS organization`,
    { communityId: scope.communityId, ids: unique(named.flatMap((t) => (t.personId ? [t.personId] : []))) },
  );
  const listedById = new Map(reachable.records.map((r) => [r.get('id') as string, { name: r.get('name') as string, organization: r.get('organization') as string | null }]));
  const namesakes = await tx.run(
    `UNWIND $names AS name
     MATCH (q:Person {communityId: $communityId, normName: name}) WHERE q.listed
     OPTIONAL MATCH (q)-[:MEMBER_OF]->(o:Organization)
     RETURN name, q.id AS id, o.id AS orgId`,
    { communityId: scope.communityId, names: unique(named.flatMap((t) => (t.normName ? [t.normName] : []))) },
  );

  const ties: Tie[] = [];
  const newPeople = new Map<string, { id: string; name: string; normName: string; skeleton: string; orgId: string | null; namedById: string }>();
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
      throw appError('BAD_USER_INPUT', 'knows names someone who is not on the community list; type their name instead.', { field: 'knows' });
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
      newPeople.set(key, { id: randomUUID(), name: t.name, normName: t.normName, skeleton: nameSkeleton(t.name), orgId: t.orgId, namedById: t.from });
    }
    ties.push({ from: t.from, to: newPeople.get(key)!.id, ...typed });
  }
  if (newPeople.size > 0) {
    await tx.run(
      `UNWIND $rows AS row
       CREATE (p:Person {id: row.id, communityId: $communityId, name: row.name, normName: row.normName, skeleton: row.skeleton,
                         participation: 'PERIPHERAL', listed: false, contactable: false, namedById: row.namedById,
                         createdAt: datetime()})
       WITH p, row WHERE row.orgId IS NOT NULL
       MATCH (o:Organization {id: row.orgId})
       MERGE (p)-[:MEMBER_OF]->(o)`,
      { communityId: scope.communityId, rows: [...newPeople.values()] },
    );
    await flagPossibleDuplicates(tx, scope, [...newPeople.values()].map((p) => p.id));
  }
  return ties;
}

/**
 * New people who may be someone already mapped are offered to the facilitator as possible duplicates, never
 * merged silently: the same name, a look-alike name (same confusable skeleton: "Аna" with a Cyrillic "А"),
 * or the same email. The reasons are kept on the flag, for the curation page to say why.
 */
async function flagPossibleDuplicates(tx: ManagedTransaction, scope: Scope, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(
    `UNWIND $ids AS id
     MATCH (p:Person {id: id})
     CALL (p) {
       MATCH (q:Person {communityId: $communityId, normName: p.normName}) WHERE q.id <> p.id RETURN q, 'SAME_NAME' AS reason
       UNION
       MATCH (q:Person {communityId: $communityId, skeleton: p.skeleton}) WHERE q.id <> p.id AND q.normName <> p.normName
       RETURN q, 'LOOKALIKE_NAME' AS reason
       UNION
       MATCH (q:Person {communityId: $communityId, normEmail: p.normEmail}) WHERE q.id <> p.id RETURN q, 'SAME_EMAIL' AS reason
     }
     WITH p, q, collect(reason) AS reasons
     MERGE (p)-[d:POSSIBLE_DUPLICATE_OF]->(q)
     SET d.reasons = reasons`,
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
    const ties = await prepareTies(tx, scope, items.map((i) => ({ ...i, replace: false })), organizations);
    await linkAnswers(tx, ties.map((t) => tieLink(t, scope.workshopId)));
  }, { community: scope.communityId });
}

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
    return result.records[0]!.toObject() as { knownEmails: string[]; imported: string[]; newOrganizations: string[]; newInterests: string[] };
  });
}
