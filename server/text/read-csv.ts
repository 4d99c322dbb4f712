import { parse } from 'csv-parse/sync';
import type { ServerTranslate } from '../i18n/translate.ts';

/** A problem that stops a whole uploaded file from being read, on its first line or where the parser stopped. */
export type FileProblem = { line: number; column: null; message: string };

/**
 * The records of an uploaded CSV (paper surveys, the catalogue), header first: UTF-8, a byte-order mark allowed,
 * empty lines skipped, cells trimmed. A file that is not UTF-8 or cannot be parsed gives the one problem that
 * stops reading it, in the asker's language.
 */
export function readCsvRecords(text: string, t: ServerTranslate): { records: string[][] } | { problem: FileProblem } {
  // The request body was decoded as UTF-8: anything else leaves replacement characters.
  if (text.includes('\uFFFD')) return { problem: { line: 1, column: null, message: t('csv.notUtf8') } };
  try {
    return { records: parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) };
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { problem: { line, column: null, message: t('csv.unreadable', { detail: (error as Error).message.split('\n')[0]! }) } };
  }
}
