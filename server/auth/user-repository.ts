import { randomUUID } from 'node:crypto';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import { normalizeEmail } from '../text/normalize.ts';

export type UserRole = 'ADMIN' | 'FACILITATOR';
export type UserRecord = { id: string; email: string; role: UserRole; communityIds: string[]; communitySlugs: string[] };

const USER = `u {.id, .email, .role, communityIds: [(u)-[:FACILITATES]->(c:Community) | c.id],
  communitySlugs: [(u)-[:FACILITATES]->(c:Community) | c.slug]}`;

/**
 * Creates an account, or updates the password, role and communities of the one with that email
 * (so a script can run `admin:create` twice). Uniqueness of the email is a Neo4j constraint. A password set
 * this way is a reset: every session of the account ends.
 */
export function upsertUser(
  db: Database,
  input: { email: string; passwordHash: string; role: UserRole; communitySlugs: string[] },
): Promise<UserRecord> {
  return writeTx(
    db,
    async (tx) => {
      const result = await tx.run(
        `MERGE (u:User {normEmail: $normEmail})
       ON CREATE SET u.id = $id, u.createdAt = datetime()
       SET u.email = $email, u.passwordHash = $passwordHash, u.role = $role
       WITH u
       CALL (u) { MATCH (u)-[:HAS_SESSION]->(s:Session) DETACH DELETE s }
       UNWIND (CASE WHEN size($communitySlugs) = 0 THEN [null] ELSE $communitySlugs END) AS slug
       OPTIONAL MATCH (c:Community {slug: slug})
       FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (u)-[:FACILITATES]->(c))
       WITH DISTINCT u
       RETURN ${USER} AS u`,
        { ...input, normEmail: normalizeEmail(input.email), id: randomUUID() },
      );
      return result.records[0]!.get('u');
    },
    'none',
  );
}

/** The account and its password hash, for sign-in only. */
export function findUserCredentials(db: Database, email: string): Promise<(UserRecord & { passwordHash: string }) | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run(`MATCH (u:User {normEmail: $normEmail}) RETURN ${USER} AS u, u.passwordHash AS hash`, {
      normEmail: normalizeEmail(email),
    });
    const row = result.records[0];
    return row ? { ...row.get('u'), passwordHash: row.get('hash') } : null;
  });
}

/** Sets a new password hash and ends every other session of the account (the one with `keepTokenHash` stays). */
export function setPassword(db: Database, userId: string, passwordHash: string, keepTokenHash: string | null): Promise<void> {
  return writeTx(
    db,
    async (tx) => {
      await tx.run(
        `MATCH (u:User {id: $userId}) SET u.passwordHash = $passwordHash
       WITH u MATCH (u)-[:HAS_SESSION]->(s:Session) WHERE s.tokenHash <> coalesce($keepTokenHash, '') DETACH DELETE s`,
        { userId, passwordHash, keepTokenHash },
      );
    },
    'none',
  );
}

/** The accounts that facilitate the community. */
export function listFacilitators(db: Database, communityId: string): Promise<UserRecord[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(`MATCH (u:User)-[:FACILITATES]->(:Community {id: $communityId}) RETURN ${USER} AS u ORDER BY u.email`, {
      communityId,
    });
    return result.records.map((r) => r.get('u'));
  });
}

/** Removes the account from the community's facilitators; false when it was not one of them. */
export function removeFacilitator(db: Database, communityId: string, userId: string): Promise<boolean> {
  return writeTx(
    db,
    async (tx) => {
      const result = await tx.run(
        'MATCH (:User {id: $userId})-[f:FACILITATES]->(:Community {id: $communityId}) DELETE f RETURN count(f) AS n',
        {
          userId,
          communityId,
        },
      );
      return result.records[0]!.get('n') > 0;
    },
    'none',
  );
}

export function countUsers(db: Database): Promise<number> {
  return readTx(db, async (tx) => (await tx.run('MATCH (u:User) RETURN count(u) AS n')).records[0]!.get('n'));
}

export { USER as USER_PROJECTION };
