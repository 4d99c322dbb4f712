import type { ServerResponse } from 'node:http';
import path from 'node:path';
import express from 'express';
import type { Request, Response, Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Hashed build output: a new build gives new names, so a phone may keep these for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and the service worker: always asked again (a 304 when unchanged), so a deploy is seen at once. */
const REVALIDATE = 'no-cache';

function setCacheHeaders(res: ServerResponse, file: string) {
  const assets = `${path.sep}assets${path.sep}`;
  res.setHeader('Cache-Control', file.includes(assets) ? IMMUTABLE : REVALIDATE);
}

/** Client-side routes (/c/camafu, /join/CODE…): everything that is not the API, an export or a health check. */
const PAGE_ROUTE = /^\/(?!graphql|healthz|readyz|export\/|templates\/).*/u;

/**
 * The built client: the brotli or gzip copy made at build time when the browser takes it (Accept-Encoding),
 * hashed assets cached for a year, index.html (every page route loads it) and sw.js revalidated each time.
 */
export function staticClient(clientDir: string): Router {
  const router = express.Router();
  const files = expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { index: false, setHeaders: setCacheHeaders },
  });
  router.use(files);
  router.get(PAGE_ROUTE, (req: Request, res: Response, next) => {
    req.url = '/index.html';
    files(req, res, next);
  });
  return router;
}
