import type { ErrorRequestHandler } from 'express';
import { isAppError } from '../errors.ts';
import { RETRY_AFTER_SECONDS } from '../db/database-health.ts';
import { mapNeo4jError } from '../db/transaction.ts';
import type { Logger } from '../logger.ts';

/**
 * The last word on errors from express routes. Errors express itself marks as the client's (a path whose
 * percent-encoding does not decode, a malformed body) keep their 4xx status and get BAD_USER_INPUT; a
 * database that is down or restarting answers 503 DB_UNAVAILABLE with Retry-After, as GraphQL does (the
 * outage itself is logged once by database health, not here per request); anything else is ours: logged,
 * and answered 500 "Unexpected error." with no detail.
 */
export function answerRouteErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const status = Number((error as { status?: unknown })?.status);
    if (status >= 400 && status < 500) {
      res.status(status).json({ error: 'The request is malformed.', code: 'BAD_USER_INPUT' });
      return;
    }
    const mapped = mapNeo4jError(error);
    if (isAppError(mapped) && mapped.extensions.code === 'DB_UNAVAILABLE') {
      res.status(503).set('retry-after', String(RETRY_AFTER_SECONDS)).json({ error: mapped.message, code: 'DB_UNAVAILABLE' });
      return;
    }
    logger.error({ err: error }, 'unhandled error in an HTTP route');
    res.status(500).json({ error: 'Unexpected error.' });
  };
}
