// Accent- and case-insensitive matching for autocompletes and searches ("peninsula" finds "Península de
// Yucatán"), by the same matching key the server uses for names (shared/normalize-name.ts).

import { normalizeName } from '../../../shared/normalize-name';

/**
 * How well `name` answers `query` (both folded): 3 when equal, 2 when it starts with it, 1 when a word starts
 * with it, 0.5 when it merely contains it, 0 otherwise.
 */
export function matchScore(name: string, query: string): number {
  if (query === '') return 0;
  if (name === query) return 3;
  if (name.startsWith(query)) return 2;
  const at = name.indexOf(query);
  if (at < 0) return 0;
  return /[\p{L}\p{N}]/u.test(name.charAt(at - 1)) ? 0.5 : 1;
}

/** Items (organizations, people…) whose name matches what was typed, case and accents ignored, best first. */
export function matchByName<T extends { name: string }>(items: readonly T[], query: string, limit = 8): T[] {
  const folded = normalizeName(query);
  if (folded === '') return [];
  return items
    .map((item) => ({ item, score: matchScore(normalizeName(item.name), folded) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.item.name.localeCompare(b.item.name))
    .slice(0, limit)
    .map((entry) => entry.item);
}
