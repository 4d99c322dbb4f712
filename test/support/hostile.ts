// Helpers of the hostile-input suites: raw requests to the real app (any body, any header, bytes that fetch
// would refuse to send) and the global Neo4j counts that show nothing was written.
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { expect } from 'vitest';
import type { ErrorCode } from '../../server/errors.ts';
import { readTx } from '../../server/db/transaction.ts';
import type { Database } from '../../server/db/transaction.ts';

export type Reply = { status: number; text: string; json: any; headers: Headers };

/** What a hostile request must get: a refusal with this stable code, or an answer the check finds harmless. */
export type Expected = ErrorCode | { harmless: (reply: Reply) => void };

export type HostileCase = { name: string; send: () => Promise<Reply>; expected: Expected };

// What must never reach a client: stack traces, file paths, the database and library names.
const INTERNALS =
  /\bat [\w.<>]+ \(|node_modules|\/work\/|\/server\/|\.ts:\d|neo4j|cypher|bolt:\/\/|ECONNREFUSED|graphql-armor|envelop|yoga|express|body-parser|raw-body|zod|TypeError|ReferenceError|SyntaxError|RangeError/i;

/** Nodes and relationships in the whole database. The suite runs alone, so any change is its own. */
export function graphCounts(db: Database): Promise<{ nodes: number; relationships: number }> {
  return readTx(db, async (tx) => {
    const nodes = await tx.run('MATCH (n) RETURN count(n) AS c');
    const relationships = await tx.run('MATCH ()-[r]->() RETURN count(r) AS c');
    return { nodes: Number(nodes.records[0]!.get('c')), relationships: Number(relationships.records[0]!.get('c')) };
  });
}

async function reply(response: Response): Promise<Reply> {
  const text = await response.text();
  let json: any = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: the checks below say whether that is acceptable
  }
  return { status: response.status, text, json, headers: response.headers };
}

export type Send = {
  headers?: Record<string, string>;
  method?: string;
  path?: string;
};

/** A request to the app with the body and headers given as they are (defaults: a JSON POST to /graphql from our client). */
export async function send(url: string, body: BodyInit | null, options: Send = {}): Promise<Reply> {
  const headers = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json',
    'x-tejido-csrf': '1',
    'x-tejido-device': randomUUID(),
    ...options.headers,
  };
  for (const [k, v] of Object.entries(headers)) if (v === undefined) delete headers[k as keyof typeof headers];
  const init: RequestInit & { duplex?: 'half' } = { method: options.method ?? 'POST', headers, body };
  if (body instanceof ReadableStream) init.duplex = 'half';
  return reply(await fetch(`${url}${options.path ?? '/graphql'}`, init));
}

/** A JSON body of `bytes` bytes or more (a long string variable), streamed without a Content-Length (chunked). */
export function chunkedJson(bytes: number, query = '{ __typename }'): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunk = encoder.encode('x'.repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === 0) controller.enqueue(encoder.encode(`{"query":${JSON.stringify(query)},"variables":{"pad":"`));
      if (sent >= bytes) return (controller.enqueue(encoder.encode('"}}')), controller.close());
      controller.enqueue(chunk);
      sent += chunk.length;
    },
  });
}

/** A GraphQL operation posted like our client does, with extra headers (cookie, share token…). */
export function operation(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Reply> {
  return send(url, JSON.stringify({ query, variables }), { headers });
}

/** A GET with headers, e.g. a download or a GraphQL GET. */
export async function get(url: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return reply(await fetch(`${url}${path}`, { headers }));
}

/** Bytes written straight to the socket: requests no HTTP client would build (bare CR in a header…). */
export function rawHttp(url: string, request: Buffer | string): Promise<Reply> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = raw.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const headers = new Headers();
      for (const line of head.split('\r\n').slice(1)) {
        const i = line.indexOf(':');
        if (i > 0) headers.append(line.slice(0, i).trim(), line.slice(i + 1).trim());
      }
      const text = rest.join('\r\n\r\n');
      let json: any;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      resolve({ status, text, json, headers });
    });
    socket.write(request);
  });
}

/** The stable code of a refusal: GraphQL's `errors[0].extensions.code`, or a download route's `code`. */
export function codeOf(r: Reply): string | undefined {
  return r.json?.errors?.[0]?.extensions?.code ?? r.json?.code;
}

/** Runs one hostile case: Neo4j counted before and after, no 5xx, no internals, the expected code or a harmless answer. */
export async function runHostileCase(db: Database, c: HostileCase): Promise<void> {
  const before = await graphCounts(db);
  const r = await c.send();
  const after = await graphCounts(db);
  expect(r.status, r.text.slice(0, 500)).toBeLessThan(500);
  expect(r.text).not.toMatch(INTERNALS);
  expect(after, 'nothing written').toEqual(before);
  if (typeof c.expected === 'string') {
    expect(codeOf(r), r.text.slice(0, 500)).toBe(c.expected);
  } else {
    c.expected.harmless(r);
  }
}
