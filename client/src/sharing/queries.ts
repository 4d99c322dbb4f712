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
