import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en';
import es from '../i18n/locales/es';
import { translateWith } from '../i18n/translate-with';
import { shareLinkUse } from './share-link-status';

describe('share link status', () => {
  it('when there is no live link, one or several, then the count is said in each language', () => {
    expect(translateWith(en)('shareLinks.status', { count: 0 })).toBe('No share link.');
    expect(translateWith(en)('shareLinks.status', { count: 1 })).toBe(
      'One read-only share link is live. It shows listed people only: no emails, nobody who chose not to be listed.',
    );
    expect(translateWith(en)('shareLinks.status', { count: 3 })).toMatch(/^3 read-only share links are live\./);
    expect(translateWith(es)('shareLinks.status', { count: 3 })).toMatch(/^Hay 3 enlaces de solo lectura activos\./);
  });

  it('when a link was created and used, then both times are given in the facilitator’s time zone and language', () => {
    const link = { createdAt: '2025-05-01T12:34:56.789123456Z', lastUsedAt: null };
    expect(shareLinkUse(translateWith(en), 'en-GB', link, 'America/Mexico_City')).toBe('Created 1 May 2025, 06:34 · not used yet');
    expect(shareLinkUse(translateWith(en), 'en-GB', { createdAt: '2025-05-01T12:34:56Z', lastUsedAt: '2025-05-02T00:00:00Z' }, 'UTC')).toBe(
      'Created 1 May 2025, 12:34 · last used 2 May 2025, 00:00',
    );
    expect(shareLinkUse(translateWith(es), 'es-MX', link, 'UTC')).toMatch(/^Creado el 1 may 2025, 12:34\W+p\W*m\W* · aún sin usar$/);
  });

  it('when the instant cannot be read, then the text is shown as it is', () => {
    expect(shareLinkUse(translateWith(en), 'en-GB', { createdAt: 'yesterday', lastUsedAt: null })).toBe('Created yesterday · not used yet');
  });
});
