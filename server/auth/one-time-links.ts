import { randomBytes } from 'node:crypto';
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

/** The error for a link that no longer works, saying why (`extensions.reason`). */
export const linkRefused = (what: LinkKind, status: Exclude<LinkStatus, 'VALID'>) =>
  userError('FORBIDDEN', 'link.refused', { what, status }, { reason: status });

export const unknownLink = (what: LinkKind) => userError('NOT_FOUND', 'link.unknown', { what });
