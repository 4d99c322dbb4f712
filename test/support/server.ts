import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.ts';
import type { AppDeps } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/transaction.ts';
import { createLogger } from '../../server/logger.ts';

export type TestServer = { url: string; close: () => Promise<void> };

/** The real app on a free port of 127.0.0.1. */
export async function startTestServer(db: Database, options: Partial<AppDeps> = {}): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: 'test' });
  const app = createApp({ db, config, logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), ...options });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

export type GraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  headers: Headers;
};

/** Posts a GraphQL operation like a browser of ours would (JSON, CSRF header, optional cookie). */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { cookie?: string; csrf?: boolean; device?: string; share?: string; language?: string } = {},
): Promise<GraphQLResponse<T>> {
  // The GraphQL-over-HTTP media type: request errors then come with a 4xx status, as the spec says.
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (options.csrf !== false) headers['x-tejido-csrf'] = '1';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.device) headers['x-tejido-device'] = options.device;
  if (options.share) headers['x-tejido-share'] = options.share;
  if (options.language) headers['accept-language'] = options.language;
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: response.status, ...body, headers: response.headers };
}

/** The `name=value` part of the session cookie a response set. */
export function sessionCookie(response: GraphQLResponse): string {
  const setCookie = response.headers.get('set-cookie') ?? '';
  return setCookie.split(';')[0]!;
}
