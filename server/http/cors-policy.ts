import type { CORSOptions } from 'graphql-yoga';

/**
 * graphql-yoga's default CORS answers every origin with credentials allowed, which would let any site read
 * what a signed-in facilitator's browser can. Here no origin is granted unless a deployment lists it
 * (TEJIDO_CORS_ORIGINS); a listed origin may send credentials and our CSRF header.
 */
export function corsPolicy(allowedOrigins: readonly string[], allowedHeaders: string[]): (request: Request) => CORSOptions {
  const allowed = new Set(allowedOrigins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders,
    };
  };
}
