import type { UserRecord } from './user-repository.ts';

/** Who is asking: a signed-in account or nobody. Participants and share links come later. */
export type Viewer = { user: UserRecord | null };

export const anonymous: Viewer = { user: null };

/** Admins act in every community; facilitators in the communities they belong to. */
export function facilitates(viewer: Viewer, communityId: string): boolean {
  const { user } = viewer;
  return !!user && (user.role === 'ADMIN' || user.communityIds.includes(communityId));
}

/**
 * What a viewer may see, as a Cypher parameter. Repositories take it and filter with the fragments
 * below, so consent is enforced in one place: only facilitators of a person's community see that person
 * when unlisted, or their email.
 */
export type Scope = { admin: boolean; curated: string[] };

export function scopeOf(viewer: Viewer): Scope {
  return { admin: viewer.user?.role === 'ADMIN', curated: viewer.user?.communityIds ?? [] };
}

/** Cypher: may the viewer (`$scope`) see the person bound to `p`? */
export const visible = (p: string) => `(${p}.listed OR $scope.admin OR ${p}.communityId IN $scope.curated)`;

/** Cypher: the person's email when the viewer curates their community, else null. */
export const emailFor = (p: string) => `CASE WHEN $scope.admin OR ${p}.communityId IN $scope.curated THEN ${p}.email END`;
