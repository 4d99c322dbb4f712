// A projector's live stream (GraphQL subscription over Server-Sent Events, as the projector page opens it).
export type ActivityEvent = { responseCount: number; person: { id: string; name: string }; ties: { source: string; target: string }[] };

const ACTIVITY = 'subscription($code: String!) { workshopActivity(code: $code) { responseCount person { id name } ties { source target } } }';

/**
 * Opens the workshop's activity stream and collects its events. `opened` resolves on the stream's first
 * bytes (the server's ping, sent once it has subscribed); `until` resolves once the events seen satisfy
 * `enough`, or rejects after `timeoutMs` with what was seen.
 */
export function liveEvents(url: string, code: string, cookie: string) {
  const events: ActivityEvent[] = [];
  const controller = new AbortController();
  const watchers: (() => void)[] = [];
  let opened!: () => void;
  const openedPromise = new Promise<void>((resolve) => (opened = resolve));
  const done = (async () => {
    const query = new URLSearchParams({ query: ACTIVITY, variables: JSON.stringify({ code }) });
    const response = await fetch(`${url}/graphql?${query}`, { headers: { accept: 'text/event-stream', cookie }, signal: controller.signal });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done: ended } = await reader.read();
      if (ended) return;
      opened();
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const data = buffer.slice(0, end).split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('');
        buffer = buffer.slice(end + 2);
        const payload = data.trim() ? JSON.parse(data) : null;
        if (payload?.data?.workshopActivity) {
          events.push(payload.data.workshopActivity);
          for (const watch of [...watchers]) watch();
        }
      }
    }
  })().catch(() => {});
  return {
    opened: openedPromise,
    events,
    until(enough: (events: ActivityEvent[]) => boolean, timeoutMs: number): Promise<ActivityEvent[]> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`The stream had ${events.length} events, not enough, after ${timeoutMs} ms`)), timeoutMs);
        const watch = () => {
          if (!enough(events)) return;
          clearTimeout(timer);
          watchers.splice(watchers.indexOf(watch), 1);
          resolve(events);
        };
        watchers.push(watch);
        watch();
      });
    },
    close: () => {
      controller.abort();
      return done;
    },
  };
}
