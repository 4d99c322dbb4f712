// GraphQL operations of the first-admin setup; types generated from schema/access.graphql and schema/auth.graphql.
import { graphql } from '../gql';

export const NEEDS_FIRST_ADMIN_QUERY = graphql(`
  query NeedsFirstAdmin {
    needsFirstAdmin
  }
`);

export const CREATE_FIRST_ADMIN_MUTATION = graphql(`
  mutation CreateFirstAdmin($setupToken: String!, $email: String!, $password: String!) {
    createFirstAdmin(setupToken: $setupToken, email: $email, password: $password) {
      ...Me
    }
  }
`);
