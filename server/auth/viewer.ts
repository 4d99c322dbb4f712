import type { UserRecord } from './user-repository.ts';

/**
 * Who is asking: a signed-in account, a share-link viewer (read-only, listed people only), or nobody.
 * Participants act through their private link, which each operation checks itself.
 */
export type Viewer = { user: UserRecord | null; share: { communityId: string } | null };

export const anonymous: Viewer = { user: null, share: null };

/** Admins act in every community; facilitators in the communities they belong to. */
export function facilitates(viewer: Viewer, communityId: string): boolean {
  const { user } = viewer;
  return !!user && (user.role === 'ADMIN' || user.communityIds.includes(communityId));
}

/** Facilitators read their communities; a share link reads its community. */
export function canRead(viewer: Viewer, communityId: string): boolean {
  return facilitates(viewer, communityId) || viewer.share?.communityId === communityId;
}

/**
 * What a viewer may see, as a Cypher parameter. Repositories take it and filter with the fragments
 * below, so consent is enforced in one place: only facilitators of a person's community see that person
 * when unlisted, their ties, or their email. A share link sees like nobody: listed people only.
 */
export type Scope = { admin: boolean; curated: string[] };

export function scopeOf(viewer: Viewer): Scope {
  if (viewer.share) return { admin: false, curated: [] };
  return { admin: viewer.user?.role === 'ADMIN', curated: viewer.user?.communityIds ?? [] };
}

/** Whether the scope sees everyone in the community, unlisted people too (the test `visible` makes). */
export const seesEveryone = (scope: Scope, communityId: string) => scope.admin || scope.curated.includes(communityId);

/** Cypher: may the viewer (`$scope`) see the person bound to `p`? */
export const visible = (p: string) => `(${p}.listed OR $scope.admin OR ${p}.communityId IN $scope.curated)`;

/** Cypher: the person's email when the viewer curates their community, else null. */
export const emailFor = (p: string) => `CASE WHEN $scope.admin OR ${p}.communityId IN $scope.curated THEN ${p}.email END`;
