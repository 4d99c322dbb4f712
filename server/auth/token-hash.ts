import { createHash } from 'node:crypto';

/** Secret tokens (sessions, private links, share links) are stored only as this hash. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
