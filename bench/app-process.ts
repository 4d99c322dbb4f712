// Tejido as `npm start` runs it, in a process of its own: a benchmark of "the first burst after a start" must
// start a fresh Node and a fresh Neo4j, not reuse the warm ones of the benchmark's own process.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export type LogLine = { level: number; msg: string; time: number; [field: string]: unknown };

const root = fileURLToPath(new URL('..', import.meta.url));

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node server/main.ts` with `env` added to this process's environment; resolves once it is ready. */
export async function startAppProcess(env: Record<string, string>) {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', TEJIDO_SERVE_CLIENT: 'false', HOST: '127.0.0.1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: LogLine[] = [];
  const waiters: { match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: LogLine;
    try {
      line = JSON.parse(text);
    } catch {
      return;
    }
    lines.push(line);
    for (const w of [...waiters]) {
      if (!w.match(line)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(line);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor = (match: (l: LogLine) => boolean) =>
    new Promise<LogLine>((resolve, reject) => {
      const seen = lines.find(match);
      if (seen) return resolve(seen);
      waiters.push({ match, resolve });
      void exited.then((code) => reject(new Error(`The app exited (code ${code}) before the awaited log line`)));
    });
  await waitFor((l) => l.msg === 'database ready');
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    readyMs: Date.now() - started,
    lines,
    waitFor,
    /** Resident memory now and at its peak (Linux /proc), in MB. */
    memoryMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
      return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
    },
    /** SIGTERM, as an operator stops it; resolves with its exit code. */
    async stop(): Promise<number | null> {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

export type AppProcess = Awaited<ReturnType<typeof startAppProcess>>;
