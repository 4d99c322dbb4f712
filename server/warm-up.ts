// The workshop's paths, run once before the app says ready: a freshly started Neo4j plans every Cypher query
// the first time it sees it and runs its hottest code interpreted until the JVM has compiled it, and Node
// compiles ours the same way. A room that submits right after a start (or retries right after a crash) would
// otherwise pay for all of it at once.
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { AddressInfo } from 'node:net';
// The phone's documents as codegen wrote them (client/src/gql/graphql.ts, no imports): the client's modules that
// hold them (survey/queries.ts…) reach its catalogues through import.meta.glob, which only Vite understands, and
// `npm start` runs this file on plain Node.
import {
  SubmitSurveyDocument as SUBMIT_SURVEY_MUTATION,
  SurveyJoinDocument as JOIN_QUERY,
  SurveyPeopleSearchDocument as PEOPLE_SEARCH_QUERY,
  WorkshopActivityDocument as WORKSHOP_ACTIVITY_SUBSCRIPTION,
} from '../client/src/gql/graphql.ts';
import { createApp } from './app.ts';
import { createSession } from './auth/sessions.ts';
import { SESSION_COOKIE } from './auth/request-viewer.ts';
import { cachedCommunityMap, cachedInterests } from './communities/map-cache.ts';
import type { CommunityData } from './communities/import-repository.ts';
import type { Config } from './config.ts';
import type { Database } from './db/transaction.ts';
import { readTx, writeTx } from './db/transaction.ts';
import { normalizeName } from '../shared/normalize-name.ts';
import { DEVICE_HEADER } from './graphql/yoga.ts';
import type { Logger } from './logger.ts';
import { countResponses, createWorkshop, listedArrivals, listResponses } from './workshops/workshop-repository.ts';

export type WarmUpOptions = {
  /**
   * The first waves of practice phones, sent one wave after the other: small ones first, so every statement
   * is planned once before a crowd needs it.
   */
  waves?: number[];
  /** Then waves of this many phones at once (a room's burst), until one is not 20% faster than the one before (warm), or… */
  steadyWave?: number;
  /** No wave starts once the warm-up has taken this long (the first one always runs; one in progress finishes). */
  budgetMs?: number;
  /** How long to wait, after the practice, for the open workshops' reads to finish (they go on regardless). */
  roomsGraceMs?: number;
};

export type WarmUpReport = {
  ms: number;
  waves: number;
  waveMs: number[];
  submissions: number;
  failures: number;
  firstFailure?: string;
  /** Live events the practice projector received (one per listed-or-not arrival it was told of). */
  liveEvents: number;
  /** Open workshops of real communities whose data was read into Neo4j's page cache and the app's caches. */
  rooms: number | 'still reading';
};

const DEFAULTS = { waves: [1, 4, 16], steadyWave: 150, budgetMs: 30_000, roomsGraceMs: 2_000 };
// Crowd-sized waves, unless out of budget: the first one after the small ones is always faster, and a third one
// (measured: 5–8 s each under load) bought less than the noise between two bursts.
const STEADY_WAVES = 2;
// The open workshops of real communities warmed at most (most recent first): a room is about to use them.
const ROOMS = 5;
// A room's phones do not all send in the same millisecond: spread over a few seconds, their answers go in many
// smaller write batches, which is what warms the per-transaction code (Bolt, commits, plan lookups) as well as the
// per-row code.
const STEADY_SPREAD_MS = 3_000;

/**
 * Creates a practice community (marked `warmUp`; nobody may read GraphQL meanwhile), sends the phone's own
 * operations over HTTP to an instance of the app of its own on a loopback port (join, people search, then
 * waves of submissions, the later ones spread like a room's so they go through the write batchers as a room's
 * do), reads what the projector and facilitator read, and deletes everything it made. When it had crowd-sized
 * waves, a last small round follows on a fresh practice community: the practice room moved Neo4j's statistics
 * (hundreds of people made and removed), and Neo4j replans a statement whose statistics changed that much
 * once its plan is 10 s old, on its next use; that use is then the warm-up's, not the room's. The app's
 * caches, write batchers and compiled code are shared by both instances; its rate limits and live events are
 * not. `db` must be a plain connection (no health): after a restart the warm-up runs while health still refuses.
 */
