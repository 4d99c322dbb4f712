// GraphQL operations of share links, with result types written by hand to match schema/access.graphql.

/** A community as a share link opens it. */
export interface SharedCommunity {
  /** Path of the share page, `/s/<token>`, on this site. */
  path: string;
  communitySlug: string;
  communityName: string;
}

export interface ShareLinkResult {
  shareLink: SharedCommunity;
}

export const SHARE_LINK_QUERY = /* GraphQL */ `
  query ShareLink($token: String!) {
    shareLink(token: $token) {
      path
      communitySlug
      communityName
    }
  }
`;

/** Whether the community has a live share link (facilitators only; null otherwise). */
export interface ShareLinkStatusResult {
  community: { slug: string; shareLinkCreatedAt: string | null } | null;
}

export const SHARE_LINK_STATUS_QUERY = /* GraphQL */ `
  query ShareLinkStatus($slug: String!) {
    community(slug: $slug) {
      slug
      shareLinkCreatedAt
    }
  }
`;

export interface CreateShareLinkResult {
  createShareLink: SharedCommunity;
}

/** Replaces the community's share link; the token is in `path` and is never shown again. */
export const CREATE_SHARE_LINK_MUTATION = /* GraphQL */ `
  mutation CreateShareLink($communitySlug: String!) {
    createShareLink(communitySlug: $communitySlug) {
      path
      communitySlug
      communityName
    }
  }
`;

export interface RevokeShareLinkResult {
  revokeShareLink: boolean;
}

export const REVOKE_SHARE_LINK_MUTATION = /* GraphQL */ `
  mutation RevokeShareLink($communitySlug: String!) {
    revokeShareLink(communitySlug: $communitySlug)
  }
`;
