import type { Logger } from '../logger.ts';
import type { LocalNeo4j } from './local-neo4j.ts';
import { lastLines } from './local-neo4j.ts';

export type Backoff = {
  /** Wait before the first restart attempt after a crash. */
  firstMs: number;
  /** The longest wait between attempts. */
  maxMs: number;
  /** A Neo4j that ran this long before dying starts the backoff over; one that died sooner doubles it. */
  stableMs: number;
};

export type SupervisorOptions = {
  /** Starts a new local Neo4j on the same store and port. */
  start: () => Promise<LocalNeo4j>;
  logger: Logger;
  /** Neo4j has exited (not by stop()): requests must be refused until `onBack` has run. */
  onDown?: (reason: string) => void;
  /** A restarted Neo4j accepts Bolt: get it ready (warm it up) before it serves requests. */
  onBack?: (neo4j: LocalNeo4j) => Promise<void>;
  backoff?: Partial<Backoff>;
  /** How many lines of Neo4j's own log the exit report carries. */
  logLines?: number;
};

export type SupervisedNeo4j = {
  current: () => LocalNeo4j;
  /** Restarts after a crash, since start. */
  restarts: () => number;
  /** Stops supervising and stops Neo4j (a restart under way is awaited, then stopped). */
  stop: () => Promise<void>;
};

const DEFAULT_BACKOFF: Backoff = { firstMs: 250, maxMs: 30_000, stableMs: 60_000 };

/**
 * Keeps the local Neo4j running: when the JVM exits without being asked to (killed, out of memory, a
 * crash), says so at error level with its exit code and the end of its own log, starts it again on the same
 * store, with a growing wait between attempts while it keeps dying, and says when it is back.
 */
export function superviseLocalNeo4j(first: LocalNeo4j, options: SupervisorOptions): SupervisedNeo4j {
  const { start, logger, onDown, onBack, logLines = 20 } = options;
  const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  let neo4j = first;
  let startedAt = Date.now();
  let restarts = 0;
  let stopping = false;
  let wake: () => void = () => {};
  let starting: Promise<unknown> = Promise.resolve();

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });

  async function superviseForever(): Promise<void> {
    let delay = backoff.firstMs;
    for (;;) {
      const exit = await neo4j.exited;
      if (stopping) return;
      const ranMs = Date.now() - startedAt;
      const diedAt = Date.now();
      const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
      logger.error(
        {
          pid: neo4j.pid,
          exitCode: exit.code,
          signal: exit.signal,
          ranMs,
          stderr: exit.stderr.slice(-10),
          neo4jLog: await lastLines(neo4j.logFile, logLines),
        },
        `local Neo4j exited (${how}); restarting it`,
      );
      onDown?.(`the local Neo4j exited (${how})`);
      if (ranMs >= backoff.stableMs) delay = backoff.firstMs;
      for (let attempt = 1; ; attempt++) {
        await pause(delay);
        if (stopping) return;
        try {
          const next = start();
          starting = next;
          neo4j = await next;
          startedAt = Date.now();
          restarts += 1;
          delay = Math.min(delay * 2, backoff.maxMs);
          logger.info({ pid: neo4j.pid, attempt, downMs: Date.now() - diedAt }, 'local Neo4j is back after a restart');
          break;
        } catch (error) {
          delay = Math.min(delay * 2, backoff.maxMs);
          logger.error({ err: error, attempt, nextAttemptMs: delay }, 'could not restart the local Neo4j; trying again');
        }
      }
      if (stopping) return;
      try {
        await onBack?.(neo4j);
      } catch (error) {
        logger.error({ err: error }, 'getting the restarted local Neo4j ready failed; serving it as it is');
      }
    }
  }
  void superviseForever();

  return {
    current: () => neo4j,
    restarts: () => restarts,
    stop: async () => {
      stopping = true;
      wake();
      await starting.catch(() => {});
      await neo4j.stop();
    },
  };
}
