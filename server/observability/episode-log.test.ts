import { afterEach, describe, expect, it, vi } from 'vitest';
import { capturedLog, LEVEL } from '../../test/support/captured-log.ts';
import { createEpisodeLog } from './episode-log.ts';

describe('episode log', () => {
  afterEach(() => vi.useRealTimers());

  it('when the same thing happens many times in a row, then it is logged once when it starts and once when it has been quiet, with the count', async () => {
    vi.useFakeTimers();
    const log = capturedLog();
    const episodes = createEpisodeLog(log.logger, { quietMs: 30_000 });
    const start = { level: 'warn' as const, message: 'slow submitSurvey requests (over 2000 ms)', details: { operation: 'submitSurvey' } };
    for (let i = 0; i < 300; i++) {
      episodes.note('slow:submitSurvey', start, 2_000 + i);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatchObject({ level: LEVEL.warn, msg: start.message, operation: 'submitSurvey', ms: 2_000 });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(log.lines).toHaveLength(2);
    expect(log.lines[1]).toMatchObject({ level: LEVEL.info, episode: 'slow:submitSurvey', count: 300, worstMs: 2_299 });

    episodes.note('slow:submitSurvey', start, 2_500); // a new episode
    expect(log.lines).toHaveLength(3);
  });

  it('when different things happen, then each has its own episode', () => {
    const log = capturedLog();
    const episodes = createEpisodeLog(log.logger);
    episodes.note('RATE_LIMITED:submitSurvey', { level: 'warn', message: 'refusing submitSurvey: a rate limit is reached' });
    episodes.note('DB_UNAVAILABLE', { level: 'error', message: 'answering DB_UNAVAILABLE' });
    episodes.note('RATE_LIMITED:submitSurvey', { level: 'warn', message: 'refusing submitSurvey: a rate limit is reached' });
    expect(log.lines.map((l) => l.level)).toEqual([LEVEL.warn, LEVEL.error]);
  });
});
