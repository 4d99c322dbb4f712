/**
 * A regional gap: people in a region seek an interest and nobody there offers it, where a facilitator should invite
 * a speaker. People without a region make no gap. Snapshots and change lists count them; the interest page
 * (interest-page-repository.ts) applies the same rule.
 */
export const isRegionalGap = (regionId: string | null | undefined, seekers: number, offerers: number): boolean =>
  !!regionId && seekers > 0 && offerers === 0;
