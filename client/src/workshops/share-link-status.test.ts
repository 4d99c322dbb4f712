import { describe, expect, it } from 'vitest';
import { formatInstant, shareLinkStatus, shareLinkUse } from './share-link-status';

describe('share link status', () => {
  it('when there is no live link, then it says so', () => {
    expect(shareLinkStatus(0)).toBe('No share link.');
  });

  it('when links are live, then it counts them and says what they show', () => {
    expect(shareLinkStatus(1)).toBe(
      'One read-only share link is live. They show listed people only: no emails, nobody who chose not to be listed.',
    );
    expect(shareLinkStatus(3)).toMatch(/^3 read-only share links are live\./);
  });

  it('when a link was created and used, then both times are given in the facilitator’s time zone', () => {
    expect(shareLinkUse({ createdAt: '2025-05-01T12:34:56.789123456Z', lastUsedAt: null }, 'America/Mexico_City')).toBe(
      'Created 1 May 2025, 06:34 · not used yet',
    );
    expect(shareLinkUse({ createdAt: '2025-05-01T12:34:56Z', lastUsedAt: '2025-05-02T00:00:00Z' }, 'UTC')).toBe(
      'Created 1 May 2025, 12:34 · last used 2 May 2025, 00:00',
    );
  });

  it('when the instant cannot be read, then the text is shown as it is', () => {
    expect(formatInstant('yesterday')).toBe('yesterday');
  });
});
