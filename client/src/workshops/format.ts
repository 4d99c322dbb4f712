/** Today in the facilitator's time zone as YYYY-MM-DD (toISOString would give the UTC day). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Thu, 1 May 2025" for a YYYY-MM-DD day; the text itself when it is not one. */
export function formatDay(isoDay: string, locale = 'en-GB'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  // A calendar day, not an instant: format it in UTC so no time zone shifts it to the day before.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "14:05" for an ISO instant, in the viewer's time zone. */
export function formatTime(isoInstant: string, locale = 'en-GB'): string {
  const date = new Date(isoInstant);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

/** The join link participants type or scan: this site's origin plus the server's join path. */
export function joinUrl(origin: string, joinPath: string): string {
  return `${origin.replace(/\/+$/, '')}${joinPath.startsWith('/') ? joinPath : `/${joinPath}`}`;
}

/** The join link without its scheme, shorter to read off a projector ("tejido.example.org/join/K7M4QX"). */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** "K 7 M 4 Q X": screen readers spell the code letter by letter instead of reading it as a word. */
export function spelledCode(code: string): string {
  return code.split('').join(' ');
}
