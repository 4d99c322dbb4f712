// GraphQL operations of the first-admin setup, with result types written by hand to match
// schema/access.graphql and schema/auth.graphql.

import type { Me } from '../auth/queries';

export interface NeedsFirstAdminResult {
  needsFirstAdmin: boolean;
}

export const NEEDS_FIRST_ADMIN_QUERY = /* GraphQL */ `
  query NeedsFirstAdmin {
    needsFirstAdmin
  }
`;

export interface CreateFirstAdminResult {
  createFirstAdmin: Me;
}

export const CREATE_FIRST_ADMIN_MUTATION = /* GraphQL */ `
  mutation CreateFirstAdmin($setupToken: String!, $email: String!, $password: String!) {
    createFirstAdmin(setupToken: $setupToken, email: $email, password: $password) {
      id
      email
      role
      communities
    }
  }
`;
