import { useSyncExternalStore } from 'react';
import { getMeState, subscribeMe } from './me-store';
import type { MeState } from './me-store';

/** The signed-in account (`me`), shared by every component that asks: loading, error, or ready with me or null. */
export function useMe(): MeState {
  return useSyncExternalStore(subscribeMe, getMeState);
}
