import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.ts';

describe('RateLimiter', () => {
  it('when a key exceeds its limit within the window, then it is refused until the window ends', () => {
    const limiter = new RateLimiter(2, 1000);
    expect([limiter.take('a', 0), limiter.take('a', 10), limiter.take('a', 20)]).toEqual([true, true, false]);
    expect(limiter.exceeded('a', 30)).toBe(true);
    expect(limiter.take('b', 20)).toBe(true);
    expect(limiter.take('a', 1001)).toBe(true);
  });
});
