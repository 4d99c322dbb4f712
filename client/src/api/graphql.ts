import type { TypedDocumentString } from '../gql/graphql';
import { loadedCatalogue } from '../i18n/catalogue';
import { requestLanguage } from '../i18n/request-language';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: string; field?: string; reason?: string } }>;
}

/**
 * An error the API reported; `code` is the server's stable `extensions.code` when there is one, and `field`
 * the input field a BAD_USER_INPUT names (`extensions.field`), when it names one.
 */
export class GraphQLRequestError extends Error {
  readonly code: string | undefined;
  readonly field: string | undefined;
  /** A finer reason some errors carry (`extensions.reason`), e.g. MERGED for a private link of a merged record. */
  readonly reason: string | undefined;

  constructor(message: string, code?: string, field?: string, reason?: string) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = code;
    this.field = field;
    this.reason = reason;
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Extra request headers, e.g. `x-tejido-share` on share-link pages or `x-tejido-device` on the survey. */
  headers?: Record<string, string>;
}

/** "Could not reach the server…" in the language the page speaks (its catalogue is loaded before any request). */
function unreachable(): string {
  return loadedCatalogue(requestLanguage() ?? 'en')?.['common.unreachable'] ?? 'Could not reach the server.';
}

/**
 * Runs one of the client's typed documents (client/src/gql, generated from its graphql() calls) against
 * `/graphql` and returns its `data`, or throws the first error. Every query and mutation goes through here.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const language = requestLanguage();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        ...options.headers,
        // The server words its error messages in the language the page speaks.
        ...(language ? { 'accept-language': language } : {}),
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        // The server rejects cookie-authenticated requests without it (CSRF protection).
        'x-tejido-csrf': '1',
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (error) {
    // A cancelled request stays an AbortError (TanStack Query drops it); no network at all is said in the page's
    // language, not as the browser's "Failed to fetch".
    if (options.signal?.aborted) throw error;
    throw new GraphQLRequestError(unreachable());
  }

  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    // A proxy error page or an empty body: the API is down or unreachable.
    throw new GraphQLRequestError(`${unreachable()} (HTTP ${response.status})`);
  }

  const [first] = body.errors ?? [];
  if (first) {
    const field = typeof first.extensions?.field === 'string' ? first.extensions.field : undefined;
    const reason = typeof first.extensions?.reason === 'string' ? first.extensions.reason : undefined;
    throw new GraphQLRequestError(first.message, first.extensions?.code, field, reason);
  }
  if (body.data == null) throw new GraphQLRequestError(`${unreachable()} (HTTP ${response.status})`);
  return body.data;
}
