import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export type DrainResult = {
  /** Requests in flight when the drain began, or arriving on open connections during it, that were answered. */
  finished: number;
  /** Requests still running at the bound, whose connections were closed. */
  cut: number;
  /** Live event streams closed at once (their pages reconnect by themselves). */
  streamsClosed: number;
  ms: number;
};

const isEventStream = (req: IncomingMessage) => (req.headers.accept ?? '').includes('text/event-stream');

/**
 * Keeps count of the requests a server is answering, so that shutting down can stop accepting, let what is
 * running finish within a bound, and only then close. Live event streams never finish by themselves: they are
 * closed when the drain begins, and the projector pages reconnect on their own.
 */
export function trackRequests(server: Server) {
  const inFlight = new Set<ServerResponse>();
  const streams = new Set<ServerResponse>();
  let draining = false;
  let finished = 0;
  let settled: () => void = () => {};

  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    // A request arriving on a kept-alive connection during the drain is answered, then the connection closes.
    if (draining) res.setHeader('connection', 'close');
    const set = isEventStream(req) ? streams : inFlight;
    set.add(res);
    res.once('close', () => {
      set.delete(res);
      if (draining && set === inFlight) finished += 1;
      if (inFlight.size === 0) settled();
    });
  });

  return {
    inFlight: () => inFlight.size,
    /** Stops accepting connections, waits up to `timeoutMs` for the requests in flight, then closes the rest. */
    async drain(timeoutMs: number): Promise<DrainResult> {
      const started = Date.now();
      draining = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      const closed = new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
      server.closeIdleConnections();
      const streamsClosed = streams.size;
      for (const res of streams) res.socket?.destroy();
      if (inFlight.size > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, timeoutMs);
          settled = () => (clearTimeout(timer), resolve());
        });
      }
      const cut = inFlight.size;
      const answered = finished;
      if (cut > 0) server.closeAllConnections();
      else server.closeIdleConnections(); // kept-alive connections whose last request has just been answered
      await closed;
      return { finished: answered, cut, streamsClosed, ms: Date.now() - started };
    },
  };
}
