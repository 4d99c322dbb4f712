import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { trackRequests } from './request-drain.ts';

/** A plain HTTP server whose /slow requests are answered only when the test says so. */
async function serverWithGates() {
  const gates: (() => void)[] = [];
  let arrived: () => void = () => {};
  const server = createServer((req, res) => {
    if (req.url === '/stream') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(':\n\n');
      return;
    }
    if (req.url === '/never') return arrived();
    gates.push(() => res.end('done'));
    arrived();
  });
  const requests = trackRequests(server);
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const nextArrival = () => new Promise<void>((resolve) => (arrived = resolve));
  return { server, requests, url, gates, nextArrival };
}

describe('request drain', () => {
  it('when shutting down with requests in flight, then they are answered, live streams are closed, and new connections are refused', async () => {
    const { requests, url, gates, nextArrival } = await serverWithGates();
    const stream = await fetch(`${url}/stream`, { headers: { accept: 'text/event-stream' } });
    const reader = stream.body!.getReader();
    const streamEnded = (async () => {
      try {
        while (!(await reader.read()).done);
      } catch {
        // closed under it: as good as ended
      }
      return 'ended';
    })();
    let arrivals = nextArrival();
    const first = fetch(`${url}/slow`).then((r) => r.text());
    await arrivals;
    arrivals = nextArrival();
    const second = fetch(`${url}/slow`).then((r) => r.text());
    await arrivals;

    const drained = requests.drain(10_000);
    await expect(fetch(`${url}/slow`)).rejects.toThrow(); // no longer accepting
    for (const open of gates) open();
    expect(await Promise.all([first, second])).toEqual(['done', 'done']);
    expect(await drained).toMatchObject({ finished: 2, cut: 0, streamsClosed: 1 });
    expect(await streamEnded).toBe('ended');
  });

  it('when a request does not finish within the bound, then its connection is closed and it is counted as cut', async () => {
    const { requests, url, nextArrival } = await serverWithGates();
    const arrived = nextArrival();
    const hanging = fetch(`${url}/never`).then(
      () => 'answered',
      () => 'cut',
    );
    await arrived;
    expect(await requests.drain(200)).toMatchObject({ finished: 0, cut: 1 });
    expect(await hanging).toBe('cut');
  });
});
