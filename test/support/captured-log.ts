import { Writable } from 'node:stream';
import { createLogger } from '../../server/logger.ts';
import type { Logger } from '../../server/logger.ts';

export type LogLine = { level: number; msg: string; time: number; [field: string]: unknown };

/** pino levels by name, for assertions that read like the log. */
export const LEVEL = { debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;

/**
 * A real pino logger whose JSON lines a test can read and wait for (`waitFor` resolves on the first line,
 * past or future, that matches: a signal, not a sleep).
 */
export function capturedLog(level = 'info') {
  const lines: LogLine[] = [];
  const waiters: { match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const text of String(chunk).split('\n').filter(Boolean)) {
        const line = JSON.parse(text) as LogLine;
        lines.push(line);
        for (const waiter of [...waiters]) {
          if (waiter.match(line)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(line);
          }
        }
      }
      done();
    },
  });
  const logger: Logger = createLogger(level, stream);
  return {
    logger,
    lines,
    /** Lines whose message includes `text`. */
    find: (text: string) => lines.filter((l) => l.msg.includes(text)),
    /** The first line (already written or yet to come) that matches; rejects after `timeoutMs`. */
    waitFor(match: (line: LogLine) => boolean, timeoutMs = 60_000, what = 'a matching log line'): Promise<LogLine> {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No log line for ${what} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ match, resolve: (line) => (clearTimeout(timer), resolve(line)) });
      });
    },
  };
}
