/** "1 May 2025, 14:05" for an ISO instant, in the viewer's time zone unless one is given; the text itself when it is not one. */
export function formatInstant(isoInstant: string, timeZone?: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  });
}

/** What the facilitator reads about the community's share links, from how many are live. */
export function shareLinkStatus(live: number): string {
  if (live === 0) return 'No share link.';
  return (
    `${live === 1 ? 'One read-only share link is' : `${live} read-only share links are`} live. ` +
    'They show listed people only: no emails, nobody who chose not to be listed.'
  );
}

/** When one link was made and last used, in a line. */
export function shareLinkUse(link: { createdAt: string; lastUsedAt: string | null }, timeZone?: string): string {
  const used = link.lastUsedAt ? `last used ${formatInstant(link.lastUsedAt, timeZone)}` : 'not used yet';
  return `Created ${formatInstant(link.createdAt, timeZone)} · ${used}`;
}
