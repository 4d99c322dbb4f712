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

/**
 * The English words of the field rules (the zod messages of survey-input.ts and the other inputs), as their keys
 * with the numbers they hold; others are passed through.
 */
const FIELD_RULES: Array<[RegExp, ServerMessageKey, string[]?]> = [
  [/^is required$/u, 'field.required'],
  [/^is required \(in Spanish or English\)$/u, 'field.requiredOneLanguage'],
  [/^must be at most (\d+) characters$/u, 'field.tooLong', ['max']],
  [/^must have at most (\d+) characters$/u, 'field.tooLong', ['max']],
  [/^must be at least (\d+) characters$/u, 'field.atLeastCharacters', ['min']],
  [/^must have at least (\d+) characters$/u, 'field.atLeastCharacters', ['min']],
  [/^must be (\d+) to (\d+) characters$/u, 'field.range', ['min', 'max']],
  [/^must be at most (\d+) interests$/u, 'field.atMostInterests', ['max']],
  [/^must be at most (\d+) people$/u, 'field.atMostPeople', ['max']],
  [/^must be at most (-?\d+)$/u, 'field.atMost', ['max']],
  [/^must be at least (-?\d+)$/u, 'field.atLeast', ['min']],
  [/^must be between (-?\d+) and (-?\d+)$/u, 'field.between', ['min', 'max']],
  [/^must be valid Unicode text$/u, 'field.notUnicode'],
  [/^must not (?:contain|hold) control characters$/u, 'field.controlCharacters'],
  [/^is not an email address$/u, 'field.email'],
  [/^is not a valid id$/u, 'field.notId'],
  [/^is not asked in this survey$/u, 'field.notAsked'],
  [/^must be a date like 2025-03-14$/u, 'field.date'],
  [/^must be 2–40 lower-case letters, digits or dashes, starting with a letter or digit$/u, 'field.slug'],
  [/^must be an email address or an http\(s\) address of at most 200 characters$/u, 'field.contact'],
  [/^at most (\d+) interests$/u, 'field.tooManyInterests', ['max']],
  [/^at most (\d+) people$/u, 'field.tooManyPeople', ['max']],
];

/** A field rule's message (e.g. "is required") in the asker's language. */
export function translateFieldRule(message: string, t: ServerTranslate): string {
  for (const [pattern, key, names] of FIELD_RULES) {
    const match = pattern.exec(message);
    if (match) return t(key, names ? Object.fromEntries(names.map((name, at) => [name, Number(match[at + 1])])) : undefined);
  }
  return message;
}
