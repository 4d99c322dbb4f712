// The survey's options found by what a participant types, in any of their names ("quema" finds "Quemas
// prescritas", "prescribed" finds it too), compared by the server's own matching key for names.

import { normalizeName } from '../../../shared/normalize-name';
import { matchScore } from '../ui/match-text';
import type { InterestOption, OrganizationOption } from './queries';
import type { Lang } from '../i18n';
import { interestLabel } from '../i18n';

/** Every name an interest is known by, the label for `lang` first, without repeats. */
export function interestNames(interest: InterestOption, lang: Lang): string[] {
  const all = [interestLabel(interest, lang), interest.name, interest.nameEs, interest.nameEn, ...interest.synonyms];
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of all) {
    if (!name?.trim()) continue;
    const folded = normalizeName(name);
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
  const folded = normalizeName(query);
  if (folded === '') return [];
  const scored: Array<InterestMatch & { score: number }> = [];
  for (const interest of interests) {
    if (options.excludeIds?.has(interest.id)) continue;
    const label = interestLabel(interest, lang);
    let best = 0;
    let bestName: string | null = null;
    for (const name of interestNames(interest, lang)) {
      // The label wins ties: show an alternative name only when it matches better.
      const score = matchScore(normalizeName(name), folded);
      if (score > best) {
        best = score;
        bestName = name;
      }
    }
    if (best > 0) {
      const matchedName = bestName !== null && normalizeName(bestName) !== normalizeName(label) ? bestName : null;
      scored.push({ interest, label, matchedName, score: best });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label, lang));
  return scored.slice(0, options.limit ?? 8).map(({ interest, label, matchedName }) => ({ interest, label, matchedName }));
}

/** The interest one of whose names equals `text` after folding, if any. */
export function findInterestByName(interests: readonly InterestOption[], text: string): InterestOption | undefined {
  const folded = normalizeName(text);
  if (folded === '') return undefined;
  return interests.find((interest) =>
    [interest.name, interest.nameEs, interest.nameEn, ...interest.synonyms].some((name) => name != null && normalizeName(name) === folded),
  );
}

/** The organization whose name equals `text` after folding ("conafor " is "CONAFOR"), if any. */
export function findOrganizationByName(organizations: readonly OrganizationOption[], text: string): OrganizationOption | undefined {
  const folded = normalizeName(text);
  if (folded === '') return undefined;
  return organizations.find((organization) => normalizeName(organization.name) === folded);
}
