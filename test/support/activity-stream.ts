/**
 * A workshop's live projector stream over Server-Sent Events, as a facilitator's browser opens it, read one
 * event at a time.
 */
export async function openActivityStream(url: string, code: string, cookie: string | undefined, fields = 'responseCount person { id name organization } ties { source target }') {
  const query = `subscription($c: String!) { workshopActivity(code: $c) { ${fields} } }`;
  const controller = new AbortController();
  const response = await fetch(`${url}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ c: code }))}`, {
    headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) },
    signal: controller.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  /** The next event as sent: `{ data }`, or `{ errors }` when the subscription is refused. */
  async function nextPayload(): Promise<any> {
    for (;;) {
      const match = /(?:^|\n)data: (.*)\n\n/.exec(buffer);
      if (match) {
        buffer = buffer.slice(match.index + match[0].length);
        return JSON.parse(match[1]!);
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffer += value;
    }
  }
  return {
    nextPayload,
    /** The next arrival. */
    next: async (): Promise<any> => (await nextPayload()).data.workshopActivity,
    close: () => controller.abort(),
  };
}
