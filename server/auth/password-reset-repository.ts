import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import { normalizeEmail } from '../text/normalize.ts';
import type { LinkStatus } from './one-time-links.ts';
import { LINK_STATUS, LINK_USABLE, newLinkToken, pruneFinishedLinks } from './one-time-links.ts';
import { hashToken } from './token-hash.ts';
import type { UserRecord } from './user-repository.ts';
import { USER_PROJECTION } from './user-repository.ts';

/** How long a password-reset link works. */
export const RESET_TTL_MS = 24 * 60 * 60 * 1000;

/** Issues a reset link for the account with that email (an open one stops working); null when there is none. */
export function createPasswordReset(db: Database, email: string, issuedById: string): Promise<{ token: string; expiresAt: string } | null> {
  const token = newLinkToken();
  return writeTx(
    db,
    async (tx) => {
      await pruneFinishedLinks(tx);
      const result = await tx.run(
        `MATCH (u:User {normEmail: $normEmail})
       CALL (u) { MATCH (old:PasswordReset {userId: u.id}) WHERE ${LINK_USABLE('old')} SET old.revokedAt = datetime() }
       CREATE (r:PasswordReset {tokenHash: $tokenHash, userId: u.id, issuedById: $issuedById, createdAt: datetime(),
                                expiresAt: datetime() + duration({milliseconds: $ttl})})
       RETURN toString(r.expiresAt) AS expiresAt`,
        { normEmail: normalizeEmail(email), tokenHash: hashToken(token), issuedById, ttl: RESET_TTL_MS },
      );
      const row = result.records[0];
      return row ? { token, expiresAt: row.get('expiresAt') } : null;
    },
    'none',
  );
}

/** Whether the reset link works and for which account; null for an unknown token. */
export function findPasswordReset(db: Database, token: string): Promise<{ status: LinkStatus; email: string } | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (r:PasswordReset {tokenHash: $tokenHash}) MATCH (u:User {id: r.userId}) RETURN {status: ${LINK_STATUS('r')}, email: u.email} AS preview`,
      { tokenHash: hashToken(token) },
    );
    return result.records[0]?.get('preview') ?? null;
  });
}

/** Uses the reset link once: sets the password and ends every session of the account. Null when it no longer works. */
export function usePasswordReset(db: Database, token: string, passwordHash: string): Promise<UserRecord | null> {
  return writeTx(
    db,
    async (tx) => {
      const result = await tx.run(
        `MATCH (r:PasswordReset {tokenHash: $tokenHash}) WHERE ${LINK_USABLE('r')}
       MATCH (u:User {id: r.userId})
       SET r.usedAt = datetime(), u.passwordHash = $passwordHash
       WITH u
       CALL (u) { MATCH (u)-[:HAS_SESSION]->(s:Session) DETACH DELETE s }
       RETURN ${USER_PROJECTION} AS u`,
        { tokenHash: hashToken(token), passwordHash },
      );
      return result.records[0]?.get('u') ?? null;
    },
    'none',
  );
}
