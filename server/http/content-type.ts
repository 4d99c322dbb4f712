import type { NextFunction, Request, Response } from 'express';
import { refuseGraphQLRequest } from './graphql-refusal.ts';

/**
 * POSTs to /graphql must be JSON, as the GraphQL-over-HTTP spec requires and our client sends. Form, multipart
 * and text bodies are what a cross-site page can send without a CORS preflight, and nothing of ours needs them.
 */
export function requireJsonPosts(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'POST' || req.is('application/json')) return next();
  refuseGraphQLRequest(req, res, 415, 'BAD_USER_INPUT', 'GraphQL requests must be sent as application/json.');
}
