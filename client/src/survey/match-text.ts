// Accent- and case-insensitive matching for the survey's autocompletes ("quema" finds "Quemas prescritas",
// "peninsula" finds "Península de Yucatán"). The server matches names the same way.

import type { InterestOption, OrganizationOption } from './queries';
import type { Lang } from '../i18n';

/** The matching form of a text: compatibility form, accents removed, lower case, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

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

/** The name of an interest in the participant's language, falling back to its canonical name. */
export function interestLabel(interest: InterestOption, lang: Lang): string {
  const localized = lang === 'es' ? interest.nameEs : interest.nameEn;
  return localized?.trim() ? localized : interest.name;
}

/** Every name an interest is known by, the label for `lang` first, without repeats. */
export function interestNames(interest: InterestOption, lang: Lang): string[] {
  const all = [interestLabel(interest, lang), interest.name, interest.nameEs, interest.nameEn, ...interest.synonyms];
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of all) {
    if (!name?.trim()) continue;
    const folded = foldText(name);
    if (seen.has(folded)) continue;
    seen.add(folded);
    names.push(name);
  }
  return names;
}

export interface InterestMatch {
  interest: InterestOption;
  /** The name to show, in the participant's language. */
  label: string;
  /** The other name that matched (a synonym or the other language), when the label itself did not. */
  matchedName: string | null;
}

/**
 * Interests matching what the participant typed, best first: by name, Spanish and English names and synonyms.
 * `excludeIds` are left out (already chosen).
 */
export function matchInterests(
  interests: readonly InterestOption[],
  query: string,
  lang: Lang,
  options: { excludeIds?: ReadonlySet<string>; limit?: number } = {},
): InterestMatch[] {
  const folded = foldText(query);
  if (folded === '') return [];
  const scored: Array<InterestMatch & { score: number }> = [];
  for (const interest of interests) {
    if (options.excludeIds?.has(interest.id)) continue;
    const label = interestLabel(interest, lang);
    let best = 0;
    let bestName: string | null = null;
    for (const name of interestNames(interest, lang)) {
      // The label wins ties: show an alternative name only when it matches better.
      const score = matchScore(foldText(name), folded);
      if (score > best) {
        best = score;
        bestName = name;
      }
    }
    if (best > 0) {
      const matchedName = bestName !== null && foldText(bestName) !== foldText(label) ? bestName : null;
      scored.push({ interest, label, matchedName, score: best });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label, lang));
  return scored.slice(0, options.limit ?? 8).map(({ interest, label, matchedName }) => ({ interest, label, matchedName }));
}

/** The interest one of whose names equals `text` after folding, if any. */
export function findInterestByName(interests: readonly InterestOption[], text: string): InterestOption | undefined {
  const folded = foldText(text);
  if (folded === '') return undefined;
  return interests.find((interest) =>
    [interest.name, interest.nameEs, interest.nameEn, ...interest.synonyms].some((name) => name != null && foldText(name) === folded),
  );
}

/** Items (organizations, people…) whose name matches what was typed, case and accents ignored, best first. */
export function matchByName<T extends { name: string }>(items: readonly T[], query: string, limit = 8): T[] {
  const folded = foldText(query);
  if (folded === '') return [];
  return items
    .map((item) => ({ item, score: matchScore(foldText(item.name), folded) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.item.name.localeCompare(b.item.name))
    .slice(0, limit)
    .map((entry) => entry.item);
}

/** The organization whose name equals `text` after folding ("conafor " is "CONAFOR"), if any. */
export function findOrganizationByName(
  organizations: readonly OrganizationOption[],
  text: string,
): OrganizationOption | undefined {
  const folded = foldText(text);
  if (folded === '') return undefined;
  return organizations.find((organization) => foldText(organization.name) === folded);
}
