import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from './config.ts';
import type { Database } from './db/transaction.ts';
import { SESSION_COOKIE } from './auth/request-viewer.ts';
import { exportRoutes } from './exports/export-routes.ts';
import { CSRF_HEADER, createGraphQLHandler } from './graphql/yoga.ts';
import { readBodyWithinLimit } from './http/body-limit.ts';
import { answerRouteErrors } from './http/error-handler.ts';
import { requireJsonPosts } from './http/content-type.ts';
import { compressJson } from './http/compress-json.ts';
import { refuseGraphQLRequest } from './http/graphql-refusal.ts';
import { securityHeaders } from './http/security-headers.ts';
import { staticClient } from './http/static-client.ts';
import { inlineScriptHashes, readSurveyPage, surveyPage } from './http/survey-page.ts';
import type { Logger } from './logger.ts';
import { createEvents } from './graphql/pubsub.ts';
import { createRateLimits } from './rate-limits.ts';
import type { RateLimits } from './rate-limits.ts';
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
  /** Rate limits (tests pass smaller budgets). */
  limits?: RateLimits;
  /** Prometheus metrics; an app of its own gets its own. */
  metrics?: Metrics;
};

/** The whole HTTP app, built apart from listen() so tests can serve it on any port. */
export function createApp(deps: AppDeps) {
  const { db, config, logger, clientDir } = deps;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', true);
  const built = clientDir && existsSync(path.join(clientDir, 'index.html')) ? clientDir : null;
  // The survey's page runs its code inline: the policy allows exactly its scripts, by their hashes.
  const surveyHtml = built && existsSync(path.join(built, 'join.html')) ? readSurveyPage(built) : null;
  app.use(securityHeaders(config.env, surveyHtml ? inlineScriptHashes(surveyHtml) : []));

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

  const metrics = deps.metrics ?? createMetrics({ health: db.health, caches: db.state.cacheStatistics });
  const observer = createRequestObserver({ metrics, episodes: createEpisodeLog(logger), logger, slowMs: config.slowRequestMs });
  app.get('/metrics', metricsRoute(metrics, config.metricsToken));

  const isReady = () => deps.isBootstrapped?.() ?? true;
  app.use(
    '/graphql',
    refuseUntilReady({ isReady, health: db.health, observer }),
    refuseCookieWithoutCsrfHeader,
    requireJsonPosts,
    readBodyWithinLimit,
    compressJson(),
  );
  const limits = deps.limits ?? createRateLimits();
  const yoga = createGraphQLHandler({ db, logger, config, events: createEvents(), limits, plugins: [observer.plugin] });
  app.use(yoga.graphqlEndpoint, (req, res) => yoga(req, res, { req, res }));

  app.use(exportRoutes(db));

  if (built) {
    // /join/CODE's page carries the workshop's lists, looked up through this same endpoint (same limits, same answer).
    const survey = surveyHtml
      ? surveyPage({
          html: surveyHtml,
          isReady,
          execute: (body, req, res) =>
            yoga.fetch(
              `http://localhost${yoga.graphqlEndpoint}`,
              {
                method: 'POST',
                headers: { 'content-type': 'application/json', accept: 'application/json' },
                body: JSON.stringify(body),
              },
              { req, res },
            ),
        })
      : undefined;
    app.use(staticClient(built, survey));
  }

  app.use(answerRouteErrors(logger));
  return app;
}

/** A session cookie on a POST without our custom header may come from another site: refuse it. */
function refuseCookieWithoutCsrfHeader(req: Request, res: Response, next: NextFunction) {
  const hasSession = (req.get('cookie') ?? '').includes(`${SESSION_COOKIE}=`);
  if (req.method === 'POST' && hasSession && !req.get(CSRF_HEADER)) {
    return refuseGraphQLRequest(req, res, 403, 'FORBIDDEN', `Cookie-authenticated requests need the ${CSRF_HEADER} header.`);
  }
  next();
}
