// GraphQL operations of the auth feature; their types are generated from schema/auth.graphql (client/src/gql).
import { graphqlQuery } from '../api/graphql-query';
import { graphql } from '../gql';

export type { MeFragment as Me } from '../gql/graphql';

export const MeFields = graphql(`
  fragment Me on User {
    id
    email
    role
    communities
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...Me
    }
  }
`);

/** Who is signed in, shared by every component that asks; it changes only by signing in or out here. */
export const meQuery = { ...graphqlQuery(ME_QUERY, {}), staleTime: Infinity };

export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...Me
    }
  }
`);

export const SIGN_OUT_MUTATION = graphql(`
  mutation SignOut {
    signOut
  }
`);