export async function warmUp(db: Database, config: Config, logger: Logger, options: WarmUpOptions = {}): Promise<WarmUpReport> {
  const started = Date.now();
  const { waves, steadyWave, budgetMs, roomsGraceMs } = { ...DEFAULTS, ...options };
  await removePracticeCommunities(db);
  // The real rooms are only read: safe beside the practice room, and their data is what the first burst touches.
  // They never hold up the start: whatever is still being read when the practice is over finishes meanwhile.
  const reading = warmOpenWorkshops(db).catch((error: unknown) => {
    logger.warn({ err: error }, 'the warm-up could not read the open workshops');
    return 0;
  });
  const main = await practiceRound(db, config, logger, { waves, steadyWave, budgetMs, started });
  const settle =
    main.steadyWaves > 0
      ? await practiceRound(db, config, logger, { waves: [1, 4], steadyWave: 0, budgetMs: Infinity, started })
      : undefined;
  const rooms = await Promise.race([
    reading,
    new Promise<'still reading'>((resolve) => setTimeout(resolve, roomsGraceMs, 'still reading')),
  ]);
  const waveMs = [...main.waveMs, ...(settle?.waveMs ?? [])];
  const failures = main.failures + (settle?.failures ?? 0);
  const firstFailure = main.firstFailure ?? settle?.firstFailure;
  const report = {
    ms: Date.now() - started,
    waves: waveMs.length,
    waveMs,
    submissions: main.submissions + (settle?.submissions ?? 0),
    failures,
    ...(firstFailure ? { firstFailure } : {}),
    liveEvents: main.liveEvents + (settle?.liveEvents ?? 0),
    rooms,
  };
  if (failures > 0) logger.warn(report, 'warmed up the workshop paths, but some practice requests failed');
  else logger.info(report, 'warmed up the workshop paths');
  return report;
}

type Round = { waves: number[]; steadyWave: number; budgetMs: number; started: number };

/** One practice community, its waves, its reads, and its removal. */
async function practiceRound(db: Database, config: Config, logger: Logger, { waves, steadyWave, budgetMs, started }: Round) {
  const practice = practiceCommunity();
  const communityId = practice.community.id;
  let submissions = 0;
  let failures = 0;
  let steadyWaves = 0;
  let firstFailure: string | undefined;
  let practiceServer: { url: string; close: () => Promise<void> } | undefined;
  let projector: { events: () => number; close: () => Promise<void> } | undefined;
  const waveMs: number[] = [];
  try {
    const facilitatorId = await createPracticeCommunity(db, practice);
    const workshop = await createWorkshop(db, communityId, { id: randomUUID(), title: 'Warm-up', date: '2025-01-01', regionId: null });
    practiceServer = await servePracticeApp(db, config, logger);
    const { url } = practiceServer;
    // A projector on the practice workshop: the live path (publish, the subscription's execution, the event
    // stream) is compiled by the practice arrivals, not by the room's first one.
    projector = await practiceProjector(url, workshop.code, await createSession(db, facilitatorId));
    const send = async (query: string | { toString(): string }, variables: Record<string, unknown>, device: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [DEVICE_HEADER]: device },
        body: JSON.stringify({ query: String(query), variables }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors) {
        failures += 1;
        firstFailure ??= body.errors[0]?.message;
      }
    };
    const people = practice.people.map((p) => p.id);
    const sendWave = async (wave: number, size: number, spreadMs = 0) => {
      const waveStarted = Date.now();
      await Promise.all(
        Array.from({ length: size }, async (_, i) => {
          if (spreadMs > 0) await new Promise((resolve) => setTimeout(resolve, (i * spreadMs) / size));
          const device = `warm-up-${wave}-${i}`;
          await send(JOIN_QUERY, { code: workshop.code }, device);
          await send(PEOPLE_SEARCH_QUERY, { code: workshop.code, search: 'ana' }, device);
          const input = practiceAnswers(wave * 1000 + i, practice, people);
          await send(SUBMIT_SURVEY_MUTATION, { code: workshop.code, input }, device);
          if (i % 10 === 0) await send(SUBMIT_SURVEY_MUTATION, { code: workshop.code, input }, device); // a retry
          submissions += 1;
        }),
      );
      const ms = Date.now() - waveStarted;
      logger.debug({ wave, size, ms }, 'warm-up wave');
      return ms;
    };
    const inBudget = () => Date.now() - started < budgetMs;
    for (const [wave, size] of waves.entries()) {
      if (wave > 0 && !inBudget()) break;
      waveMs.push(await sendWave(wave, size));
    }
    if (steadyWave > 0 && waveMs.length === waves.length) {
      while (steadyWaves < STEADY_WAVES && inBudget()) {
        waveMs.push(await sendWave(waveMs.length, steadyWave, STEADY_SPREAD_MS));
        steadyWaves += 1;
      }
    }
    const facilitator = { admin: false, curated: [communityId] };
    await Promise.all([
      countResponses(db, workshop.id),
      listResponses(db, workshop.id, facilitator),
      listedArrivals(db, workshop.id),
      cachedCommunityMap(db, communityId, 'curated'),
    ]);
  } finally {
    await projector?.close();
    await practiceServer?.close();
    await removePracticeCommunities(db);
  }
  return { waveMs, steadyWaves, submissions, failures, firstFailure, liveEvents: projector?.events() ?? 0 };
}

