import { RateLimiter } from './rate-limiter.ts';

/** The app's rate limits, one set per app instance. */
export function createRateLimits() {
  return {
    /** Failed sign-ins per email: 10 per 15 minutes. */
    signInFailures: new RateLimiter(10, 15 * 60 * 1000),
    /** Unknown join codes per device: 30 per 10 minutes, so scanning codes gets nowhere. */
    unknownCodes: new RateLimiter(30, 10 * 60 * 1000),
    /**
     * Submissions per workshop code and device: 30 per 10 minutes. Never per IP alone: a whole workshop
     * shares one Wi-Fi address.
     */
    submissions: new RateLimiter(30, 10 * 60 * 1000),
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;
