// A workshop's live projector stream (the workshopActivity subscription over Server-Sent Events), as a
// facilitator's browser opens it: the one helper for every test that watches a projector.

export type ActivityEvent = { responseCount: number; person: { id: string; name: string }; ties: { source: string; target: string }[] };

const DEFAULT_FIELDS = 'responseCount person { id name organization } ties { source target }';

/**
 * Opens the workshop's activity stream; resolves once the stream has answered (its first bytes: the server's
 * ping, sent once it has subscribed, or the refusal), so what is published afterwards reaches it. Every
 * payload is kept: `nextPayload`/`next` read them in order, `until` waits for the events seen to be enough.
 */
export async function openActivityStream(url: string, code: string, cookie: string | undefined, fields = DEFAULT_FIELDS) {
  const query = `subscription($c: String!) { workshopActivity(code: $c) { ${fields} } }`;
  const controller = new AbortController();
  const response = await fetch(
    `${url}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ c: code }))}`,
    {
      headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) },
      signal: controller.signal,
    },
  );
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const payloads: any[] = [];
  const events: any[] = [];
  let ended = false;
  const watchers = new Set<() => void>();
  const notify = () => [...watchers].forEach((watch) => watch());
  let opened!: () => void;
  const answered = new Promise<void>((resolve) => (opened = resolve));
  const pump = (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        opened();
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = buffer
            .slice(0, end)
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5))
            .join('');
          buffer = buffer.slice(end + 2);
          if (!data.trim()) continue;
          const payload = JSON.parse(data);
          payloads.push(payload);
          if (payload.data?.workshopActivity) events.push(payload.data.workshopActivity);
          notify();
        }
      }
    } catch {
      // Aborted by close(), or the server went away: readers waiting are told below.
    } finally {
      ended = true;
      opened();
      notify();
    }
  })();
  await answered;

  /** Resolves with `ready()`'s value as soon as it has one; rejects when the stream ends or after `timeoutMs`. */
  function waitFor<T>(ready: () => T | undefined, what: () => string, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`${what()} after ${timeoutMs} ms`)), timeoutMs);
      const finish = (error?: Error, value?: T) => {
        clearTimeout(timer);
        watchers.delete(watch);
        if (error) reject(error);
        else resolve(value as T);
      };
      function watch() {
        const value = ready();
        if (value !== undefined) finish(undefined, value);
        else if (ended) finish(new Error(`${what()}: the stream ended`));
      }
      watchers.add(watch);
      watch();
    });
  }

  let read = 0;
  /** The next payload as sent: `{ data }`, or `{ errors }` when the subscription is refused. */
  const nextPayload = async (timeoutMs = 30_000): Promise<any> => {
    const payload = await waitFor(
      () => payloads[read],
      () => `No payload #${read + 1}`,
      timeoutMs,
    );
    read += 1;
    return payload;
  };
  return {
    /** Every arrival received so far. */
    events: events as ActivityEvent[],
    nextPayload,
    /** The next arrival. */
    next: async (): Promise<any> => (await nextPayload()).data.workshopActivity,
    /** The arrivals once `enough` says they are; rejects with how many there were after `timeoutMs`. */
    until: (enough: (events: ActivityEvent[]) => boolean, timeoutMs: number): Promise<ActivityEvent[]> =>
      waitFor(
        () => (enough(events) ? events : undefined),
        () => `The stream had ${events.length} events, not enough`,
        timeoutMs,
      ),
    close: () => {
      controller.abort();
      return pump;
    },
  };
}
