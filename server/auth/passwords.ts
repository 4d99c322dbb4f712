import argon2 from 'argon2';
import { z } from 'zod';

/** A password an account may set. */
export const NewPassword = z.string().min(10, 'must have at least 10 characters').max(256, 'must have at most 256 characters');

/** argon2id with the library's defaults (m=64 MiB, t=3, p=4). */
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

/** False for a wrong password, and for a stored hash that is not an argon2 hash (an account without a usable password). */
export const verifyPassword = (hash: string, password: string) => argon2.verify(hash, password).catch(() => false);

/** Verified against when the email is unknown, so both cases take the same time. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('tejido-dummy-password'));
