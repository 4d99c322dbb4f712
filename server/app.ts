import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from './config.ts';
import type { Database } from './db/transaction.ts';
import { SESSION_COOKIE } from './auth/request-viewer.ts';
import { exportRoutes } from './exports/export-routes.ts';
import { CSRF_HEADER, createGraphQLHandler } from './graphql/yoga.ts';
import type { Logger } from './logger.ts';
import { createEvents } from './graphql/pubsub.ts';
import { createRateLimits } from './rate-limits.ts';
import { refuseUntilReady } from './http/readiness-gate.ts';
import { createEpisodeLog } from './observability/episode-log.ts';
import { createMetrics } from './observability/metrics.ts';
import type { Metrics } from './observability/metrics.ts';
import { metricsRoute } from './observability/metrics-route.ts';
import { createRequestObserver } from './observability/request-observer.ts';

export type AppDeps = {
  db: Database;
  config: Config;
  logger: Logger;
  /** Built client (vite build output) to serve, if any. */
  clientDir?: string;
  /**
   * Whether start-up work (migrations, demo, warm-up) is done and the app is not shutting down; until then
   * /readyz says 503 and GraphQL answers 503 DB_UNAVAILABLE (see http/readiness-gate.ts).
   */
  isBootstrapped?: () => boolean;
  /** Prometheus metrics; an app of its own gets its own. */
  metrics?: Metrics;
};

// Large enough for a 10,000-row paper-survey CSV; anything bigger is refused before parsing.
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** The whole HTTP app, built apart from listen() so tests can serve it on any port. */
export function createApp(deps: AppDeps) {
  const { db, config, logger, clientDir } = deps;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', true);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    const bootstrapped = deps.isBootstrapped?.() ?? true;
    try {
      if (db.health && !db.health.isUp()) throw new Error('known down (or restarting)');
      await db.driver.getServerInfo({ database: db.database }); // one attempt, no retries: readiness must answer fast
      res.status(bootstrapped ? 200 : 503).json({ status: bootstrapped ? 'ready' : 'starting', neo4j: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', neo4j: 'down' });
    }
  });

  const metrics = deps.metrics ?? createMetrics({ health: db.health });
  const observer = createRequestObserver({ metrics, episodes: createEpisodeLog(logger), slowMs: config.slowRequestMs });
  app.get('/metrics', metricsRoute(metrics, config.metricsToken));

  const isReady = () => deps.isBootstrapped?.() ?? true;
  app.use('/graphql', refuseUntilReady({ isReady, health: db.health, observer }), refuseOversizedBodies, refuseCookieWithoutCsrfHeader);
  const yoga = createGraphQLHandler({ db, logger, config, events: createEvents(), limits: createRateLimits(), plugins: [observer.plugin] });
  app.use(yoga.graphqlEndpoint, (req, res) => yoga(req, res, { req, res }));

  app.use(exportRoutes(db));

  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes (/c/camafu, /join/CODE…) all load the single-page app.
    app.get(/^\/(?!graphql|healthz|readyz|export\/|templates\/).*/, (_req, res) => {
      res.sendFile(path.join(clientDir, 'index.html'));
    });
  }

  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    logger.error({ err: error }, 'unhandled error in an HTTP route');
    res.status(500).json({ error: 'Unexpected error.' });
  });
  return app;
}

function graphqlError(res: Response, status: number, message: string, code: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

function refuseOversizedBodies(req: Request, res: Response, next: NextFunction) {
  if (Number(req.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    return graphqlError(res, 413, `Request body is larger than ${MAX_BODY_BYTES} bytes.`, 'BAD_USER_INPUT');
  }
  next();
}

/** A session cookie on a POST without our custom header may come from another site: refuse it. */
function refuseCookieWithoutCsrfHeader(req: Request, res: Response, next: NextFunction) {
  const hasSession = (req.get('cookie') ?? '').includes(`${SESSION_COOKIE}=`);
  if (req.method === 'POST' && hasSession && !req.get(CSRF_HEADER)) {
    return graphqlError(res, 403, `Cookie-authenticated requests need the ${CSRF_HEADER} header.`, 'FORBIDDEN');
  }
  next();
}
