import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Metrics } from './metrics.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * GET /metrics in Prometheus' text format. With a token configured, only `Authorization: Bearer <token>` is
 * answered; without one, only a scraper on this machine talking to Tejido directly (a request relayed by a
 * proxy on this machine carries X-Forwarded-For and is refused): a workshop's Wi-Fi sees nothing.
 */
export function metricsRoute(metrics: Metrics, token: string | undefined) {
  return async (req: Request, res: Response) => {
    if (!(token ? hasBearer(req, token) : isLocalAndDirect(req))) {
      res
        .status(token ? 401 : 403)
        .type('text/plain')
        .send(token ? 'A bearer token is required.\n' : 'Set TEJIDO_METRICS_TOKEN to scrape from another machine.\n');
      return;
    }
    res.type(metrics.contentType).send(await metrics.text());
  };
}

function hasBearer(req: Request, token: string): boolean {
  const given = Buffer.from(req.get('authorization') ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function isLocalAndDirect(req: Request): boolean {
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && !req.get('x-forwarded-for') && !req.get('forwarded');
}
