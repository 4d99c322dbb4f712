import { randomBytes } from 'node:crypto';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import type { UserRecord } from './user-repository.ts';
import { hashToken } from './token-hash.ts';
import { USER_PROJECTION } from './user-repository.ts';

/** A session ends after this long without use… */
export const IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
/** …and in any case this long after sign-in. */
export const ABSOLUTE_TIMEOUT_MS = 7 * 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** Opens a session and returns its secret token (the cookie value). */
export async function createSession(db: Database, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await writeTx(
    db,
    (tx) =>
      tx.run(
        `MATCH (u:User {id: $userId})
       CREATE (s:Session {tokenHash: $tokenHash, userId: $userId, createdAt: $now, lastSeenAt: $now})
       CREATE (u)-[:HAS_SESSION]->(s)`,
        { userId, tokenHash: hashToken(token), now: Date.now() },
      ),
    'none',
  );
  return token;
}

/** The account behind a live session token, or null; expired sessions are deleted on sight. */
export async function userForSession(db: Database, token: string, now = Date.now()): Promise<UserRecord | null> {
  const tokenHash = hashToken(token);
  const row = await readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (u:User)-[:HAS_SESSION]->(s:Session {tokenHash: $tokenHash})
       RETURN ${USER_PROJECTION} AS u, s.createdAt AS createdAt, s.lastSeenAt AS lastSeenAt`,
      { tokenHash },
    );
    return result.records[0]?.toObject() as { u: UserRecord; createdAt: number; lastSeenAt: number } | undefined;
  });
  if (!row) return null;
  if (now - row.lastSeenAt > IDLE_TIMEOUT_MS || now - row.createdAt > ABSOLUTE_TIMEOUT_MS) {
    await deleteSession(db, token);
    return null;
  }
  if (now - row.lastSeenAt > TOUCH_EVERY_MS) {
    await writeTx(db, (tx) => tx.run('MATCH (s:Session {tokenHash: $tokenHash}) SET s.lastSeenAt = $now', { tokenHash, now }), 'none');
  }
  return row.u;
}

export async function deleteSession(db: Database, token: string): Promise<void> {
  await writeTx(db, (tx) => tx.run('MATCH (s:Session {tokenHash: $tokenHash}) DETACH DELETE s', { tokenHash: hashToken(token) }), 'none');
}
