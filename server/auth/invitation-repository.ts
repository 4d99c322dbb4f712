import { randomUUID } from 'node:crypto';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import { userError } from '../errors.ts';
import { normalizeEmail } from '../text/normalize.ts';
import type { LinkStatus } from './one-time-links.ts';
import { LINK_STATUS, LINK_USABLE, newLinkToken, pruneFinishedLinks } from './one-time-links.ts';
import { hashToken } from './token-hash.ts';
import type { UserRecord } from './user-repository.ts';
import { USER_PROJECTION } from './user-repository.ts';

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type InvitationRecord = { id: string; email: string; createdAt: string; expiresAt: string };
export type InvitationPreviewRecord = {
  status: LinkStatus;
  communityName: string;
  email: string;
  accountExists: boolean;
  expiresAt: string;
};

const INVITATION = (i: string) => `${i} {.id, .email, createdAt: toString(${i}.createdAt), expiresAt: toString(${i}.expiresAt)}`;

/**
 * Issues an invitation to facilitate the community; an open one for the same email stops working. CONFLICT
 * (field `email`) when that account already facilitates the community.
 */
export function createInvitation(
  db: Database,
  communityId: string,
  email: string,
  invitedById: string,
): Promise<{ token: string; invitation: InvitationRecord }> {
  const token = newLinkToken();
  return writeTx(
    db,
    async (tx) => {
      const params = {
        communityId,
        email,
        normEmail: normalizeEmail(email),
        invitedById,
        id: randomUUID(),
        tokenHash: hashToken(token),
        ttl: INVITATION_TTL_MS,
      };
      const already = await tx.run(
        'MATCH (:User {normEmail: $normEmail})-[:FACILITATES]->(:Community {id: $communityId}) RETURN 1',
        params,
      );
      if (already.records.length > 0) throw userError('CONFLICT', 'auth.alreadyFacilitates', { email }, { field: 'email' });
      await pruneFinishedLinks(tx);
      const result = await tx.run(
        `MATCH (c:Community {id: $communityId})
       CALL (c) { MATCH (old:Invitation {communityId: c.id, normEmail: $normEmail}) WHERE ${LINK_USABLE('old')} SET old.revokedAt = datetime() }
       CREATE (i:Invitation {id: $id, tokenHash: $tokenHash, communityId: c.id, email: $email, normEmail: $normEmail, invitedById: $invitedById,
                             createdAt: datetime(), expiresAt: datetime() + duration({milliseconds: $ttl})})
       RETURN ${INVITATION('i')} AS invitation`,
        params,
      );
      return { token, invitation: result.records[0]!.get('invitation') };
    },
    'none',
  );
}

/** The community's invitations that can still be accepted, newest first. */
export function listOpenInvitations(db: Database, communityId: string): Promise<InvitationRecord[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (i:Invitation {communityId: $communityId}) WHERE ${LINK_USABLE('i')} RETURN ${INVITATION('i')} AS invitation ORDER BY i.createdAt DESC`,
      { communityId },
    );
    return result.records.map((row) => row.get('invitation'));
  });
}

/** Withdraws an open invitation of the community; false when there is none with that id. */
export function revokeInvitation(db: Database, communityId: string, id: string): Promise<boolean> {
  return writeTx(
    db,
    async (tx) => {
      const result = await tx.run(
        `MATCH (i:Invitation {id: $id, communityId: $communityId}) WHERE ${LINK_USABLE('i')} SET i.revokedAt = datetime() RETURN count(i) AS n`,
        { id, communityId },
      );
      return result.records[0]!.get('n') > 0;
    },
    'none',
  );
}

/** What the invitation link offers, or null for an unknown token. */
export function findInvitation(db: Database, token: string): Promise<InvitationPreviewRecord | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (i:Invitation {tokenHash: $tokenHash}) MATCH (c:Community {id: i.communityId})
       RETURN {status: ${LINK_STATUS('i')}, communityName: c.name, email: i.email, expiresAt: toString(i.expiresAt),
               accountExists: EXISTS { (:User {normEmail: i.normEmail}) }} AS preview`,
      { tokenHash: hashToken(token) },
    );
    return result.records[0]?.get('preview') ?? null;
  });
}

/**
 * Uses the invitation, once: with `newAccountHash`, creates the facilitator account for its email (none may
 * exist); with `existingHash` (the password hash the caller just verified), adds the community to that
 * account, provided its password did not change meanwhile. Null when the link was used, withdrawn or expired
 * meanwhile, or the account appeared or changed: the caller reads the invitation again to say why.
 */
export function useInvitation(
  db: Database,
  token: string,
  account: { newAccountHash: string } | { existingHash: string },
): Promise<UserRecord | null> {
  const params = { tokenHash: hashToken(token), id: randomUUID(), ...account };
  const query =
    'newAccountHash' in account
      ? `MATCH (i:Invitation {tokenHash: $tokenHash}) WHERE ${LINK_USABLE('i')} AND NOT EXISTS { (:User {normEmail: i.normEmail}) }
         MATCH (c:Community {id: i.communityId})
         SET i.usedAt = datetime()
         CREATE (u:User {id: $id, email: i.email, normEmail: i.normEmail, passwordHash: $newAccountHash, role: 'FACILITATOR', createdAt: datetime()})
         CREATE (u)-[:FACILITATES]->(c)
         RETURN ${USER_PROJECTION} AS u`
      : `MATCH (i:Invitation {tokenHash: $tokenHash}) WHERE ${LINK_USABLE('i')}
         MATCH (u:User {normEmail: i.normEmail, passwordHash: $existingHash})
         MATCH (c:Community {id: i.communityId})
         SET i.usedAt = datetime()
         MERGE (u)-[:FACILITATES]->(c)
         RETURN ${USER_PROJECTION} AS u`;
  return writeTx(db, async (tx) => (await tx.run(query, params)).records[0]?.get('u') ?? null, 'none');
}
