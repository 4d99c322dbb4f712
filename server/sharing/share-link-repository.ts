import { randomBytes } from 'node:crypto';
import { hashToken } from '../auth/token-hash.ts';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';

export type ShareLinkTarget = { communityId: string; communitySlug: string; communityName: string };

/**
 * Replaces the community's share link with a new one and returns its token (shown once; stored hashed).
 * `token` may be given to make a deterministic link (the demo's).
 */
export async function createShareLink(db: Database, communityId: string, token = randomBytes(24).toString('base64url')): Promise<string> {
  await writeTx(db, async (tx) => {
    await tx.run('MATCH (l:ShareLink {communityId: $communityId}) WHERE l.revokedAt IS NULL SET l.revokedAt = datetime()', { communityId });
    await tx.run(
      `MERGE (l:ShareLink {tokenHash: $tokenHash})
       SET l.communityId = $communityId, l.createdAt = datetime(), l.revokedAt = null`,
      { communityId, tokenHash: hashToken(token) },
    );
  }, { community: communityId });
  return token;
}

/** Revokes the community's share link at once: pages open with it stop getting data. */
export function revokeShareLinks(db: Database, communityId: string): Promise<void> {
  return writeTx(db, async (tx) => {
    await tx.run('MATCH (l:ShareLink {communityId: $communityId}) WHERE l.revokedAt IS NULL SET l.revokedAt = datetime()', { communityId });
  }, { community: communityId });
}

/** The community a live share link opens, or null (unknown or revoked). */
export function findShareLink(db: Database, token: string): Promise<ShareLinkTarget | null> {
  const tokenHash = hashToken(token);
  return db.state.caches.shareLink(tokenHash, () => readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (l:ShareLink {tokenHash: $tokenHash}) WHERE l.revokedAt IS NULL
       MATCH (c:Community {id: l.communityId})
       RETURN c.id AS communityId, c.slug AS communitySlug, c.name AS communityName`,
      { tokenHash },
    );
    return (result.records[0]?.toObject() as ShareLinkTarget | undefined) ?? null;
  }));
}

/** When the community's live share link was created, or null when it has none. */
export function shareLinkCreatedAt(db: Database, communityId: string): Promise<string | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      'MATCH (l:ShareLink {communityId: $communityId}) WHERE l.revokedAt IS NULL RETURN toString(l.createdAt) AS at',
      { communityId },
    );
    return result.records[0]?.get('at') ?? null;
  });
}
