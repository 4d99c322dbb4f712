// The matching key of a name, shared by the server (uniqueness of organizations, interests, regions; name
// lookups) and the client (autocompletes): what the survey suggests as "the same" is what the server merges.
// Plain TypeScript with no imports, so both the Node server and the Vite client can load it.

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
  return stripFormatCharacters(name.normalize('NFKD')).replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}
