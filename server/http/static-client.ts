import type { ServerResponse } from 'node:http';
import path from 'node:path';
import express from 'express';
import type { Request, RequestHandler, Response, Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Hashed build output: a new build gives new names, so a phone may keep these for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and the service worker: always asked again (a 304 when unchanged), so a deploy is seen at once. */
const REVALIDATE = 'no-cache';

function setCacheHeaders(res: ServerResponse, file: string) {
  const assets = `${path.sep}assets${path.sep}`;
  res.setHeader('Cache-Control', file.includes(assets) ? IMMUTABLE : REVALIDATE);
}

/** Client-side routes (/c/camafu, /w/ID…): everything that is not the API, an export or a health check. */
const PAGE_ROUTE = /^\/(?!graphql|healthz|readyz|export\/|templates\/).*/u;
/** The participant's pages, /join and /join/CODE[/done]: their own lean page (vite.survey.config.ts). */
const SURVEY_ROUTE = /^\/join(\/[^/]+(\/done)?)?\/?$/u;

/**
 * The built client: the brotli or gzip copy made at build time when the browser takes it (Accept-Encoding),
 * hashed assets cached for a year, the pages (join.html for the survey's routes, index.html for every other
 * page route) and sw.js revalidated each time. `surveyPage` (survey-page.ts), when given, answers the survey's
 * routes and join.html itself (the service worker's copy) in place of the file.
 */
export function staticClient(clientDir: string, surveyPage?: RequestHandler): Router {
  const router = express.Router();
  if (surveyPage) router.get('/join.html', surveyPage);
  const files = expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    // The ETag alone revalidates a page (Last-Modified would repeat it on every response, a phone's bytes).
    serveStatic: { index: false, lastModified: false, setHeaders: setCacheHeaders },
  });
  router.use(files);
  router.get(PAGE_ROUTE, (req: Request, res: Response, next) => {
    if (surveyPage && SURVEY_ROUTE.test(req.path)) return surveyPage(req, res, next);
    req.url = SURVEY_ROUTE.test(req.path) ? '/join.html' : '/index.html';
    files(req, res, next);
  });
  return router;
}
