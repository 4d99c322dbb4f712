import type { Logger } from '../logger.ts';

export type EpisodeStart = { level: 'error' | 'warn'; message: string; details?: Record<string, unknown> };

/**
 * Logs a recurring condition (requests refused, requests slow) once when it starts and once when it has
 * been quiet for `quietMs`, with how often it happened in between, instead of once per request: a room
 * of 300 phones retrying through an outage must not bury the one line that says what happened.
 */
export function createEpisodeLog(logger: Logger, { quietMs = 30_000 }: { quietMs?: number } = {}) {
  const open = new Map<
    string,
    { startedAt: number; lastAt: number; count: number; worstMs: number; message: string; timer: ReturnType<typeof setTimeout> }
  >();

  function end(key: string): void {
    const episode = open.get(key);
    if (!episode) return;
    open.delete(key);
    clearTimeout(episode.timer);
    logger.info(
      {
        episode: key,
        count: episode.count,
        lastedMs: episode.lastAt - episode.startedAt,
        ...(episode.worstMs > 0 ? { worstMs: episode.worstMs } : {}),
      },
      `ended: ${episode.message}`,
    );
  }

  return {
    /** One occurrence of `key`; the first one of an episode is logged with `start`. `ms`: how long it took, if timed. */
    note(key: string, start: EpisodeStart, ms = 0): void {
      const now = Date.now();
      let episode = open.get(key);
      if (!episode) {
        logger[start.level]({ episode: key, ...start.details, ...(ms > 0 ? { ms } : {}) }, start.message);
        episode = { startedAt: now, lastAt: now, count: 0, worstMs: 0, message: start.message, timer: undefined as never };
        open.set(key, episode);
      }
      episode.count += 1;
      episode.lastAt = now;
      episode.worstMs = Math.max(episode.worstMs, Math.round(ms));
      clearTimeout(episode.timer);
      episode.timer = setTimeout(() => end(key), quietMs);
      episode.timer.unref();
    },
  };
}

export type EpisodeLog = ReturnType<typeof createEpisodeLog>;
