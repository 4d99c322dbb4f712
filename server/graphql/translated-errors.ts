import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import { wordingOf } from '../errors.ts';
import type { ServerTranslate } from '../i18n/translate.ts';
import { languageFromHeader, translateFieldRule, translator } from '../i18n/translate.ts';

function translated(error: GraphQLError, t: ServerTranslate): GraphQLError {
  const wording = wordingOf(error);
  if (!wording) return error;
  const values = { ...wording.values };
  if (typeof values.rule === 'string') values.rule = translateFieldRule(values.rule, t);
  return createGraphQLError(t(wording.key, values), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: error.extensions,
  });
}

/**
 * Words the user's errors (errors.ts `userError`) in the language of the request's Accept-Language, which the
 * client sets to the language its page speaks. The `extensions` (the stable code, the field) stay as they are.
 */
export function useTranslatedErrors(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result) || !result.errors?.length) return;
      const lang = languageFromHeader(request.headers.get('accept-language'));
      if (lang === 'en') return;
      const t = translator(lang);
      setResult({ ...result, errors: result.errors.map((error) => translated(error as GraphQLError, t)) });
    },
  };
}
