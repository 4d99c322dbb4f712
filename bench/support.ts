// Shared pieces of the benchmarks: a real Neo4j (NEO4J_URI, or a local one on its own port and store),
// the real app on a free port, and figures.
import { createInstanceState } from '../server/instance-state.ts';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { hashPassword } from '../server/auth/passwords.ts';
import { upsertUser } from '../server/auth/user-repository.ts';
import type { CommunityData } from '../server/communities/import-repository.ts';
import { importCommunity } from '../server/communities/import-repository.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver } from '../server/db/database.ts';
import { startLocalNeo4j } from '../server/db/local-neo4j.ts';
import { migrate } from '../server/db/migrate.ts';
import type { Database } from '../server/db/transaction.ts';
import { createLogger } from '../server/logger.ts';

export async function benchDatabase(): Promise<{ db: Database; close: () => Promise<void> }> {
  const logger = createLogger('warn');
  let uri = process.env.NEO4J_URI;
  let stop = async () => {};
  if (!uri) {
    const dataDir = path.resolve('.data/bench');
    await rm(dataDir, { recursive: true, force: true });
    const local = await startLocalNeo4j({ dataDir, port: Number(process.env.TEJIDO_BENCH_NEO4J_PORT ?? 7692), heap: '512m', logger });
    uri = local.uri;
    stop = local.stop;
  }
  const driver = createDriver(uri, process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
  const db = { driver, database: process.env.NEO4J_DATABASE || undefined, state: createInstanceState() };
  await migrate(db);
  return { db, close: async () => (await driver.close(), await stop()) };
}

/** The real app on a free port; with `clientDir` it also serves the built client (browser benchmarks). */
export async function benchServer(db: Database, { clientDir }: { clientDir?: string } = {}) {
  const app = createApp({ db, config: loadConfig({ NODE_ENV: 'production' }), logger: createLogger('warn'), clientDir });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** p50/p95/max of millisecond samples, rounded for printing. */
export function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { n: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1) ?? NaN) };
}

export const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

/** Loads a generated community, saying the machine's load first (benchmarks run on shared machines) and how long it took. */
export async function loadCommunity(db: Database, community: CommunityData): Promise<void> {
  console.log(
    `load average of the (shared) machine at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const started = performance.now();
  await importCommunity(db, community);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${community.people.length} people, ${community.ties.length} ties reported, loaded in ${seconds} s`);
}

/** Posts GraphQL to the bench server, with a session cookie or none; a GraphQL error throws. */
export async function post(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tejido-csrf': '1', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { body, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

/** A facilitator of the community, signed in through the API: their session cookie. */
export async function facilitatorCookie(db: Database, url: string, communitySlug: string): Promise<string> {
  const email = `bench-${randomUUID().slice(0, 6)}@example.org`;
  const password = 'a long benchmark password';
  await upsertUser(db, { email, passwordHash: await hashPassword(password), role: 'FACILITATOR', communitySlugs: [communitySlug] });
  const signIn = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }';
  return (await post(url, signIn, { e: email, p: password })).cookie!;
}
