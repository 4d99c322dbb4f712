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

/** What the facilitator reads about the community's share link, from `shareLinkCreatedAt` (null: none). */
export function shareLinkStatus(createdAt: string | null, timeZone?: string): string {
  if (createdAt === null) return 'No share link.';
  return (
    `A read-only share link is active since ${formatInstant(createdAt, timeZone)}. ` +
    'It shows listed people only: no emails, nobody who chose not to be listed.'
  );
}
