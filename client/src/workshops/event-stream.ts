// GraphQL subscriptions over Server-Sent Events with the browser's EventSource. graphql-yoga answers a GET
// on /graphql that accepts text/event-stream as SSE: `event: next` carrying `{"data":…}` or `{"errors":…}`,
// then `event: complete` when the server ends the stream. The session cookie goes along (same origin).

import type { TypedDocumentString } from '../gql/graphql';

export type StreamStatus =
  | { state: 'connecting' }
  | { state: 'live' }
  | { state: 'reconnecting' }
  /** The server refused (e.g. not signed in) or ended the stream: no more retries. */
  | { state: 'stopped'; message: string };

export interface StreamHandlers<T> {
  onData: (data: T) => void;
  onStatus?: (status: StreamStatus) => void;
}

interface StreamPayload<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string }>;
}

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

export function subscriptionUrl(query: string, variables: unknown): string {
  return `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
}

/**
 * Opens a subscription and keeps it open until the returned function is called. The browser reconnects by
 * itself after a dropped connection; when it gives up (an HTTP error status while the server restarts),
 * this opens a new EventSource after a growing delay.
 */
export function openSubscription<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  handlers: StreamHandlers<T>,
): () => void {
  const url = subscriptionUrl(document.toString(), variables);
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
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
    if (first) {
      stop(first.message);
      return;
    }
    if (payload.data != null) handlers.onData(payload.data);
  };

  const connect = () => {
    const es = new EventSource(url);
    source = es;
    es.addEventListener('open', () => {
      retryMs = FIRST_RETRY_MS;
      report({ state: 'live' });
    });
    // yoga names its events `next`; plain `message` events are accepted too.
    es.addEventListener('next', onPayload);
    es.addEventListener('message', onPayload);
    es.addEventListener('complete', () => stop('The server ended the live feed.'));
    es.addEventListener('error', () => {
      if (stopped || source !== es) return;
      report({ state: 'reconnecting' });
      if (es.readyState === EventSource.CLOSED) {
        // The browser will not retry after an HTTP error status: try again ourselves, more slowly each time.
        es.close();
        retryTimer = setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      }
    });
  };

  report({ state: 'connecting' });
  connect();
  return () => stop(null);
}
