import type { Logger } from '../logger.ts';

/**
 * Stable names of the events an operator may have to account for later (who merged, erased, shared, gave
 * access, or had an account locked). Dashboards and alerts key on these, never on the message text.
 */
export type AuditEvent =
  | 'auth.sign-in-locked'
  | 'auth.password-check-locked'
  | 'curation.merged'
  | 'person.erased'
  | 'share-link.created'
  | 'share-link.revoked'
  | 'facilitator.invited'
  | 'facilitator.invitation-revoked'
  | 'facilitator.joined'
  | 'facilitator.removed'
  | 'account.password-reset-issued'
  | 'account.password-reset'
  | 'community.created'
  | 'community.archived'
  | 'community.restored';

/**
 * What an audit line may carry: ids and kinds only. Names, emails, tokens and typed text never reach a log,
 * and this type is the fence: anything else does not compile.
 */
export type AuditFields = {
  /** The signed-in account that acted (null: someone without an account, through a private link). */
  actorId?: string | null;
  /** The account acted upon. */
  userId?: string | null;
  communityId?: string;
  communityIds?: string[];
  invitationId?: string;
  personId?: string;
  kind?: string;
  survivorId?: string;
  duplicateId?: string;
};

/** One audit line: a pino object with `audit: true`, the stable `event`, the ids, and a readable message. */
export function audit(logger: Logger, event: AuditEvent, fields: AuditFields, message: string): void {
  logger.info({ audit: true, event, ...fields }, message);
}
