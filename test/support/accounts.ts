import { hashPassword } from '../../server/auth/passwords.ts';
import { upsertUser } from '../../server/auth/user-repository.ts';
import type { Database } from '../../server/db/transaction.ts';
import { uniqueSlug } from './database.ts';
import { gql, sessionCookie } from './server.ts';

const PASSWORD = 'a long test password';
let hashed: Promise<string> | undefined;

/** A facilitator of the given communities, signed in through the API; returns the session cookie. */
export async function signedInFacilitator(db: Database, url: string, communitySlugs: string[]): Promise<string> {
  return signedIn(db, url, communitySlugs, 'FACILITATOR');
}

/** An admin (who also facilitates the given communities), signed in through the API; returns the session cookie. */
export async function signedInAdmin(db: Database, url: string, communitySlugs: string[]): Promise<string> {
  return signedIn(db, url, communitySlugs, 'ADMIN');
}

async function signedIn(db: Database, url: string, communitySlugs: string[], role: 'FACILITATOR' | 'ADMIN'): Promise<string> {
  const email = `${uniqueSlug(role.toLowerCase())}@example.org`;
  await upsertUser(db, { email, passwordHash: await (hashed ??= hashPassword(PASSWORD)), role, communitySlugs });
  const res = await gql(url, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', { e: email, p: PASSWORD });
  return sessionCookie(res);
}
