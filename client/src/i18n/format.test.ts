import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogue';
import type { MessageKey } from './catalogue-type';
import { formatDateTime, formatDay, formatNumber } from './format';

async function say(lang: string, key: MessageKey, values: Record<string, string | number>): Promise<string> {
  const catalogue = await loadCatalogue(lang);
  return String(new IntlMessageFormat(catalogue[key], catalogue['language.locale']).format(values));
}

describe('plurals', () => {
  it('when one or many people are found, then both languages say it in the right number', async () => {
    expect(await say('es', 'peers.found', { count: 1 })).toBe('1 persona encontrada');
    expect(await say('es', 'peers.found', { count: 26 })).toBe('26 personas encontradas');
    expect(await say('en', 'peers.found', { count: 1 })).toBe('1 person found');
    expect(await say('en', 'peers.found', { count: 26 })).toBe('26 people found');
  });

  it('when a count is large, then it is grouped the way the language writes numbers', async () => {
    expect(await say('es', 'peers.found', { count: 1234 })).toBe('1,234 personas encontradas');
    expect(await say('en', 'peers.found', { count: 1234 })).toBe('1,234 people found');
  });
});

describe('formatDay', () => {
  it('when given a YYYY-MM-DD day, then it is written out without shifting by time zone', () => {
    expect(formatDay('2025-03-01', 'en-GB')).toMatch(/1 March 2025/);
    expect(formatDay('2025-03-01', 'es-MX')).toMatch(/1 de marzo de 2025/);
  });

  it('when the weekday is asked for, as the facilitator pages show a workshop, then it leads the short day', () => {
    expect(formatDay('2025-05-01', 'en-GB', { weekday: true })).toBe('Thu, 1 May 2025');
    expect(formatDay('2025-05-01', 'es-MX', { weekday: true })).toBe('jue, 1 de may de 2025');
  });

  it('when given something else, then it is shown as it is', () => {
    expect(formatDay('soon', 'en-GB')).toBe('soon');
    expect(formatDay('soon', 'en-GB', { weekday: true })).toBe('soon');
  });
});

describe('formatDateTime and formatNumber', () => {
  it('when an instant is formatted, then month names and order follow the language', () => {
    const instant = '2025-03-01T15:04:00Z';
    expect(formatDateTime(instant, 'es-MX', 'UTC')).toMatch(/1 mar 2025/);
    expect(formatDateTime(instant, 'en-GB', 'UTC')).toMatch(/1 Mar 2025/);
  });

  it('when a decimal is formatted, then the separator follows the locale', () => {
    expect(formatNumber(0.5, 'es-MX', { maximumFractionDigits: 2 })).toBe('0.5');
    expect(formatNumber(1234.5, 'de-DE')).toBe('1.234,5');
  });
});
