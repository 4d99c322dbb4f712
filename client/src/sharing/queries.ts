// GraphQL operations of share links; types generated from schema/access.graphql (client/src/gql).
import { graphqlQuery } from '../api/graphql-query';
import { graphql } from '../gql';

export type { SharedCommunityFragment as SharedCommunity } from '../gql/graphql';

/** A community as a share link opens it; `path` is the share page, `/s/<token>`, on this site. */
export const SharedCommunityFields = graphql(`
  fragment SharedCommunity on SharedCommunity {
    path
    communitySlug
    communityName
  }
`);

export const SHARE_LINK_QUERY = graphql(`
  query ShareLink($token: String!) {
    shareLink(token: $token) {
      ...SharedCommunity
    }
  }
`);

/** The community a share link opens; the share page and the map's prefetch share it. */
export const shareLinkQuery = (token: string) => graphqlQuery(SHARE_LINK_QUERY, { token });

export const shareLinkStatusQuery = (slug: string) => graphqlQuery(SHARE_LINK_STATUS_QUERY, { slug });

/** The community's live share links (facilitators only; null otherwise). */
export const SHARE_LINK_STATUS_QUERY = graphql(`
  query ShareLinkStatus($slug: String!) {
    community(slug: $slug) {
      slug
      shareLinks {
        id
        name
        createdAt
        lastUsedAt
      }
    }
  }
`);

/** Adds a share link; the token is in `path` and is never shown again. */
export const CREATE_SHARE_LINK_MUTATION = graphql(`
  mutation CreateShareLink($communitySlug: String!, $name: String) {
    createShareLink(communitySlug: $communitySlug, name: $name) {
      ...SharedCommunity
    }
  }
`);

export const REVOKE_SHARE_LINK_MUTATION = graphql(`
  mutation RevokeShareLink($communitySlug: String!, $id: ID!) {
    revokeShareLink(communitySlug: $communitySlug, id: $id)
  }
`);
