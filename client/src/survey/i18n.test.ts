import { describe, expect, it } from 'vitest';
import { detectLanguage, formatDay, messages } from './i18n';

describe('detectLanguage', () => {
  it('when the participant chose a language before, then that choice wins over the browser', () => {
    expect(detectLanguage('en', ['es-MX'])).toBe('en');
  });

  it('when nothing is remembered, then the first Spanish or English browser language is used', () => {
    expect(detectLanguage(null, ['es-MX', 'en-US'])).toBe('es');
    expect(detectLanguage(null, ['fr-FR', 'en-GB', 'es'])).toBe('en');
  });

  it('when the remembered value is unknown and no browser language fits, then Spanish is used', () => {
    expect(detectLanguage('xx', ['de-DE'])).toBe('es');
  });
});

describe('messages', () => {
  it('when a string exists in English, then it exists in Spanish too, with the same kind', () => {
    const en = Object.entries(messages.en).map(([key, value]) => [key, typeof value]);
    const es = Object.entries(messages.es).map(([key, value]) => [key, typeof value]);
    expect(es).toEqual(en);
  });

  it('when a workshop code is unknown, then the message names it in both languages', () => {
    expect(messages.en.notFound('ABC123')).toContain('ABC123');
    expect(messages.es.notFound('ABC123')).toContain('ABC123');
  });
});

describe('formatDay', () => {
  it('when given a YYYY-MM-DD day, then it is written out without shifting by time zone', () => {
    expect(formatDay('2025-03-01', 'en')).toMatch(/1 March 2025/);
    expect(formatDay('2025-03-01', 'es')).toMatch(/1 de marzo de 2025/);
  });

  it('when given something else, then it is shown as it is', () => {
    expect(formatDay('soon', 'en')).toBe('soon');
  });
});
