import { shareHeaders } from '../sharing/share-token';

/**
 * How a page reaches a community: by slug with the facilitator's session (`/c/:slug/…`), or through a share
 * link (`/s/:token/…`), whose token then goes with every request and whose pages stay under `/s/:token`.
 */
export interface CommunityAccess {
  slug: string;
  shareToken: string | null;
}

/** The community map page this access opens. */
export function communityPath(access: CommunityAccess): string {
  return access.shareToken !== null ? `/s/${encodeURIComponent(access.shareToken)}` : `/c/${encodeURIComponent(access.slug)}`;
}

/** The peer finder, optionally with a person already picked. */
export function peersPath(access: CommunityAccess, personId?: string | null): string {
  const path = `${communityPath(access)}/peers`;
  return personId ? `${path}?${new URLSearchParams({ person: personId }).toString()}` : path;
}

/** An interest's page: who offers it, who seeks it, where the gaps are. */
export function interestPath(access: CommunityAccess, interestId: string): string {
  return `${communityPath(access)}/interests/${encodeURIComponent(interestId)}`;
}

/** The request headers of this access: the share token, or none (the session cookie goes by itself). */
export function accessHeaders(access: CommunityAccess): Record<string, string> {
  return access.shareToken !== null ? shareHeaders(access.shareToken) : {};
}
