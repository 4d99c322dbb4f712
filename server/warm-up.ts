// The workshop's paths, run once before the app says ready: a freshly started Neo4j plans every Cypher query
// the first time it sees it and runs its hottest code interpreted until the JVM has compiled it, and Node
// compiles ours the same way. A room that submits right after a start (or retries right after a crash) would
// otherwise pay for all of it at once.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { JOIN_QUERY, PEOPLE_SEARCH_QUERY, SUBMIT_SURVEY_MUTATION } from '../client/src/survey/queries.ts';
import { createApp } from './app.ts';
import { cachedCommunityMap } from './communities/map-cache.ts';
import { importCommunity } from './communities/import-repository.ts';
import type { CommunityData } from './communities/import-repository.ts';
import type { Config } from './config.ts';
import type { Database } from './db/transaction.ts';
import { writeTx } from './db/transaction.ts';
import { DEVICE_HEADER } from './graphql/yoga.ts';
import type { Logger } from './logger.ts';
import { countResponses, createWorkshop, listResponses } from './workshops/workshop-repository.ts';

export type WarmUpOptions = {
  /** The phones of the practice room, sent in waves of growing size (the last waves overlap like a burst). */
  waves?: number[];
};

export type WarmUpReport = { ms: number; wavesMs: number; submissions: number; failures: number; firstFailure?: string };

// Enough for the JVM to compile the hot paths of the submission and link statements (measured with
// bench/survey-burst.ts: fewer left the first real burst's p50 well above a warm one's).
const DEFAULT_WAVES = [1, 4, 16, 40, 80, 120, 120];

/**
 * Creates a practice community (marked `warmUp`; nobody may read GraphQL meanwhile), sends the phone's own
 * operations over HTTP to an instance of the app of its own on a loopback port (join, people search, then
 * waves of submissions, the later ones concurrent so they go through the write batchers as a room's do),
 * reads what the projector and facilitator read, and deletes everything it made. The app's caches, write
 * batchers and compiled code are shared by both instances; its rate limits and live events are not. `db`
 * must be a plain connection (no health): after a restart the warm-up runs while health still refuses.
 */
export async function warmUp(db: Database, config: Config, logger: Logger, options: WarmUpOptions = {}): Promise<WarmUpReport> {
  const started = Date.now();
  const waves = options.waves ?? DEFAULT_WAVES;
  await removePracticeCommunities(db);
  const practice = practiceCommunity();
  const communityId = practice.community.id;
  let submissions = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  let practiceServer: { url: string; close: () => Promise<void> } | undefined;
  let wavesMs: number;
  try {
    await writeTx(db, (tx) => tx.run('MERGE (c:Community {id: $id}) SET c.warmUp = true', { id: communityId }), { community: communityId });
    await importCommunity(db, practice);
    const workshop = await createWorkshop(db, communityId, { id: randomUUID(), title: 'Warm-up', date: '2025-01-01', regionId: null });
    practiceServer = await servePracticeApp(db, config, logger);
    const wavesStarted = Date.now();
    const { url } = practiceServer;
    const send = async (query: string, variables: Record<string, unknown>, device: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [DEVICE_HEADER]: device },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors) {
        failures += 1;
        firstFailure ??= body.errors[0]?.message;
      }
    };
    const people = practice.people.map((p) => p.id);
    for (const [wave, size] of waves.entries()) {
      const waveStarted = Date.now();
      await Promise.all(
        Array.from({ length: size }, async (_, i) => {
          const device = `warm-up-${wave}-${i}`;
          await send(JOIN_QUERY, { code: workshop.code }, device);
          await send(PEOPLE_SEARCH_QUERY, { code: workshop.code, search: 'ana' }, device);
          const input = practiceAnswers(wave * 1000 + i, practice, people);
          await send(SUBMIT_SURVEY_MUTATION, { code: workshop.code, input }, device);
          if (i % 10 === 0) await send(SUBMIT_SURVEY_MUTATION, { code: workshop.code, input }, device); // a retry
          submissions += 1;
        }),
      );
      logger.debug({ wave, size, ms: Date.now() - waveStarted }, 'warm-up wave');
    }
    wavesMs = Date.now() - wavesStarted;
    const facilitator = { admin: false, curated: [communityId] };
    await Promise.all([countResponses(db, workshop.id), listResponses(db, workshop.id, facilitator), cachedCommunityMap(db, communityId, 'curated')]);
  } finally {
    await practiceServer?.close();
    await removePracticeCommunities(db);
  }
  const report = { ms: Date.now() - started, wavesMs, submissions, failures, ...(firstFailure ? { firstFailure } : {}) };
  if (failures > 0) logger.warn(report, 'warmed up the workshop paths, but some practice requests failed');
  else logger.info(report, 'warmed up the workshop paths');
  return report;
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

/** Everything a warm-up makes, including what an interrupted one left behind. */
async function removePracticeCommunities(db: Database): Promise<void> {
  await writeTx(db, async (tx) => {
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
  const named = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => ({ id: randomUUID(), name: `${prefix} ${i + 1}` }));
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
  const ties = people.slice(1).map((p, i) => ({ from: p.id, to: people[i]!.id, confirmed: false }));
  return {
    community: { id, slug: `warm-up-${id.slice(0, 8)}`, name: 'Warm-up', description: 'Made and removed by the warm-up at start.' },
    regions,
    organizations,
    interests,
    people,
    ties,
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
    knows: [{ personId: pick(people, n) }, { personId: pick(people, n * 7) }, { name: `Luis Práctica ${n % 9}`, organization: `Brigada ${n % 7}` }],
    consent: { listed: n % 4 !== 0, contactable: n % 2 === 0 },
  };
}
