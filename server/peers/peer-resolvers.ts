import { anonymous, scopeOf } from '../auth/viewer.ts';
import { viewerKind } from '../communities/map-cache.ts';
import { appError } from '../errors.ts';
import type { PeopleSearch, Resolvers } from '../graphql/generated.ts';
import { decodeCursor, encodeCursor, pageSize } from '../graphql/pagination.ts';
import { normalizeName } from '../../shared/normalize-name.ts';
import { interestPage } from './interest-page-repository.ts';
import { introductionPath } from './introduction-path.ts';
import { fullTextQuery } from './lucene.ts';
import type { PeopleCriteria, SearchKey } from './peer-search-repository.ts';
import { searchPeople } from './peer-search-repository.ts';
import { MAX_SUGGESTIONS, peerSuggestions } from './peer-suggestions.ts';
import { reasonsFor } from './reasons.ts';

const MAX_SEARCH_LENGTH = 200;

/** The search as criteria, or null when a text holds no searchable word (nobody can match it). */
function criteriaOf(search: PeopleSearch): PeopleCriteria | null {
  for (const field of ['text', 'interest'] as const) {
    if ((search[field]?.length ?? 0) > MAX_SEARCH_LENGTH) {
      throw appError('BAD_USER_INPUT', `${field} must be at most ${MAX_SEARCH_LENGTH} characters.`, { field });
    }
  }
  const text = search.text?.trim() ? fullTextQuery(search.text) : null;
  const interestName = search.interest?.trim() ? normalizeName(search.interest) : null;
  if ((search.text?.trim() && !text) || (interestName !== null && !/[\p{L}\p{N}]/u.test(interestName))) return null;
  return {
    text,
    interestName,
    interestText: interestName !== null ? fullTextQuery(interestName) : null,
    interestId: search.interestId ?? null,
    regionId: search.regionId ?? null,
    organizationId: search.organizationId ?? null,
    participation: search.participation ?? null,
  };
}

function searchKeyOf(after: string | null | undefined): SearchKey | null {
  const cursor = decodeCursor(after, ['key'] as const);
  if (!cursor) return null;
  const key = parseJson(cursor.key);
  const types = ['number', 'number', 'number', 'number', 'string', 'string'];
  if (Array.isArray(key) && key.length === types.length && key.every((k, i) => typeof k === types[i])) return key as SearchKey;
  throw appError('BAD_USER_INPUT', 'after is not a cursor this API gave out.', { field: 'after' });
}

/** The key inside a cursor comes from the client: text that is not JSON is a bad cursor, not a server error. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const suggestionCount = (first: number | null | undefined) => pageSize(first, 10, MAX_SUGGESTIONS);

const NO_SUCH_PERSON = () => appError('NOT_FOUND', 'No such person in this community.');

export const peerResolvers: Resolvers = {
  Community: {
    searchPeople: async (community, { search, first, after }, { db, viewer }) => {
      const size = pageSize(first);
      const key = searchKeyOf(after);
      const criteria = criteriaOf(search);
      const page = criteria
        ? await searchPeople(db, { communityId: community.id, scope: scopeOf(viewer), criteria, first: size, after: key })
        : { totalCount: 0, items: [], hasNextPage: false };
      const edges = page.items.map((item) => ({
        node: item.person,
        match: item.match,
        cursor: encodeCursor({ key: JSON.stringify(item.key) }),
      }));
      return { totalCount: page.totalCount, edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    interestPage: async (community, { id }, { db, viewer }) => {
      const page = await interestPage(db, { communityId: community.id, interestId: id, scope: scopeOf(viewer) });
      if (!page || (!page.interest.public && viewerKind(scopeOf(viewer), community.id) === 'listed')) {
        throw appError('NOT_FOUND', 'No such interest in this community.');
      }
      return page;
    },
    peerSuggestions: async (community, { personId, first, preference }, { db, viewer }) => {
      const input = { communityId: community.id, personId, scope: scopeOf(viewer), self: false, first: suggestionCount(first), preference };
      return (await peerSuggestions(db, input)) ?? Promise.reject(NO_SUCH_PERSON());
    },
    introductionPath: async (community, { fromId, toId }, { db, viewer }) => {
      const path = await introductionPath(db, { communityId: community.id, fromId, toId, scope: scopeOf(viewer) });
      if (path === undefined) throw NO_SUCH_PERSON();
      return path;
    },
  },
  MyRecord: {
    // The participant sees like a share link: suggestions and contacts among listed people only.
    peerSuggestions: async (record, { first, preference }, { db }) => {
      const { id: personId, communityId } = record.person;
      const input = { communityId, personId, scope: scopeOf(anonymous), self: true, first: suggestionCount(first), preference };
      return (await peerSuggestions(db, input)) ?? Promise.reject(NO_SUCH_PERSON());
    },
  },
  PeerSuggestion: {
    reasons: (suggestion, { language }) => reasonsFor(suggestion.facts, language),
  },
};
