import type { CommunityRecord } from '../communities/community-repository.ts';
import { findCommunityBySlug } from '../communities/community-repository.ts';
import type { Database } from '../db/transaction.ts';
import { appError, userError } from '../errors.ts';
import type { UserRecord } from './user-repository.ts';
import type { Viewer } from './viewer.ts';
import { canRead, facilitates } from './viewer.ts';

/** The signed-in account, or UNAUTHENTICATED. */
export function requireUser(viewer: Viewer): UserRecord {
  if (!viewer.user) throw userError('UNAUTHENTICATED', 'auth.signInFirst');
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

/** Passes for anyone with a session or a share link; UNAUTHENTICATED for everyone else. */
export function requireReader(viewer: Viewer): void {
  if (!viewer.user && !viewer.share) throw userError('UNAUTHENTICATED', 'auth.signInOrShare');
}

/** Whether the viewer may read the community (facilitator or its share link); callers answer "no" as "none". */
export function mayRead(viewer: Viewer, communityId: string | null | undefined): boolean {
  return !!communityId && canRead(viewer, communityId);
}

/** Passes for admins; FORBIDDEN for other accounts. */
export function requireAdmin(viewer: Viewer): void {
  if (requireUser(viewer).role !== 'ADMIN') throw userError('FORBIDDEN', 'auth.adminsOnly');
}

/** The community with this slug, if the viewer facilitates it (UNAUTHENTICATED / NOT_FOUND otherwise). */
export async function facilitatedCommunity(db: Database, viewer: Viewer, slug: string): Promise<CommunityRecord> {
  requireUser(viewer);
  const community = await findCommunityBySlug(db, slug);
  requireFacilitator(viewer, community?.id, 'community');
  return community!;
}
