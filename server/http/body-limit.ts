import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { refuseGraphQLRequest } from './graphql-refusal.ts';

/** Large enough for a 10,000-row paper-survey CSV sent as a GraphQL string variable (about 2 MB), with room. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
const MAX_BODY_TEXT = `${MAX_BODY_BYTES / 1024 / 1024} MB`;

// express's own reader (raw-body) counts the bytes as they stream in, so a chunked body without
// Content-Length stops at the limit too; a Content-Length over it is refused before reading. The body
// is handed to graphql-yoga as a Buffer, which it parses as it would the stream. Compressed bodies are
// refused: decompressing them is work (and memory) an attacker chooses.
const readRaw = express.raw({ type: () => true, limit: MAX_BODY_BYTES, inflate: false });

/** Reads a request body of at most MAX_BODY_BYTES; larger, compressed or truncated bodies get a GraphQL-shaped refusal. */
export function readBodyWithinLimit(req: Request, res: Response, next: NextFunction): void {
  readRaw(req, res, (error?: unknown) => {
    if (!error) return next();
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      return refuseGraphQLRequest(
        req,
        res,
        413,
        'BAD_USER_INPUT',
        `Request bodies are limited to ${MAX_BODY_TEXT} (${MAX_BODY_BYTES} bytes).`,
      );
    }
    if (type === 'encoding.unsupported') {
      return refuseGraphQLRequest(req, res, 415, 'BAD_USER_INPUT', 'Request bodies must not be compressed (Content-Encoding).');
    }
    if (type === 'request.size.invalid' || type === 'request.aborted') {
      return refuseGraphQLRequest(req, res, 400, 'BAD_USER_INPUT', 'The request body was shorter or longer than its Content-Length.');
    }
    next(error);
  });
}
