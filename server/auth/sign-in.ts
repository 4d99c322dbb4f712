import { z } from 'zod';
import type { Database } from '../db/transaction.ts';
import { appError } from '../errors.ts';
import type { RateLimiter } from '../rate-limiter.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';
import type { UserRecord } from './user-repository.ts';
import { findUserCredentials } from './user-repository.ts';
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
): Promise<{ user: UserRecord; token: string }> {
  const parsed = Credentials.safeParse({ email, password });
  const wrong = appError('UNAUTHENTICATED', 'Wrong email or password.');
  if (!parsed.success) throw wrong;
  const key = normalizeEmail(parsed.data.email);
  if (failures.exceeded(key)) throw appError('RATE_LIMITED', 'Too many failed sign-in attempts; wait a few minutes.');
  const found = await findUserCredentials(db, key);
  const ok = await verifyPassword(found?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!found || !ok) {
    failures.take(key);
    throw wrong;
  }
  const { passwordHash: _hash, ...user } = found;
  return { user, token: await createSession(db, user.id) };
}
