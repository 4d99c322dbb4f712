// The participant's page, join.html (built with its code, styles and messages inline: vite.survey.config.ts),
// for /join, /join/CODE[/done] and /join.html (the service worker's copy). On /join/CODE the server writes the
// workshop's survey lists into it: Chrome's "Slow 3G" holds every request 2 s, so a phone that asked for its
// code and then its lists waited three of them (7.5 s); one response is usable in under 3 s.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Request, RequestHandler, Response } from 'express';
// The survey's own lookup, as codegen wrote it (survey/queries.ts reaches Vite-only code; npm start is plain Node).
import { SurveyJoinDocument as JOIN_QUERY } from '../../client/src/gql/graphql.ts';
import { SURVEY_DATA_ELEMENT_ID } from '../../client/src/survey/page-data.ts';
import type { SurveyPageData } from '../../client/src/survey/page-data.ts';
import { SHARE_HEADER } from '../auth/request-viewer.ts';
import { normalizeJoinCode } from '../workshops/join-code.ts';

/** Runs one GraphQL request through the app's own endpoint (yoga.fetch), as the request `req` would. */
export type ExecuteGraphQL = (
  body: { query: string; variables: Record<string, unknown> },
  req: Request,
  res: Response,
) => globalThis.Response | Promise<globalThis.Response>;

type Encoding = 'br' | 'gzip' | 'identity';

/** The one path that names a workshop: its lists go into the page. */
const WORKSHOP_PAGE = /^\/join\/([^/]+)\/?$/u;
/** Pages differ by their lists alone: the few workshops open at a time and their changes, compressed once each. */
const CACHED_PAGES = 32;

/**
 * Hashes of the page's inline scripts for the Content-Security-Policy (`'sha256-…'`): the browser runs these
 * scripts and no other inline one. The data script is JSON (type application/json), which is never run.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
    if (/\bsrc=/iu.test(attributes!) || /application\/json/iu.test(attributes!)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * JSON that cannot end its <script> element or open a comment in it: every `<`, `>` and `&` as a \u escape
 * (JSON.parse reads them back), and U+2028/U+2029, which older JavaScript parsers took for line ends.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The page with the data element before </body>; the page's module script runs after the document is parsed. */
export function pageWithData(html: string, data: SurveyPageData): string {
  const element = `<script type="application/json" id="${SURVEY_DATA_ELEMENT_ID}">${jsonForScript(data)}</script>`;
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + element : html.slice(0, end) + element + html.slice(end);
}

/** The built page, read once: the app is restarted after a build. */
export function readSurveyPage(clientDir: string): string {
  return readFileSync(path.join(clientDir, 'join.html'), 'utf8');
}

/**
 * The request as an anonymous phone's: no session cookie and no share link, so the page holds what the
 * survey's own lookup gets on a phone nobody signed in on (consent filtering and errors by the same resolvers).
 * Address, device and language headers stay, so the same rate limits count the lookup.
 */
function asAnonymous(req: Request): Request {
  const headers = { ...req.headers };
  delete headers.cookie;
  delete headers[SHARE_HEADER];
  return Object.create(req, { headers: { value: headers } }) as Request;
}

export function surveyPage({ html, execute, isReady }: { html: string; execute: ExecuteGraphQL; isReady: () => boolean }): RequestHandler {
  const compressed = new Map<string, Promise<Buffer>>();
  // Weak: the same page goes out in three encodings under one tag.
  const etag = `W/"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;

  /** The compressed page, made once per distinct page (brotli at its best: some 0.2 s for the whole page). */
  function encode(page: string, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
    const key = `${encoding}:${createHash('sha256').update(page).digest('base64url')}`;
    let body = compressed.get(key);
    if (!body) {
      body =
        encoding === 'br'
          ? promisify(brotliCompress)(page, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(page) },
            })
          : promisify(gzip)(page, { level: 9 });
      compressed.set(key, body);
      body.catch(() => compressed.delete(key));
      if (compressed.size > CACHED_PAGES) compressed.delete(compressed.keys().next().value!);
    }
    return body;
  }

  /** The lookup the page would make, or null: no code, an unknown or refused one, or the app not ready yet. */
  async function lookup(req: Request, res: Response): Promise<SurveyPageData | null> {
    const match = WORKSHOP_PAGE.exec(req.path);
    if (!match || !isReady()) return null;
    let code: string;
    try {
      code = normalizeJoinCode(decodeURIComponent(match[1]!));
    } catch {
      return null;
    }
    if (code === '') return null;
    const answer = await execute({ query: JOIN_QUERY.toString(), variables: { code } }, asAnonymous(req), res);
    const result = (await answer.json()) as { data?: SurveyPageData['data'] | null; errors?: unknown[] };
    if (result.errors?.length || !result.data?.workshop) return null;
    return { code, data: result.data };
  }

  return async (req, res, next) => {
    try {
      // Whatever stops the lookup (Neo4j restarting…), the page still goes out: it asks again by itself and says why.
      const data = await lookup(req, res).catch(() => null);
      const page = data ? pageWithData(html, data) : html;
      // A page naming a workshop is not kept by the browser or a proxy; the plain page is revalidated (a 304).
      if (data) res.setHeader('Cache-Control', 'no-store');
      else {
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('ETag', etag);
        if (req.fresh) return void res.status(304).end();
      }
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Vary', 'Accept-Encoding');
      // Brotli whenever taken (a third smaller than gzip here), whatever order the browser lists them in.
      const encoding: Encoding = req.acceptsEncodings('br') ? 'br' : req.acceptsEncodings('gzip') ? 'gzip' : 'identity';
      if (encoding === 'identity') return void res.send(page);
      const body = await encode(page, encoding);
      res.setHeader('Content-Encoding', encoding);
      res.send(body);
    } catch (error) {
      next(error);
    }
  };
}
