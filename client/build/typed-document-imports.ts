// graphql-codegen's client preset turns each graphql(`…`) call into a lookup in one map of every document of
// the app (client/src/gql/gql.ts), so a page ships all of them. Its Babel plugin, the preset's documented fix
// for production builds, replaces each call by an import of that one document from client/src/gql/graphql.ts.
// The survey's page (vite.survey.config.ts) builds with it: a phone gets the survey's few documents (once they
// are marked pure, below).
import { fileURLToPath } from 'node:url';
import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import type { Plugin } from 'vite';

const artifactDirectory = fileURLToPath(new URL('../src/gql/', import.meta.url));
const SOURCE = /\/client\/src\/(?!gql\/).*\.tsx?$/u;
const DOCUMENTS = /\/client\/src\/gql\/graphql\.ts$/u;

export function typedDocumentImports(): Plugin {
  return {
    name: 'tejido-typed-document-imports',
    enforce: 'pre',
    async transform(code, id) {
      // Every document is a `new TypedDocumentString(…)`, which the bundler must keep unless told it is pure: without
      // this the page shipped all the app's documents (28 KB) beside the few it imports.
      if (DOCUMENTS.test(id))
        return { code: code.replaceAll('= new TypedDocumentString(', '= /*#__PURE__*/ new TypedDocumentString('), map: null };
      if (!SOURCE.test(id) || !code.includes('graphql(`')) return null;
      const result = await transformAsync(code, {
        filename: id,
        configFile: false,
        babelrc: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory, gqlTagName: 'graphql' }]],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}
