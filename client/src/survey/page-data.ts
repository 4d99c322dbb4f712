// The workshop's survey lists written into /join/CODE's page by the server (server/http/survey-page.ts): the
// answer the page's own lookup (JOIN_QUERY) would get, so a phone on a slow link shows the survey from the
// page's one response and asks for nothing more.
import type { SurveyJoinQuery } from '../gql/graphql';
import { normalizeCode } from './survey-draft';

/** The id of the page's <script type="application/json"> element holding it. */
export const SURVEY_DATA_ELEMENT_ID = 'survey-join-data';

export type SurveyPageData = { code: string; data: SurveyJoinQuery };

/** The lists written into this page for `code`, or null (another code, none, or not readable). */
export function pageDataFor(document: Document, code: string): SurveyJoinQuery | null {
  const text = document.getElementById(SURVEY_DATA_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const written = JSON.parse(text) as Partial<SurveyPageData>;
    return typeof written.code === 'string' && normalizeCode(written.code) === code && written.data?.workshop ? written.data : null;
  } catch {
    return null;
  }
}
