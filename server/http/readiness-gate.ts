import type { NextFunction, Request, Response } from 'express';
import { RETRY_AFTER_SECONDS } from '../db/database-health.ts';
import type { DatabaseHealth } from '../db/database-health.ts';
import type { RequestObserver } from '../observability/request-observer.ts';
import { refuseGraphQLRequest } from './graphql-refusal.ts';

export type ReadinessGateOptions = {
  /** Start-up work is done (migrations, demo, warm-up) and the app is not shutting down. */
  isReady: () => boolean;
  health?: DatabaseHealth;
  observer?: RequestObserver;
  /** Seconds a refused client is told to wait (Retry-After). */
  retryAfterSeconds?: number;
};

/**
 * GraphQL answers only while /readyz would say ready. Before migrations have run nothing may be written
 * (the uniqueness constraints may not exist yet), before the warm-up a burst would meet a cold database,
 * while shutting down new work would be cut, and while Neo4j is known to be down every operation would fail
 * anyway: in all these cases every GraphQL request (query, mutation, or a subscription's event stream) is
 * answered at once with HTTP 503, `Retry-After`, and the one error code a phone retries on, DB_UNAVAILABLE.
 * An event stream refused by status is retried by the browser's projector page; one refused inside a
 * 200 stream would not be.
 */
export function refuseUntilReady({ isReady, health, observer, retryAfterSeconds = RETRY_AFTER_SECONDS }: ReadinessGateOptions) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    let why: 'not ready' | 'database down' | null = null;
    if (!isReady()) {
      why = 'not ready';
    } else if (health && !health.isUp()) {
      try {
        await health.admit(); // one shared probe: the database may be back
      } catch {
        why = 'database down';
      }
    }
    if (why === null) return next();
    observer?.refused(why, performance.now() - started);
    const message =
      why === 'not ready'
        ? 'Tejido is starting or restarting; try again in a few seconds.'
        : 'The database is not available right now; try again shortly.';
    res.set('retry-after', String(retryAfterSeconds));
    refuseGraphQLRequest(req, res, 503, 'DB_UNAVAILABLE', message);
  };
}
