import { randomBytes, randomUUID } from 'node:crypto';
import { hashToken } from '../auth/token-hash.ts';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';

export type ShareLinkTarget = { communityId: string; communitySlug: string; communityName: string };
/** A live share link as its community's facilitators manage it: never its token (stored only as a hash). */
export type ShareLinkRecord = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

export const DEFAULT_SHARE_LINK_NAME = 'Share link';
export const DEMO_SHARE_LINK_NAME = 'Demo on the home page';

/**
 * Adds a share link to the community and returns its token (shown once; stored hashed). Other links stay
 * live: each coordinator can have their own, revoked on its own. `token` may be given to make a deterministic
 * link (the demo's).
 */
export async function createShareLink(
  db: Database,
  communityId: string,
  token = randomBytes(24).toString('base64url'),
  name = DEFAULT_SHARE_LINK_NAME,
): Promise<string> {
  await writeTx(
    db,
    async (tx) => {
      await tx.run(
        `MERGE (l:ShareLink {tokenHash: $tokenHash})
       ON CREATE SET l.id = $id
       SET l.communityId = $communityId, l.name = $name, l.createdAt = datetime(), l.revokedAt = null, l.lastUsedAt = null`,
        { communityId, tokenHash: hashToken(token), id: randomUUID(), name },
      );
    },
    { community: communityId },
  );
  return token;
}

/** Revokes one link of the community at once (pages open with it stop getting data); false when it has no such live link. */
export function revokeShareLink(db: Database, communityId: string, id: string): Promise<boolean> {
  return writeTx(
    db,
    async (tx) => {
      const result = await tx.run(
        `MATCH (l:ShareLink {id: $id, communityId: $communityId}) WHERE l.revokedAt IS NULL
       SET l.revokedAt = datetime() RETURN count(l) AS n`,
        { communityId, id },
      );
      return result.records[0]!.get('n') > 0;
    },
    { community: communityId },
  );
}

/** Revokes every share link of the community at once. */
export function revokeShareLinks(db: Database, communityId: string): Promise<void> {
  return writeTx(
    db,
    async (tx) => {
      await tx.run('MATCH (l:ShareLink {communityId: $communityId}) WHERE l.revokedAt IS NULL SET l.revokedAt = datetime()', {
        communityId,
      });
    },
    { community: communityId },
  );
}

/**
 * Links made before there were several have no id or name: give them one, so they keep working and can be
 * revoked one by one; the demo's (`demoTokenHash`) is named as the home page offers it. Idempotent.
 */
export function migrateShareLinks(db: Database, demoTokenHash: string | null): Promise<void> {
  return writeTx(
    db,
    async (tx) => {
      await tx.run(
        `MATCH (l:ShareLink) WHERE l.id IS NULL OR l.name IS NULL
       SET l.id = coalesce(l.id, randomUUID()),
           l.name = coalesce(l.name, CASE WHEN l.tokenHash = $demoTokenHash THEN $demoName ELSE $name END)`,
        { name: DEFAULT_SHARE_LINK_NAME, demoName: DEMO_SHARE_LINK_NAME, demoTokenHash },
      );
    },
    'none',
  );
}

/** A busy link costs one write a minute, not one per request. */
const TOUCH_EVERY_MS = 60_000;

/** The community a live share link opens, or null (unknown or revoked). Notes when the link was used. */
export async function findShareLink(db: Database, token: string): Promise<ShareLinkTarget | null> {
  const tokenHash = hashToken(token);
  const link = await db.state.caches.shareLink(tokenHash, () =>
    readTx(db, async (tx) => {
      const result = await tx.run(
        `MATCH (l:ShareLink {tokenHash: $tokenHash}) WHERE l.revokedAt IS NULL
       MATCH (c:Community {id: l.communityId})
       RETURN c.id AS communityId, c.slug AS communitySlug, c.name AS communityName`,
        { tokenHash },
      );
      return (result.records[0]?.toObject() as ShareLinkTarget | undefined) ?? null;
    }),
  );
  if (link) noteUse(db, tokenHash);
  return link;
}

/**
 * Writes down that a link was used, at most once a minute per link and off the request's path: a lost note
 * only makes "last used" a minute older. It changes no derived figure, so no revision moves.
 */
function noteUse(db: Database, tokenHash: string): void {
  const lastTouched = db.state.shareLinkUse;
  const now = Date.now();
  if (now - (lastTouched.get(tokenHash) ?? 0) < TOUCH_EVERY_MS) return;
  lastTouched.set(tokenHash, now);
  if (lastTouched.size > 10_000) lastTouched.clear();
  writeTx(
    db,
    (tx) => tx.run('MATCH (l:ShareLink {tokenHash: $tokenHash}) WHERE l.revokedAt IS NULL SET l.lastUsedAt = datetime()', { tokenHash }),
    'none',
  ).catch(() => lastTouched.delete(tokenHash));
}

/** The community's live share links, newest first (facilitators' view). */
export function listShareLinks(db: Database, communityId: string): Promise<ShareLinkRecord[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (l:ShareLink {communityId: $communityId}) WHERE l.revokedAt IS NULL
       RETURN l.id AS id, coalesce(l.name, $name) AS name, toString(l.createdAt) AS createdAt, toString(l.lastUsedAt) AS lastUsedAt
       ORDER BY l.createdAt DESC`,
      { communityId, name: DEFAULT_SHARE_LINK_NAME },
    );
    return result.records.map((r) => r.toObject() as ShareLinkRecord);
  });
}

/** When the community's newest live share link was created, or null when it has none. */
export function shareLinkCreatedAt(db: Database, communityId: string): Promise<string | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      'MATCH (l:ShareLink {communityId: $communityId}) WHERE l.revokedAt IS NULL RETURN toString(max(l.createdAt)) AS at',
      { communityId },
    );
    return result.records[0]?.get('at') ?? null;
  });
}
