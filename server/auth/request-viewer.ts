import { parse as parseCookies } from 'cookie';
import type { Request } from 'express';
import type { Database } from '../db/transaction.ts';
import { userForSession } from './sessions.ts';
import type { Viewer } from './viewer.ts';
import { anonymous } from './viewer.ts';

export const SESSION_COOKIE = 'tejido_session';

/** The viewer behind a request's session cookie (anonymous without a live session), and the token. */
export async function viewerFromRequest(db: Database, req: Request): Promise<{ viewer: Viewer; sessionToken: string | null }> {
  const token = parseCookies(req.get('cookie') ?? '')[SESSION_COOKIE] ?? null;
  const user = token ? await userForSession(db, token) : null;
  return user ? { viewer: { user }, sessionToken: token } : { viewer: anonymous, sessionToken: null };
}
