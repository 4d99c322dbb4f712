import { z } from 'zod';
import type { Database } from '../db/transaction.ts';
import { fieldError, userError } from '../errors.ts';
import type { RateLimiter } from '../rate-limiter.ts';
import { NewPassword, dummyPasswordHash, hashPassword, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';
import type { UserRecord } from './user-repository.ts';
import { findUserCredentials, setPassword } from './user-repository.ts';
import { hashToken } from './token-hash.ts';
import type { Logger } from '../logger.ts';
import { audit } from '../observability/audit-log.ts';
import { normalizeEmail } from '../text/normalize.ts';

const Credentials = z.object({
  email: z.string().trim().max(254).email(),
  password: z.string().min(1).max(256),
});

/** Checks the credentials and opens a session; the same error for unknown email and wrong password. */
export async function signIn(
  db: Database,
  failures: RateLimiter,
  email: string,
  password: string,
  logger: Logger,
): Promise<{ user: UserRecord; token: string }> {
  const parsed = Credentials.safeParse({ email, password });
  const wrong = userError('UNAUTHENTICATED', 'auth.wrongSignIn');
  if (!parsed.success) throw wrong;
  const key = normalizeEmail(parsed.data.email);
  if (failures.exceeded(key)) throw userError('RATE_LIMITED', 'auth.signInLimited');
  const found = await findUserCredentials(db, key);
  const ok = await verifyPassword(found?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!found || !ok) {
    failures.take(key);
    // The failure that used up the budget: logged once per lockout (later tries are refused above).
    if (failures.exceeded(key))
      audit(logger, 'auth.sign-in-locked', { userId: found?.id ?? null }, 'sign-in locked after repeated failures');
    throw wrong;
  }
  const { passwordHash: _hash, ...user } = found;
  return { user, token: await createSession(db, user.id) };
}

/**
 * Sets a new password for the signed-in account once the current one checks out (failures count like
 * sign-in failures), and ends every other session of the account: a stolen session stops with the change.
 */
export async function changePassword(
  db: Database,
  failures: RateLimiter,
  user: UserRecord,
  sessionToken: string | null,
  currentPassword: string,
  newPassword: string,
  logger: Logger,
): Promise<void> {
  const key = normalizeEmail(user.email);
  if (failures.exceeded(key)) throw userError('RATE_LIMITED', 'auth.passwordChecksLimited');
  const parsed = NewPassword.safeParse(newPassword);
  if (!parsed.success) throw fieldError('newPassword', parsed.error.issues[0]!.message);
  const found = await findUserCredentials(db, key);
  if (!found || currentPassword.length > 256 || !(await verifyPassword(found.passwordHash, currentPassword))) {
    failures.take(key);
    if (failures.exceeded(key))
      audit(logger, 'auth.password-check-locked', { userId: user.id }, 'password changes locked after repeated wrong passwords');
    throw userError('UNAUTHENTICATED', 'auth.currentPasswordWrong');
  }
  await setPassword(db, user.id, await hashPassword(parsed.data), sessionToken ? hashToken(sessionToken) : null);
}
