// The join page without a connection: the workshop's public survey lists (title, regions, organizations,
// interests, limits) kept on the phone from the last time they loaded, so a reload with no Wi-Fi still shows
// the survey. Nothing private is kept: these are what anyone with the code sees.
import { queryOptions } from '@tanstack/react-query';
import { request } from '../api/graphql';
import { operationName } from '../api/graphql-query';
import type { SurveyJoinQuery } from '../gql/graphql';
import type { StorageLike } from './browser-storage';
import { browserStorage, readJson, writeJson } from './browser-storage';
import { errorKind } from './error-kind';
import { JOIN_QUERY } from './queries';
import { normalizeCode } from './survey-draft';

export function joinCopyKey(code: string): string {
  return `tejido.survey.workshop.${normalizeCode(code)}`;
}

export function saveJoinCopy(storage: StorageLike, code: string, data: SurveyJoinQuery): void {
  if (data.workshop) writeJson(storage, joinCopyKey(code), data);
}

/** The copy kept for this workshop, or null when there is none or it does not look like one. */
export function loadJoinCopy(storage: StorageLike, code: string): SurveyJoinQuery | null {
  const saved = readJson(storage, joinCopyKey(code));
  if (typeof saved !== 'object' || saved === null) return null;
  const { workshop, surveyLimits } = saved as Partial<SurveyJoinQuery>;
  if (typeof workshop !== 'object' || workshop === null || typeof surveyLimits !== 'object' || surveyLimits === null) return null;
  if (typeof workshop.title !== 'string' || !Array.isArray(workshop.regions) || !Array.isArray(workshop.interests)) return null;
  return saved as SurveyJoinQuery;
}

/**
 * The join page's query: from the server when it answers (and kept), from the kept copy when the server cannot
 * be reached. It runs whatever the browser thinks of its connection (TanStack Query would otherwise wait for
 * "online" before even trying, and never reach the copy).
 */
export function joinQueryKeptOffline(code: string, headers: Record<string, string>) {
  return queryOptions({
    queryKey: [operationName(JOIN_QUERY), { code }, headers] as const,
    networkMode: 'always',
    queryFn: async ({ signal }) => {
      const storage = browserStorage();
      try {
        const data = await request(JOIN_QUERY, { code }, { signal, headers });
        saveJoinCopy(storage, code, data);
        return data;
      } catch (error) {
        const copy = errorKind(error) === 'unreachable' ? loadJoinCopy(storage, code) : null;
        if (copy) return copy;
        throw error;
      }
    },
  });
}
