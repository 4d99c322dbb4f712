import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.ts';

/**
 * The last word on errors from express routes. Errors express itself marks as the client's (a path whose
 * percent-encoding does not decode, a malformed body) keep their 4xx status and get BAD_USER_INPUT;
 * anything else is ours: logged, and answered 500 "Unexpected error." with no detail.
 */
export function answerRouteErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const status = Number((error as { status?: unknown })?.status);
    if (status >= 400 && status < 500) {
      res.status(status).json({ error: 'The request is malformed.', code: 'BAD_USER_INPUT' });
      return;
    }
    logger.error({ err: error }, 'unhandled error in an HTTP route');
    res.status(500).json({ error: 'Unexpected error.' });
  };
}
