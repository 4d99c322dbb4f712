import type { ParticipationLevel } from '../communities/queries';
import type { Lang } from '../i18n';
import type { PeerScoreParts, PeopleSearch, PersonCard, RegionPreference } from './queries';

/** "CONAFOR · Occidente": what places a person, without empty parts. */
export function personPlace(person: Pick<PersonCard, 'organization' | 'region'>): string {
  return [person.organization?.name, person.region?.name].filter(Boolean).join(' · ');
}

export type PeerScoreKey = keyof PeerScoreParts;

/** The most each part can add to a score (schema/peers.graphql, PeerScoreParts). */
export const SCORE_PART_MAX: Readonly<Record<PeerScoreKey, number>> = {
  complementarity: 3,
  sharedRarity: 2,
  proximity: 1,
  region: 0.5,
};

export interface ScoreBar {
  key: PeerScoreKey;
  value: number;
  max: number;
  /** Share of the bar to fill, 0–100, clamped. */
  percent: number;
}

/**
 * The bars drawn for a suggestion's score, biggest weight first. The region part is only shown when a region
 * preference was asked for: with "anywhere" it is always zero and would only confuse.
 */
export function scoreBars(parts: PeerScoreParts, preference: RegionPreference): ScoreBar[] {
  const keys: PeerScoreKey[] = ['complementarity', 'sharedRarity', 'proximity'];
  if (preference !== 'ANY') keys.push('region');
  return keys.map((key) => {
    const max = SCORE_PART_MAX[key];
    const value = Number.isFinite(parts[key]) ? Math.max(0, parts[key]) : 0;
    return { key, value, max, percent: Math.round(Math.min(100, (100 * value) / max)) };
  });
}

/** A score figure for reading: one decimal at most, no trailing ".0" ("2.5", "3", "0.3"). */
export function formatScore(value: number, lang: Lang): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded.toLocaleString(lang === 'es' ? 'es-MX' : 'en', { maximumFractionDigits: 1 });
}

/** What the map should stand out: the chain of contacts when one is shown, else the people listed. */
export function mapHighlight(
  listedIds: readonly string[],
  path: readonly PersonCard[] | null,
): { highlightIds: Set<string>; pathIds: string[] } {
  if (path && path.length > 1) {
    const pathIds = path.map((p) => p.id);
    return { highlightIds: new Set(pathIds), pathIds };
  }
  return { highlightIds: new Set(listedIds), pathIds: [] };
}

/** The search form as the user typed it. */
export interface SearchForm {
  text: string;
  interest: string;
  regionId: string;
  organizationId: string;
  participation: ParticipationLevel | '';
}

export const EMPTY_SEARCH_FORM: SearchForm = { text: '', interest: '', regionId: '', organizationId: '', participation: '' };

/** The API's search input from the form: trimmed, blank fields left out; null when nothing was asked for. */
export function toPeopleSearch(form: SearchForm): PeopleSearch | null {
  const search: PeopleSearch = {};
  const text = form.text.trim();
  const interest = form.interest.trim();
  if (text) search.text = text;
  if (interest) search.interest = interest;
  if (form.regionId) search.regionId = form.regionId;
  if (form.organizationId) search.organizationId = form.organizationId;
  if (form.participation) search.participation = form.participation;
  return Object.keys(search).length > 0 ? search : null;
}
