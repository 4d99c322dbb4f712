/**
 * The matching key of a name: Unicode-compatible form, accents removed, lower case, single spaces.
 * "CONAFOR", "Conafor " and "conafor" are one organization; "Península" and "peninsula" one region.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Display form of user-given text: NFC, control characters dropped, spacing collapsed. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The matching key of an email address. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();
