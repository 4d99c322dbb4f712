// GraphQL operations of the auth feature, with result types written by hand to match schema/auth.graphql.

export type UserRole = 'ADMIN' | 'FACILITATOR';

export interface Me {
  id: string;
  email: string;
  role: UserRole;
  /** Slugs of the communities the account facilitates (admins may act in all). */
  communities: string[];
}

export interface MeResult {
  me: Me | null;
}

export const ME_QUERY = /* GraphQL */ `
  query Me {
    me {
      id
      email
      role
      communities
    }
  }
`;

export interface SignInResult {
  signIn: Me;
}

export const SIGN_IN_MUTATION = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      email
      role
      communities
    }
  }
`;

export const SIGN_OUT_MUTATION = /* GraphQL */ `
  mutation SignOut {
    signOut
  }
`;
