import { hashPassword } from '../../server/auth/passwords.ts';
import { upsertUser } from '../../server/auth/user-repository.ts';
import type { Database } from '../../server/db/transaction.ts';
import { uniqueSlug } from './database.ts';
import { gql, sessionCookie } from './server.ts';

const PASSWORD = 'a long test password';
let hashed: Promise<string> | undefined;

/** A facilitator of the given communities, signed in through the API; returns the session cookie. */
export async function signedInFacilitator(db: Database, url: string, communitySlugs: string[]): Promise<string> {
  const email = `${uniqueSlug('facilitator')}@example.org`;
  await upsertUser(db, { email, passwordHash: await (hashed ??= hashPassword(PASSWORD)), role: 'FACILITATOR', communitySlugs });
  const res = await gql(url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: email, p: PASSWORD });
  return sessionCookie(res);
}
