/**
 * The path to go to after signing in, taken from `?next=`: only a path on this site, so that a crafted
 * sign-in link cannot send the facilitator elsewhere (`//evil.example`, `/\evil.example`, `https://…`).
 */
export function safeNextPath(next: string | null, fallback = '/facilitate'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
