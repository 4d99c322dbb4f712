// The whole running app, as `npm start` runs it: database (the local Neo4j supervised), HTTP server, start-up
// work (migrations, demo, warm-up) retried until Neo4j answers, readiness, and a shutdown that drains requests.
// Built apart from main.ts so tests run exactly this, in process, and can stop it as a signal would.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoShareTokenHash, seedDemoIfEmpty } from '../seed/load.ts';
import { createApp } from './app.ts';
import { issueFirstAdminToken } from './auth/first-admin.ts';
import { ensureClientBuilt } from './client-build.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/database.ts';
import { createInstanceState } from './instance-state.ts';
import type { OpenDatabase, OpenOptions } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { migrateShareLinks } from './sharing/share-link-repository.ts';
import { pruneFinishedLinksNow } from './auth/one-time-links.ts';
import { trackRequests } from './http/request-drain.ts';
import type { DrainResult } from './http/request-drain.ts';
import type { Logger } from './logger.ts';
import { createMetrics } from './observability/metrics.ts';
import { publicBaseUrl } from './public-url.ts';
import { warmUp } from './warm-up.ts';
import type { WarmUpOptions } from './warm-up.ts';

const RESTART_WARM_UP_MS = 5_000;

export type Tejido = {
  /** Where it listens (the real port when config.port is 0). */
  url: string;
  db: OpenDatabase;
  server: Server;
  /** Settles once migrations, the demo and the warm-up are done (or the app stopped first). */
  ready: Promise<void>;
  /** Stops accepting, finishes the requests in flight within `drainMs`, closes the driver and the local Neo4j. */
  stop: (reason: string) => Promise<DrainResult>;
};

export type TejidoOptions = {
  config: Config;
  logger: Logger;
  /** How long requests in flight get to finish at shutdown. */
  drainMs?: number;
  /** How long to wait between start-up attempts while Neo4j does not answer. */
  bootstrapRetryMs?: number;
  restartBackoff?: OpenOptions['restartBackoff'];
  /** A smaller practice room than the default (tests); config.warmUp still decides whether there is one. */
  warmUpRoom?: WarmUpOptions;
};

/** Throws when the local Neo4j cannot be started or the port cannot be listened on. */
export async function startTejido(options: TejidoOptions): Promise<Tejido> {
  const { config, logger, drainMs = 10_000, bootstrapRetryMs = 5_000, restartBackoff, warmUpRoom } = options;
  const startedAt = Date.now();
  let phase: 'starting' | 'ready' | 'stopping' = 'starting';
  // Everything this instance keeps in memory about its data, made here, reached through db.state.
  const state = createInstanceState();
  const db = await openDatabase(config, logger, {
    state,
    restartBackoff,
    // A restarted Neo4j is as cold as a fresh start: the room's retries would all land on it at once. The room
    // is waiting, though: only the small waves that plan every statement, within a few seconds, and the open
    // workshops read while the room is let in.
    afterRestart: async (plain) => {
      if (config.warmUp)
        await warmUp(plain, config, logger, { steadyWave: 0, budgetMs: RESTART_WARM_UP_MS, roomsGraceMs: 0, ...warmUpRoom });
    },
  });
  const clientDir = config.serveClient ? await ensureClientBuilt(logger) : undefined;
  const metrics = createMetrics({ health: db.health, local: db.local, caches: db.state.cacheStatistics });
  const app = createApp({ db, config, logger, clientDir, metrics, isBootstrapped: () => phase === 'ready' });
  const server = app.listen(config.port, config.host);
  const requests = trackRequests(server);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = publicBaseUrl(config, port);
  logger.info({ url }, 'Tejido is listening');

  /** Migrations, the demo and the warm-up, retried until Neo4j answers: /readyz and GraphQL say 503 meanwhile. */
  async function bootstrap(): Promise<void> {
    // The warm-up runs beside health, like the requests it stands in for (health is up while starting).
    const plain = { driver: db.driver, database: db.database, state: db.state };
    while (phase === 'starting') {
      try {
        await migrate(db);
        await migrateShareLinks(db, await demoShareTokenHash(db));
        // Links that stopped working long ago (one-time-links.ts); every new link's write prunes them too.
        await pruneFinishedLinksNow(db);
        if (config.seedDemo && (await seedDemoIfEmpty(db))) logger.info('loaded the CAMAFU demo community');
        if (config.warmUp) {
          await warmUp(plain, config, logger, warmUpRoom).catch((error: unknown) => {
            // A cold first burst is better than no workshop at all; a database that went away is found below.
            logger.error({ err: error }, 'the warm-up failed; serving without it');
          });
        }
        if (phase !== 'starting') return;
        phase = 'ready';
        logger.info({ ms: Date.now() - startedAt }, 'database ready');
        const setupToken = await issueFirstAdminToken(db);
        if (setupToken) {
          logger.info(
            { url: `${url}/setup/${setupToken}` },
            'no account yet: open this one-time link to create the first admin (or use npm run admin:create)',
          );
        }
        return;
      } catch (error) {
        if (phase === 'ready') {
          logger.error({ err: error }, 'could not issue the first-admin link');
          return;
        }
        const reason = error instanceof Error ? error.message : String(error);
        logger.error({ uri: db.uri, reason }, `Neo4j is not reachable; retrying in ${bootstrapRetryMs / 1000} s`);
        await new Promise((r) => setTimeout(r, bootstrapRetryMs));
      }
    }
  }

  let stopped: Promise<DrainResult> | undefined;
  async function stop(reason: string): Promise<DrainResult> {
    phase = 'stopping';
    logger.info({ reason, inFlight: requests.inFlight() }, 'shutting down: finishing the requests in flight');
    const drained = await requests.drain(drainMs);
    if (drained.cut > 0) logger.warn(drained, `shutdown cut ${drained.cut} requests still running after ${drainMs} ms`);
    else logger.info(drained, 'every request in flight was answered');
    await db.close();
    logger.info('stopped');
    return drained;
  }

  return { url, db, server, ready: bootstrap(), stop: (reason) => (stopped ??= stop(reason)) };
}
