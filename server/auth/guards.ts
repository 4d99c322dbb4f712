import { appError } from '../errors.ts';
import type { UserRecord } from './user-repository.ts';
import type { Viewer } from './viewer.ts';
import { facilitates } from './viewer.ts';

/** The signed-in account, or UNAUTHENTICATED. */
export function requireUser(viewer: Viewer): UserRecord {
  if (!viewer.user) throw appError('UNAUTHENTICATED', 'Sign in as a facilitator first.');
  return viewer.user;
}

/**
 * Passes when the viewer facilitates the community. A record in another community is answered exactly
 * like a missing one (NOT_FOUND), so ids cannot be probed across communities.
 */
export function requireFacilitator(viewer: Viewer, communityId: string | null | undefined, what = 'record'): void {
  requireUser(viewer);
  if (!communityId || !facilitates(viewer, communityId)) throw appError('NOT_FOUND', `No such ${what}.`);
}
