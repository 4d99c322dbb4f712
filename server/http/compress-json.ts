import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * Compresses the API's JSON answers (brotli or gzip, by Accept-Encoding): the survey's lists of a community's
 * organizations and interests are the largest thing a phone downloads after the page itself. Only JSON, so a
 * live event stream (text/event-stream) is never held back in a compression buffer; answers under 1 KiB gain
 * too little to be worth it.
 */
export function compressJson(): RequestHandler {
  return compression({
    threshold: 1024,
    filter: (_req, res) => /\bjson\b/u.test(String(res.getHeader('Content-Type') ?? '')),
  });
}
