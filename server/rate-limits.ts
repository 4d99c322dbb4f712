import { RateLimiter } from './rate-limiter.ts';

const TEN_MINUTES = 10 * 60 * 1000;

/** Budgets per window; tests pass smaller ones to reach them quickly. */
export type RateLimitBudgets = {
  unknownCodesPerDevice: number;
  unknownCodesPerAddress: number;
  submissionsPerDevice: number;
  submissionsPerAddress: number;
};

/**
 * Per device (the survey page's random id) a phone cannot guess codes or flood a workshop; per address, a new
 * device id on every request does not escape. The per-address budgets are generous enough for a whole room of
 * 500 phones behind one Wi-Fi address, but bounded.
 */
export const DEFAULT_BUDGETS: RateLimitBudgets = {
  unknownCodesPerDevice: 30,
  unknownCodesPerAddress: 200,
  submissionsPerDevice: 30,
  submissionsPerAddress: 2_000,
};

/** The app's rate limits, one set per app instance. */
export function createRateLimits(budgets: RateLimitBudgets = DEFAULT_BUDGETS) {
  return {
    /** Failed sign-ins per email: 10 per 15 minutes. */
    signInFailures: new RateLimiter(10, 15 * 60 * 1000),
    /** Unknown join codes per device, per 10 minutes: scanning codes gets nowhere. */
    unknownCodesPerDevice: new RateLimiter(budgets.unknownCodesPerDevice, TEN_MINUTES),
    /** Unknown join codes per source address, per 10 minutes. */
    unknownCodesPerAddress: new RateLimiter(budgets.unknownCodesPerAddress, TEN_MINUTES),
    /** Submissions per workshop code and device, per 10 minutes. */
    submissionsPerDevice: new RateLimiter(budgets.submissionsPerDevice, TEN_MINUTES),
    /** Submissions per source address (all workshops), per 10 minutes. */
    submissionsPerAddress: new RateLimiter(budgets.submissionsPerAddress, TEN_MINUTES),
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;
