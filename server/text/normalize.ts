import unhomoglyph from 'unhomoglyph';
import { normalizeName, stripFormatCharacters } from '../../shared/normalize-name.ts';

/**
 * The look-alike key of a name (Unicode's confusable "skeleton", UTS #39, on the matching key): a Cyrillic
 * "а" and a Latin "a", "0" and "o", "rn" and "m" give the same skeleton. Equal skeletons with different
 * matching keys are flagged as possible duplicates, never merged.
 */
export function nameSkeleton(name: string): string {
  return normalizeName(unhomoglyph(normalizeName(name)));
}

/** Display form of user-given text: NFC, format characters removed, control characters dropped, spacing collapsed. */
export function cleanText(text: string): string {
  return stripFormatCharacters(text.normalize('NFC'))
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The matching key of an email address. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();
