import type { MapPerson, ParticipationLevel } from '../communities/queries';

export const ALL_LEVELS: readonly ParticipationLevel[] = ['CORE', 'ACTIVE', 'PERIPHERAL'];

export interface MapFilter {
  /** Only people who offer or seek this interest; null for everyone. */
  interestId: string | null;
  /** Only people at these participation levels. */
  levels: ReadonlySet<ParticipationLevel>;
}

export const NO_FILTER: MapFilter = { interestId: null, levels: new Set(ALL_LEVELS) };

export const isFiltering = (filter: MapFilter) => filter.interestId !== null || ALL_LEVELS.some((l) => !filter.levels.has(l));

/** Whether a person passes the filter. */
export function matchesFilter(person: MapPerson, { interestId, levels }: MapFilter): boolean {
  if (!levels.has(person.participation)) return false;
  return interestId === null || person.offerIds.includes(interestId) || person.seekIds.includes(interestId);
}

/** Ids of the people the filter hides. */
export function hiddenBy(people: readonly MapPerson[], filter: MapFilter): Set<string> {
  if (!isFiltering(filter)) return new Set();
  return new Set(people.filter((p) => !matchesFilter(p, filter)).map((p) => p.id));
}
