import { randomBytes } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/transaction.ts';
import { writeTx } from '../db/transaction.ts';
import { userError } from '../errors.ts';

/** What a one-time link is for. */
export type LinkKind = 'invitation' | 'password-reset';

/** Where an invitation or a password-reset link stands (LinkStatus in the schema). */
export type LinkStatus = 'VALID' | 'USED' | 'EXPIRED' | 'REVOKED';

/** A new link's secret: 192 random bits; only its hash (token-hash.ts) is stored. */
export const newLinkToken = () => randomBytes(24).toString('base64url');

/** Cypher: the status of the link node bound to `l` (`usedAt`, `revokedAt`, `expiresAt` properties). */
export const LINK_STATUS = (l: string) => `CASE WHEN ${l}.usedAt IS NOT NULL THEN 'USED' WHEN ${l}.revokedAt IS NOT NULL THEN 'REVOKED'
  WHEN ${l}.expiresAt <= datetime() THEN 'EXPIRED' ELSE 'VALID' END`;

/** Cypher: the link bound to `l` can still be used. */
export const LINK_USABLE = (l: string) => `(${l}.usedAt IS NULL AND ${l}.revokedAt IS NULL AND ${l}.expiresAt > datetime())`;

/**
 * How long a link is kept once it stopped working (expired, used or withdrawn): opened meanwhile, it still says
 * why ("has expired", "was already used") instead of "does not exist". After that it is deleted.
 */
export const KEEP_FINISHED_LINK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Deletes the invitations and password-reset links that stopped working more than KEEP_FINISHED_LINK_MS ago,
 * inside `tx`: run by every write that issues a new link, and once at start. Returns how many went.
 */
export async function pruneFinishedLinks(tx: ManagedTransaction, keepMs = KEEP_FINISHED_LINK_MS): Promise<number> {
  const result = await tx.run(
    `MATCH (l:Invitation|PasswordReset) WHERE coalesce(l.usedAt, l.revokedAt, l.expiresAt) < datetime() - duration({milliseconds: $keepMs})
     DETACH DELETE l RETURN count(l) AS n`,
    { keepMs },
  );
  return result.records[0]!.get('n');
}

/** pruneFinishedLinks in a write of its own (at start), through the one write path. */
export const pruneFinishedLinksNow = (db: Database) => writeTx(db, (tx) => pruneFinishedLinks(tx), 'none');

/** The error for a link that no longer works, saying why (`extensions.reason`). */
export const linkRefused = (what: LinkKind, status: Exclude<LinkStatus, 'VALID'>) =>
  userError('FORBIDDEN', 'link.refused', { what, status }, { reason: status });

export const unknownLink = (what: LinkKind) => userError('NOT_FOUND', 'link.unknown', { what });
