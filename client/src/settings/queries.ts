// GraphQL operations of the settings screens; types generated from schema/settings.graphql and schema/auth.graphql.
import { graphqlQuery } from '../api/graphql-query';
import { graphql } from '../gql';

export type { SettingsRegionFragment as SettingsRegion, LinkStatus } from '../gql/graphql';

export const ADMIN_COMMUNITIES_QUERY = graphql(`
  query AdminCommunities {
    communities(includeArchived: true) {
      id
      slug
      name
      description
      defaultLanguage
      archived
      peopleCount
    }
  }
`);
export const adminCommunitiesQuery = graphqlQuery(ADMIN_COMMUNITIES_QUERY, {});

export const CREATE_COMMUNITY_MUTATION = graphql(`
  mutation CreateCommunity($input: CreateCommunityInput!) {
    createCommunity(input: $input) {
      slug
    }
  }
`);

export const SET_COMMUNITY_ARCHIVED_MUTATION = graphql(`
  mutation SetCommunityArchived($slug: String!, $archived: Boolean!) {
    setCommunityArchived(slug: $slug, archived: $archived) {
      slug
      archived
    }
  }
`);

export const SettingsRegionFields = graphql(`
  fragment SettingsRegion on Region {
    id
    name
    peopleCount
    latitude
    longitude
    parent {
      id
      name
    }
  }
`);

export const COMMUNITY_SETTINGS_QUERY = graphql(`
  query CommunitySettings($slug: String!) {
    community(slug: $slug) {
      id
      slug
      name
      description
      defaultLanguage
      contact
      archived
      regions {
        ...SettingsRegion
      }
      facilitators {
        id
        email
        role
      }
      invitations {
        id
        email
        expiresAt
      }
    }
  }
`);
export const communitySettingsQuery = (slug: string) => graphqlQuery(COMMUNITY_SETTINGS_QUERY, { slug });

export const UPDATE_COMMUNITY_MUTATION = graphql(`
  mutation UpdateCommunity($slug: String!, $input: UpdateCommunityInput!) {
    updateCommunity(slug: $slug, input: $input) {
      slug
    }
  }
`);

export const CREATE_REGION_MUTATION = graphql(`
  mutation CreateRegion($communitySlug: String!, $input: RegionInput!) {
    createRegion(communitySlug: $communitySlug, input: $input) {
      id
    }
  }
`);

export const UPDATE_REGION_MUTATION = graphql(`
  mutation UpdateRegion($id: ID!, $input: RegionInput!) {
    updateRegion(id: $id, input: $input) {
      id
    }
  }
`);

export const REORDER_REGIONS_MUTATION = graphql(`
  mutation ReorderRegions($communitySlug: String!, $ids: [ID!]!) {
    reorderRegions(communitySlug: $communitySlug, ids: $ids) {
      id
    }
  }
`);

export const MERGE_REGIONS_MUTATION = graphql(`
  mutation MergeRegions($survivorId: ID!, $duplicateId: ID!) {
    mergeRegions(survivorId: $survivorId, duplicateId: $duplicateId) {
      id
    }
  }
`);

export const DELETE_REGION_MUTATION = graphql(`
  mutation DeleteRegion($id: ID!) {
    deleteRegion(id: $id)
  }
`);

export const INVITE_FACILITATOR_MUTATION = graphql(`
  mutation InviteFacilitator($communitySlug: String!, $email: String!) {
    inviteFacilitator(communitySlug: $communitySlug, email: $email) {
      path
      expiresAt
    }
  }
`);

export const REVOKE_INVITATION_MUTATION = graphql(`
  mutation RevokeInvitation($communitySlug: String!, $invitationId: ID!) {
    revokeInvitation(communitySlug: $communitySlug, invitationId: $invitationId)
  }
`);

export const REMOVE_FACILITATOR_MUTATION = graphql(`
  mutation RemoveFacilitator($communitySlug: String!, $userId: ID!) {
    removeFacilitator(communitySlug: $communitySlug, userId: $userId)
  }
`);

export const ISSUE_PASSWORD_RESET_MUTATION = graphql(`
  mutation IssuePasswordReset($email: String!) {
    issuePasswordReset(email: $email) {
      path
      expiresAt
    }
  }
`);

export const INVITATION_QUERY = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      status
      communityName
      email
      accountExists
      expiresAt
    }
  }
`);

export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      ...Me
    }
  }
`);

export const PASSWORD_RESET_QUERY = graphql(`
  query PasswordReset($token: String!) {
    passwordReset(token: $token) {
      status
      email
    }
  }
`);

export const RESET_PASSWORD_MUTATION = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      ...Me
    }
  }
`);

export const CHANGE_PASSWORD_MUTATION = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