/** The practice workshop's live stream as a projector opens it (a facilitator's session), counting its events. */
async function practiceProjector(url: string, code: string, session: string) {
  const controller = new AbortController();
  const query = new URLSearchParams({ query: String(WORKSHOP_ACTIVITY_SUBSCRIPTION), variables: JSON.stringify({ code }) });
  const response = await fetch(`${url}/graphql?${query}`, {
    headers: { accept: 'text/event-stream', cookie: `${SESSION_COOKIE}=${session}` },
    signal: controller.signal,
  });
  let events = 0;
  const reading = (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) events += read.value.split('event: next').length - 1;
  })().catch(() => {}); // aborted at the end of the round
  return {
    events: () => events,
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}

/**
 * A room's answers look their community's records up by id and normalized name (people also by skeleton and
 * email, for possible duplicates) and walk their ties: the same seeks, once per record, bring those index and
 * store pages in. A statement per label, so they run side by side.
 */
const PAGES = [
  `MATCH (p:Person {communityId: $communityId})
   RETURN sum(COUNT { (:Person {id: p.id}) }) + sum(COUNT { (:Person {communityId: $communityId, normName: p.normName}) })
        + sum(COUNT { (:Person {communityId: $communityId, skeleton: p.skeleton}) })
        + sum(COUNT { (:Person {communityId: $communityId, normEmail: p.normEmail}) }) + sum(COUNT { (p)--() }) AS touched`,
  `MATCH (o:Organization {communityId: $communityId})
   RETURN sum(COUNT { (:Organization {id: o.id}) }) + sum(COUNT { (:Organization {communityId: $communityId, normName: o.normName}) }) AS touched`,
  `MATCH (i:Interest {communityId: $communityId})
   RETURN sum(COUNT { (:Interest {id: i.id}) }) + sum(COUNT { (:Interest {communityId: $communityId, normName: i.normName}) }) + sum(size(i.normSynonyms)) AS touched`,
  `MATCH (r:Region {communityId: $communityId}) RETURN sum(COUNT { (:Region {id: r.id}) }) AS touched`,
];

/**
 * Reads what a room's first answers touch in the open workshops of real communities (most recent first):
 * their people, organizations, interests and ties into Neo4j's page cache (a fresh Neo4j reads every page
 * from disk the first time), and the app's caches the join page and the projector read. Read-only.
 * Returns how many workshops it warmed.
 */
async function warmOpenWorkshops(db: Database): Promise<number> {
  const open = await readTx(db, async (tx) =>
    (
      await tx.run(
        `MATCH (w:Workshop {status: 'OPEN'}) MATCH (c:Community {id: w.communityId}) WHERE c.warmUp IS NULL
         RETURN w.id AS workshopId, c.id AS communityId ORDER BY w.date DESC LIMIT $rooms`,
        { rooms: neo4j.int(ROOMS) },
      )
    ).records.map((r) => ({ workshopId: r.get('workshopId') as string, communityId: r.get('communityId') as string })),
  );
  const communities = [...new Set(open.map((w) => w.communityId))];
  await Promise.all([
    ...communities.flatMap((communityId) => PAGES.map((cypher) => readTx(db, (tx) => tx.run(cypher, { communityId })))),
    ...communities.flatMap((communityId) => [cachedInterests(db, communityId), cachedCommunityMap(db, communityId, 'curated')]),
    ...open.flatMap(({ workshopId }) => [countResponses(db, workshopId), listedArrivals(db, workshopId)]),
  ]);
  return open.length;
}

