import { parse as parseCookies } from 'cookie';
import type { Request } from 'express';
import type { Database } from '../db/transaction.ts';
import { findShareLink } from '../sharing/share-link-repository.ts';
import { userForSession } from './sessions.ts';
import type { Viewer } from './viewer.ts';
import { anonymous } from './viewer.ts';

export const SESSION_COOKIE = 'tejido_session';
/** Share-link pages send their token in this header; the whole request is then read-only and consent-filtered. */
export const SHARE_HEADER = 'x-tejido-share';

/**
 * The viewer behind a request: a live share link (header, or `share` for downloads) wins over the session
 * cookie, so a facilitator previewing their share link sees exactly what the public sees.
 */
export async function viewerFromRequest(
  db: Database,
  req: Request,
  shareToken = req.get(SHARE_HEADER),
): Promise<{ viewer: Viewer; sessionToken: string | null }> {
  if (shareToken) {
    const link = shareToken.length <= 128 ? await findShareLink(db, shareToken) : null;
    return { viewer: link ? { user: null, share: { communityId: link.communityId } } : anonymous, sessionToken: null };
  }
  const token = parseCookies(req.get('cookie') ?? '')[SESSION_COOKIE] ?? null;
  const user = token ? await userForSession(db, token) : null;
  return user ? { viewer: { user, share: null }, sessionToken: token } : { viewer: anonymous, sessionToken: null };
}
