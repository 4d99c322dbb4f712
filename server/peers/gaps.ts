/**
 * A regional gap: people in a region seek an interest and nobody there offers it, where a facilitator should invite
 * a speaker. People without a region make no gap. The interest page lists them, and snapshots count them.
 */
export const isRegionalGap = (regionId: string | null | undefined, seekers: number, offerers: number): boolean =>
  !!regionId && seekers > 0 && offerers === 0;
