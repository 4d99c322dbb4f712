import unhomoglyph from 'unhomoglyph';

// Format characters (Unicode category Cf): zero-width spaces and joiners, bidirectional controls, the soft
// hyphen, tag characters. Invisible, so they only ever disguise a name ("Ana" and "A\u200Bna" look alike).
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Text without invisible format characters. */
export const stripFormatCharacters = (text: string) => text.replace(FORMAT_CHARACTERS, '');

/**
 * The matching key of a name: Unicode-compatible form, format characters and accents removed, lower case,
 * single spaces. "CONAFOR", "Conafor " and "conafor" are one organization; "Península" and "peninsula" one region.
 */
export function normalizeName(name: string): string {
  return stripFormatCharacters(name.normalize('NFKD'))
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

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
