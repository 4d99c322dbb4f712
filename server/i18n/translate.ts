import { IntlMessageFormat } from 'intl-messageformat';
import type { ServerCatalogue, ServerMessageKey } from './catalogue-type.ts';
import en from './locales/en.ts';
import es from './locales/es.ts';

// The server's catalogues sit beside the client's (client/src/i18n/locales): the same languages and format.
export const SERVER_CATALOGUES: Record<string, ServerCatalogue> = { en, es };
const LOCALES: Record<string, string> = { en: 'en-GB', es: 'es-MX' };

/** Words a server message in the asker's language. */
export type ServerTranslate = (key: ServerMessageKey, values?: Record<string, string | number>) => string;

/**
 * The asker's language from an Accept-Language header (the client sends the language its page speaks):
 * the first one there is a catalogue for, else English, which API clients and scripts have always had.
 */
export function languageFromHeader(header: string | null | undefined): string {
  for (const part of (header ?? '').split(',')) {
    const primary = part.split(';')[0]!.trim().toLowerCase().split('-')[0]!;
    if (Object.hasOwn(SERVER_CATALOGUES, primary)) return primary;
  }
  return 'en';
}

const formats = new Map<string, IntlMessageFormat>();

export function translator(lang: string): ServerTranslate {
  const catalogue = SERVER_CATALOGUES[lang] ?? en;
  return (key, values) => {
    const id = `${lang}:${key}`;
    let format = formats.get(id);
    if (!format) {
      format = new IntlMessageFormat(catalogue[key], LOCALES[lang] ?? 'en-GB');
      formats.set(id, format);
    }
    return String(format.format(values));
  };
}

/** The English words of the survey's field rules (survey-input.ts), as their keys; others are passed through. */
const FIELD_RULES: Array<[RegExp, ServerMessageKey, string?]> = [
  [/^is required$/u, 'field.required'],
  [/^must be at most (\d+) characters$/u, 'field.tooLong', 'max'],
  [/^must be valid Unicode text$/u, 'field.notUnicode'],
  [/^must not contain control characters$/u, 'field.controlCharacters'],
  [/^is not an email address$/u, 'field.email'],
  [/^at most (\d+) interests$/u, 'field.tooManyInterests', 'max'],
  [/^at most (\d+) people$/u, 'field.tooManyPeople', 'max'],
];

/** A field rule's message (e.g. "is required") in the asker's language. */
export function translateFieldRule(message: string, t: ServerTranslate): string {
  for (const [pattern, key, value] of FIELD_RULES) {
    const match = pattern.exec(message);
    if (match) return t(key, value ? { [value]: Number(match[1]) } : undefined);
  }
  return message;
}
