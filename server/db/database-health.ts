import { userError } from '../errors.ts';
import type { Logger } from '../logger.ts';

export type DatabaseHealthOptions = {
  /** One cheap round trip (RETURN 1) on a connection of its own, so a busy pool cannot make it look down. */
  probe: () => Promise<void>;
  logger: Logger;
  /** A call waiting this long makes health probe the database: a hung server sends no error at all. */
  stallMs?: number;
  /** A probe unanswered for this long counts as failed. */
  probeTimeoutMs?: number;
  /** While down, a failed probe's verdict answers requests for this long before one of them probes again. */
  recheckMs?: number;
};

/** How long a client refused with DB_UNAVAILABLE is told to wait before retrying (Retry-After, or the error's hint). */
export const RETRY_AFTER_SECONDS = 2;

/**
 * The error every request gets while the database is down. `retryAfterSeconds` is the hint where no HTTP
 * status can carry one: an error inside a live event stream, which the projector then reopens.
 */
export const unavailableError = () => userError('DB_UNAVAILABLE', 'db.unavailable', undefined, { retryAfterSeconds: RETRY_AFTER_SECONDS });

type Pending = { startedAt: number; fail: (error: unknown) => void };
type Outage = { since: number; reason: string; refused: number; failedInFlight: number };

/**
 * What the app knows about its database between requests. While Neo4j is known to be down, requests are
 * refused at once (one shared probe at a time decides when it is back) instead of each waiting out the
 * driver's connection and retry timeouts, and calls already waiting are failed the moment it goes down: a
 * phone gets DB_UNAVAILABLE within seconds and its retry takes over. An outage is logged once when it
 * starts and once when it ends, never per request.
 */
export function createDatabaseHealth(options: DatabaseHealthOptions) {
  const { probe, logger, stallMs = 3_000, probeTimeoutMs = 5_000, recheckMs = 500 } = options;
  let outage: Outage | null = null;
  const holds = new Set<string>();
  const pending = new Set<Pending>();
  let probing: Promise<boolean> | null = null;
  let lastProbe = { at: 0, ok: true };
  let outages = 0;
  let watchdog: ReturnType<typeof setInterval> | undefined;
  let reprobe: ReturnType<typeof setInterval> | undefined;

  function probeOnce(): Promise<boolean> {
    probing ??= new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), probeTimeoutMs);
      probe().then(
        () => (clearTimeout(timer), resolve(true)),
        () => (clearTimeout(timer), resolve(false)),
      );
    }).then((ok) => {
      lastProbe = { at: Date.now(), ok };
      probing = null;
      return ok;
    });
    return probing;
  }

  function markDown(reason: string): void {
    if (outage) return;
    outage = { since: Date.now(), reason, refused: 0, failedInFlight: pending.size };
    outages += 1;
    logger.error({ reason, inFlight: pending.size }, 'Neo4j is unavailable: requests answer DB_UNAVAILABLE until it is back');
    for (const call of [...pending]) call.fail(unavailableError());
    pending.clear();
    reprobe ??= setInterval(() => void recover(), 1_000);
    reprobe.unref();
  }

  function markUp(): void {
    if (!outage || holds.size > 0) return;
    const { since, refused, failedInFlight, reason } = outage;
    outage = null;
    clearInterval(reprobe);
    reprobe = undefined;
    logger.info({ downMs: Date.now() - since, refused, failedInFlight, reason }, 'Neo4j is available again');
  }

  async function recover(): Promise<void> {
    if (holds.size === 0 && (await probeOnce())) markUp();
  }

  /** Probes when the oldest waiting call has waited `stallMs` and nothing has shown the database alive since. */
  function watch(): void {
    if (watchdog) return;
    watchdog = setInterval(
      () => {
        if (pending.size === 0) {
          clearInterval(watchdog);
          watchdog = undefined;
          return;
        }
        const oldest = Math.min(...[...pending].map((p) => p.startedAt));
        const now = Date.now();
        if (now - oldest < stallMs || (lastProbe.ok && now - lastProbe.at < stallMs) || probing) return;
        void probeOnce().then((ok) => {
          if (!ok) markDown(`Neo4j did not answer within ${probeTimeoutMs} ms while requests waited`);
        });
      },
      Math.max(100, stallMs / 4),
    );
    watchdog.unref();
  }

  return {
    isUp: () => outage === null,
    /** Outages since start (for metrics). */
    outages: () => outages,

    /** Before a database call: throws DB_UNAVAILABLE at once while the database is known to be down. */
    async admit(): Promise<void> {
      if (!outage) return;
      const fresh = Date.now() - lastProbe.at < recheckMs;
      if (holds.size === 0 && (!fresh || lastProbe.ok) && (await probeOnce())) {
        markUp();
        if (!outage) return;
      }
      outage.refused += 1;
      throw unavailableError();
    },

    /** Waits for a database call, or fails with DB_UNAVAILABLE as soon as the database is found down. */
    guard<T>(call: Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const entry: Pending = { startedAt: Date.now(), fail: reject };
        pending.add(entry);
        watch();
        call.then(
          (value) => (pending.delete(entry), resolve(value)),
          (error: unknown) => (pending.delete(entry), reject(error)),
        );
      });
    },

    /** A call failed with a connection error: probe now, and go down if the probe fails too. */
    failed(reason: string): void {
      if (outage) return;
      void probeOnce().then((ok) => {
        if (!ok) markDown(reason);
      });
    },

    /** Known down from outside (the local Neo4j exited). */
    markDown,

    /** Stays down for `reason` (a restart, then its warm-up) until released, whatever probes say. */
    hold(reason: string): void {
      holds.add(reason);
      markDown(reason);
    },
    async release(reason: string): Promise<void> {
      holds.delete(reason);
      await recover();
    },

    close(): void {
      clearInterval(watchdog);
      clearInterval(reprobe);
    },
  };
}

export type DatabaseHealth = ReturnType<typeof createDatabaseHealth>;