/** The app on a free loopback port, for the warm-up only. */
async function servePracticeApp(db: Database, config: Config, logger: Logger) {
  const app = createApp({ db, config, logger: logger.child({ warmUp: true }, { level: 'error' }) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/**
 * The practice community in one statement, marked `warmUp` from its first moment (a seed import would plan
 * half a dozen statements that no workshop runs, which costs seconds on a cold Neo4j), with a practice
 * facilitator (no password: it cannot sign in) for the practice projector. Returns the facilitator's id.
 */
async function createPracticeCommunity(db: Database, practice: CommunityData): Promise<string> {
  const named = <T extends { name: string }>(rows: T[]) => rows.map((r) => ({ ...r, normName: normalizeName(r.name) }));
  const facilitatorId = randomUUID();
  const facilitatorEmail = `warm-up-${facilitatorId}@warm-up.invalid`;
  await writeTx(
    db,
    (tx) =>
      tx.run(
        `CREATE (c:Community {id: $c.id, slug: $c.slug, name: $c.name, description: $c.description, warmUp: true, createdAt: datetime()})
         CREATE (:User {id: $facilitatorId, email: $facilitatorEmail, normEmail: $facilitatorEmail, role: 'FACILITATOR', warmUp: true, createdAt: datetime()})-[:FACILITATES]->(c)
         FOREACH (r IN $regions | CREATE (:Region {id: r.id, communityId: c.id, name: r.name, normName: r.normName}))
         FOREACH (o IN $organizations | CREATE (:Organization {id: o.id, communityId: c.id, name: o.name, normName: o.normName, kind: o.kind}))
         FOREACH (i IN $interests | CREATE (:Interest {id: i.id, communityId: c.id, name: i.name, normName: i.normName, nameEs: i.nameEs,
                                                       nameEn: i.nameEn, synonyms: [], normSynonyms: [], synonymsText: ''}))
         FOREACH (p IN $people | CREATE (:Person {id: p.id, communityId: c.id, name: p.name, normName: p.normName, role: p.role,
                                                  participation: p.participation, listed: p.listed, contactable: p.contactable}))`,
        {
          c: practice.community,
          regions: named(practice.regions),
          organizations: named(practice.organizations),
          interests: named(practice.interests),
          people: named(practice.people),
          facilitatorId,
          facilitatorEmail,
        },
      ),
    { community: practice.community.id },
  );
  return facilitatorId;
}

/** Everything a warm-up makes, including what an interrupted one left behind. */
async function removePracticeCommunities(db: Database): Promise<void> {
  await writeTx(db, async (tx) => {
    await tx.run('MATCH (u:User {warmUp: true}) OPTIONAL MATCH (u)-[:HAS_SESSION]->(s:Session) DETACH DELETE s, u');
    await tx.run(
      `MATCH (c:Community {warmUp: true})
       CALL (c) { MATCH (w:Workshop {communityId: c.id}) MATCH (s:Submission {workshopId: w.id}) DETACH DELETE s }
       CALL (c) { MATCH (:Person {communityId: c.id})<-[:OPENS]-(l:PrivateLink) DETACH DELETE l }
       CALL (c) { MATCH (p:Person {communityId: c.id}) DETACH DELETE p }
       CALL (c) { MATCH (o:Organization {communityId: c.id}) DETACH DELETE o }
       CALL (c) { MATCH (i:Interest {communityId: c.id}) DETACH DELETE i }
       CALL (c) { MATCH (r:Region {communityId: c.id}) DETACH DELETE r }
       CALL (c) { MATCH (w:Workshop {communityId: c.id}) DETACH DELETE w }
       DETACH DELETE c`,
    );
  });
}

function practiceCommunity(): CommunityData {
  const id = randomUUID();
  const named = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: randomUUID(), name: `${prefix} ${i + 1}` }));
  const regions = named('Región', 5);
  const organizations = named('Organización', 8).map((o, i) => ({ ...o, kind: 'NGO' as const, regionId: regions[i % 5]!.id }));
  const interests = named('Tema', 12).map((t) => ({ ...t, nameEs: t.name, nameEn: `Topic ${t.name.slice(5)}`, synonyms: [] }));
  const people = Array.from({ length: 40 }, (_, i) => ({
    id: randomUUID(),
    name: `Ana Práctica ${i + 1}`,
    email: null,
    role: 'Brigadista',
    participation: 'ACTIVE' as const,
    listed: true,
    contactable: true,
    organizationId: organizations[i % 8]!.id,
    regionId: regions[i % 5]!.id,
    offers: [interests[i % 12]!.id],
    seeks: [interests[(i + 5) % 12]!.id],
  }));
  return {
    community: { id, slug: `warm-up-${id.slice(0, 8)}`, name: 'Warm-up', description: 'Made and removed by the warm-up at start.' },
    regions,
    organizations,
    interests,
    people,
    ties: [],
  };
}

/** Answers like a room's: known and new organizations and interests, ties by id and by name, some emails. */
function practiceAnswers(n: number, practice: CommunityData, people: string[]) {
  const pick = <T>(items: T[], k: number) => items[k % items.length]!;
  return {
    submissionId: randomUUID(),
    name: `Participante ${n}`,
    email: n % 3 === 0 ? `warm-up-${n}@example.org` : null,
    role: 'Técnico',
    organization: n % 2 === 0 ? { id: pick(practice.organizations, n).id } : { name: `Brigada ${n % 7}` },
    regionId: pick(practice.regions, n).id,
    offers: [{ id: pick(practice.interests, n).id }, { name: `Tema nuevo ${n % 5}` }],
    seeks: [{ name: pick(practice.interests, n + 3).name }],
    knows: [
      { personId: pick(people, n) },
      { personId: pick(people, n * 7) },
      { name: `Luis Práctica ${n % 9}`, organization: `Brigada ${n % 7}` },
    ],
    consent: { listed: n % 4 !== 0, contactable: n % 2 === 0 },
  };
}
