import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { Config } from '../config.ts';

/**
 * Security headers on every response (pages, API, exports), by helmet.
 *
 * The Content-Security-Policy is the one the built client satisfies: scripts, workers (the layout worker),
 * styles, fonts and requests (GraphQL, EventSource) from this origin only; images also from data: and blob:
 * URLs (the favicon, PNG/SVG exports); inline styles allowed (React and Cytoscape set style attributes).
 * No page of ours may be framed (curation and sign-in must not be clickjacked), and no Referer leaves:
 * private links `/me/<token>` and share links `/s/<token>` are secrets in the address.
 * The survey's page (join.html) runs its code inline: `inlineScripts` are the hashes of its scripts
 * (server/http/survey-page.ts), allowed and no other inline script.
 * Under `npm run dev` the API also serves GraphiQL, one page with its code inline, so development alone
 * allows inline scripts (the client itself is then served by Vite, not by this app).
 */
export function securityHeaders(env: Config['env'], inlineScripts: readonly string[] = []): RequestHandler {
  const development = env === 'development';
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: development ? ["'self'", "'unsafe-inline'", "'unsafe-eval'", 'blob:'] : ["'self'", ...inlineScripts],
        workerSrc: development ? ["'self'", 'blob:'] : ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // No upgrade-insecure-requests: at a field site Tejido is often served over plain http on the LAN.
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // helmet also sends nosniff, HSTS (ignored over plain http), COOP/CORP same-origin and the rest of its defaults.
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
  });
}
