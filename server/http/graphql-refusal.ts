import type { Request, Response } from 'express';
import type { ErrorCode } from '../errors.ts';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/**
 * Answers a request refused before GraphQL runs (too large, wrong content type, no CSRF header) the way
 * GraphQL answers its own refusals: `{ errors: [{ message, extensions: { code } }] }` with the HTTP status,
 * in the GraphQL-over-HTTP media type when the client accepts it, so clients handle every refusal alike.
 */
export function refuseGraphQLRequest(req: Request, res: Response, status: number, code: ErrorCode, message: string): void {
  const type = req.accepts([GRAPHQL_RESPONSE, 'application/json']) === GRAPHQL_RESPONSE ? GRAPHQL_RESPONSE : 'application/json';
  res
    .status(status)
    .type(`${type}; charset=utf-8`)
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
