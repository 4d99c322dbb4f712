import { request } from '../api/graphql';
import { ME_QUERY, SIGN_OUT_MUTATION } from './queries';
import type { Me, MeResult } from './queries';

export type MeState =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; me: Me | null };

// One shared answer to "who is signed in?" for the whole page, so the header and the page it sits on
// ask the server once, and signing in or out updates every component at the same time.
let state: MeState = { status: 'loading' };
let inFlight: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: MeState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getMeState(): MeState {
  return state;
}

/** Asks the server who is signed in, unless a request is already on its way. */
export function loadMe(): Promise<void> {
  inFlight ??= request<MeResult>(ME_QUERY)
    .then(({ me }) => publish({ status: 'ready', me }))
    .catch((error: unknown) => publish({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }))
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/** For useSyncExternalStore; the first subscriber triggers the first request. */
export function subscribeMe(listener: () => void): () => void {
  listeners.add(listener);
  if (state.status === 'loading') void loadMe();
  return () => {
    listeners.delete(listener);
  };
}

/** Records the account signIn returned, without asking the server again. */
export function setMe(me: Me | null): void {
  publish({ status: 'ready', me });
}

/** Ends the session on the server; the page forgets the account even if the server could not be reached. */
export async function signOut(): Promise<void> {
  try {
    await request<{ signOut: boolean }>(SIGN_OUT_MUTATION);
  } finally {
    setMe(null);
  }
}
