import type { GraphQLError, ValidationContext } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../errors.ts';

const STABLE_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'DB_UNAVAILABLE',
]);

type Extensions = { code?: unknown; unexpected?: unknown; originalError?: unknown; http?: { status?: number; spec?: boolean } };

/**
 * graphql-armor reports a query over a limit as "Syntax Error: …" with no code, and by throwing, so yoga
 * answered HTTP 200. As its `onReject` handler this turns the rejection into a BAD_USER_INPUT request error
 * (HTTP 400) that names the limit; validation rules report it through their context, the token limit
 * (checked while parsing, without a context) throws it.
 */
export function rejectOverLimit(context: ValidationContext | null, error: GraphQLError): void {
  const refusal = createGraphQLError(error.message.replace(/^Syntax Error: /, 'Query refused: '), {
    extensions: { code: 'BAD_USER_INPUT', http: { spec: true, status: 400 } },
  });
  if (context) context.reportError(refusal);
  else throw refusal;
}

/** The error again with a stable code; a new error, as some arrive frozen (graphql-jit's variable errors). */
function withStableCode(error: GraphQLError): GraphQLError {
  // yoga copies a JSON parser's own error (name, message) into the extensions: internals, not for clients.
  const { originalError: parserError, ...extensions } = (error.extensions ?? {}) as Extensions;
  const stable = STABLE_CODES.has(String(extensions.code)) || extensions.unexpected || error.path;
  if (stable && !parserError) return error;
  if (!stable) {
    extensions.code = 'BAD_USER_INPUT';
    extensions.http = { spec: true, ...extensions.http, status: extensions.http?.status ?? 400 };
  }
  return createGraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions,
  });
}

/**
 * Every refusal of a request (it does not parse, does not validate, has bad variables, is a batch or a
 * mutation over GET…) carries a code from the stable set: yoga's own codes (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED) or none become BAD_USER_INPUT, with HTTP 400 unless yoga chose a status
 * (405 for a mutation over GET). Field errors keep their code; unexpected ones stay masked.
 */
export function useStableErrorCodes(): Plugin {
  return {
    // yoga reads a GET's `variables` and `extensions` with a bare JSON.parse: its SyntaxError was a 500.
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          throw createGraphQLError('variables and extensions must be JSON objects.', {
            extensions: { code: 'BAD_USER_INPUT', http: { spec: true, status: 400 } },
          });
        }
      });
    },
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result) || !result.errors?.length) return;
      setResult({ ...result, errors: result.errors.map(withStableCode) });
    },
    // yoga answers a media type it cannot read or write (415, 406) with an empty body: give it the usual shape.
    onResponse({ response, setResponse, fetchAPI }) {
      if ((response.status === 406 || response.status === 415) && response.body === null) {
        const message =
          response.status === 406
            ? 'Accept application/graphql-response+json or application/json.'
            : 'GraphQL requests must be sent as application/json.';
        const headers = { 'content-type': 'application/json; charset=utf-8' };
        setResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }), {
            status: response.status,
            headers,
          }),
        );
      }
    },
  };
}
