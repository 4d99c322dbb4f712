import { describe, expect, it } from 'vitest';
import { formatInstant, shareLinkStatus } from './share-link-status';

describe('share link status', () => {
  it('when there is no live link, then it says so', () => {
    expect(shareLinkStatus(null)).toBe('No share link.');
  });

  it('when a link is live, then it gives the day and time it was created and what it shows', () => {
    const status = shareLinkStatus('2025-05-01T12:34:56.789123456Z', 'America/Mexico_City');
    expect(status).toBe(
      'A read-only share link is active since 1 May 2025, 06:34. ' +
        'It shows listed people only: no emails, nobody who chose not to be listed.',
    );
  });

  it('when the instant cannot be read, then the text is shown as it is', () => {
    expect(formatInstant('yesterday')).toBe('yesterday');
  });
});
