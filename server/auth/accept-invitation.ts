import type { Database } from '../db/transaction.ts';
import { userError } from '../errors.ts';
import type { RateLimiter } from '../rate-limiter.ts';
import { normalizeEmail } from '../text/normalize.ts';
import { valid } from '../validation.ts';
import { findInvitation, useInvitation } from './invitation-repository.ts';
import { linkRefused, unknownLink } from './one-time-links.ts';
import { NewPassword, hashPassword, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';
import type { UserRecord } from './user-repository.ts';
import { findUserCredentials } from './user-repository.ts';

/**
 * Accepts an invitation and opens a session. Without an account for the invited email, the password the
 * invitee chose becomes the new account's; with one, the password must be that account's (failures count like
 * sign-in failures), so a link in the wrong hands cannot add a community to somebody else's account.
 */
export async function acceptInvitation(
  db: Database,
  failures: RateLimiter,
  token: string,
  password: string,
): Promise<{ user: UserRecord; sessionToken: string }> {
  const preview = token.length <= 128 ? await findInvitation(db, token) : null;
  if (!preview) throw unknownLink('invitation');
  if (preview.status !== 'VALID') throw linkRefused('invitation', preview.status);
  let user: UserRecord | null;
  if (preview.accountExists) {
    const key = normalizeEmail(preview.email);
    if (failures.exceeded(key)) throw userError('RATE_LIMITED', 'auth.passwordChecksLimited');
    const found = await findUserCredentials(db, key);
    if (!found || password.length > 256 || !(await verifyPassword(found.passwordHash, password))) {
      failures.take(key);
      throw userError('UNAUTHENTICATED', 'auth.wrongInvitationPassword', { email: preview.email });
    }
    user = await useInvitation(db, token, { existingHash: found.passwordHash });
  } else {
    user = await useInvitation(db, token, { newAccountHash: await hashPassword(valid(NewPassword, password, 'password')) });
  }
  if (!user) {
    // Used, withdrawn or expired meanwhile, or the account changed under us: say which.
    const now = await findInvitation(db, token);
    if (now && now.status !== 'VALID') throw linkRefused('invitation', now.status);
    throw userError('CONFLICT', 'auth.accountChanged');
  }
  return { user, sessionToken: await createSession(db, user.id) };
}
