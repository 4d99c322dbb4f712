/** Today in the facilitator's time zone as YYYY-MM-DD (toISOString would give the UTC day). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
