// GraphQL subscriptions over Server-Sent Events with the browser's EventSource. graphql-yoga answers a GET
// on /graphql that accepts text/event-stream as SSE: `event: next` carrying `{"data":…}` or `{"errors":…}`,
// then `event: complete` when the server ends the stream. The session cookie goes along (same origin).
// An error inside the stream ends that stream; only a refusal that will not change by waiting (not signed in,
// not allowed, no such workshop) ends the feed: anything else (the database down or restarting, an
// unexpected error) opens a new stream after the server's retry hint, and the page re-reads what it missed.

import type { TypedDocumentString } from '../gql/graphql';

export type StreamStatus =
  | { state: 'connecting' }
  | { state: 'live' }
  | { state: 'reconnecting' }
  /** The server refused for good (not signed in, not allowed, no such workshop): no more retries. */
  | { state: 'stopped'; message: string };

export interface StreamHandlers<T> {
  onData: (data: T) => void;
  onStatus?: (status: StreamStatus) => void;
}

interface StreamPayload<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }>;
}

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;
// A stream that stays open this long was a success: the next break starts the delays afresh (one that the
// server ends at once, with an error, keeps them growing).
const STABLE_MS = 5_000;
/** Refusals that waiting does not change: the feed stops and says why. */
const FINAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT']);

export function subscriptionUrl(query: string, variables: unknown): string {
  return `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
}

/**
 * Opens a subscription and keeps it open until the returned function is called. The browser reconnects by
 * itself after a dropped connection; when it gives up (an HTTP error status while the server restarts), or
 * the server ends the stream (an error inside it, or `complete`), this opens a new EventSource after a
 * growing delay, at least the server's `retryAfterSeconds` hint.
 */
export function openSubscription<T, V>(document: TypedDocumentString<T, V>, variables: V, handlers: StreamHandlers<T>): () => void {
  const url = subscriptionUrl(document.toString(), variables);
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stableTimer: ReturnType<typeof setTimeout> | undefined;
  let retryMs = FIRST_RETRY_MS;
  let stopped = false;

  const report = (status: StreamStatus) => {
    if (!stopped) handlers.onStatus?.(status);
  };

  const stop = (message: string | null) => {
    if (stopped) return;
    if (message !== null) report({ state: 'stopped', message });
    stopped = true;
    clearTimeout(retryTimer);
    clearTimeout(stableTimer);
    source?.close();
    source = null;
  };

  const onPayload = (event: MessageEvent<string>) => {
    let payload: StreamPayload<T>;
    try {
      payload = JSON.parse(event.data) as StreamPayload<T>;
    } catch {
      return; // not ours (a proxy's comment or an empty line)
    }
    const [first] = payload.errors ?? [];
    if (first && FINAL_CODES.has(first.extensions?.code ?? '')) {
      stop(first.message);
      return;
    }
    if (first) {
      reconnectLater(event.target as EventSource, (first.extensions?.retryAfterSeconds ?? 0) * 1000);
      return;
    }
    if (payload.data != null) handlers.onData(payload.data);
  };

  /** A new EventSource after a growing delay (the browser does not retry after an HTTP error or our close). */
  const reconnectLater = (es: EventSource, atLeastMs = 0) => {
    if (stopped || source !== es) return;
    report({ state: 'reconnecting' });
    es.close();
    source = null;
    clearTimeout(stableTimer);
    retryTimer = setTimeout(connect, Math.max(retryMs, atLeastMs));
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  const connect = () => {
    const es = new EventSource(url);
    source = es;
    es.addEventListener('open', () => {
      clearTimeout(stableTimer);
      stableTimer = setTimeout(() => (retryMs = FIRST_RETRY_MS), STABLE_MS);
      report({ state: 'live' });
    });
    // yoga names its events `next`; plain `message` events are accepted too.
    es.addEventListener('next', onPayload);
    es.addEventListener('message', onPayload);
    // The server ended the stream: the feed is still wanted, so a new one follows.
    es.addEventListener('complete', () => reconnectLater(es));
    es.addEventListener('error', () => {
      if (stopped || source !== es) return;
      if (es.readyState === EventSource.CLOSED) reconnectLater(es);
      else report({ state: 'reconnecting' }); // the browser retries a dropped connection by itself
    });
  };

  report({ state: 'connecting' });
  connect();
  return () => stop(null);
}
