import { randomBytes } from 'node:crypto';
import type { Database } from '../db/transaction.ts';
import { writeTx } from '../db/transaction.ts';
import { userError } from '../errors.ts';
import { normalizeEmail } from '../text/normalize.ts';
import { hashPassword } from './passwords.ts';
import { createSession } from './sessions.ts';
import { hashToken } from './token-hash.ts';
import type { UserRecord } from './user-repository.ts';
import { USER_PROJECTION } from './user-repository.ts';

/**
 * On a fresh install (no account yet) a one-time setup token for the first admin, printed at start as a
 * link. Each start replaces it; it stops working once any account exists. Null when accounts exist.
 */
export function issueFirstAdminToken(db: Database): Promise<string | null> {
  const token = randomBytes(24).toString('base64url');
  return writeTx(
    db,
    async (tx) => {
      const result = await tx.run(
        `OPTIONAL MATCH (u:User) WITH count(u) AS users WHERE users = 0
       MERGE (s:Setting {key: 'firstAdminSetup'}) SET s.value = $hash
       RETURN true AS issued`,
        { hash: hashToken(token) },
      );
      return result.records.length > 0 ? token : null;
    },
    'none',
  );
}

/** Creates the first admin with the setup token, consumes the token, and opens a session. */
export async function createFirstAdmin(
  db: Database,
  token: string,
  email: string,
  password: string,
): Promise<{ user: UserRecord; sessionToken: string }> {
  const passwordHash = await hashPassword(password);
  const user = await writeTx(
    db,
    async (tx) => {
      const result = await tx.run(
        `MATCH (s:Setting {key: 'firstAdminSetup', value: $hash})
       SET s.claimedAt = datetime()
       WITH s WHERE NOT EXISTS { MATCH (:User) }
       CREATE (u:User {id: randomUUID(), email: $email, normEmail: $normEmail, passwordHash: $passwordHash, role: 'ADMIN', createdAt: datetime()})
       DELETE s
       RETURN ${USER_PROJECTION} AS u`,
        { hash: hashToken(token), email, normEmail: normalizeEmail(email), passwordHash },
      );
      return result.records[0]?.get('u') as UserRecord | undefined;
    },
    'none',
  );
  if (!user) throw userError('FORBIDDEN', 'auth.setupLinkInvalid');
  return { user, sessionToken: await createSession(db, user.id) };
}
