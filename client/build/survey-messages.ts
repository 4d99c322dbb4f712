// The survey's page needs a tenth of each catalogue: the participant's messages alone. Each catalogue module
// (client/src/i18n/locales/*.ts) is built into the survey's page with only the keys under these prefixes; the
// app's page keeps the whole catalogue. A key the survey uses outside them shows up at once: react-intl reports
// the missing message on the console, which fails the end-to-end tests.
// The messages are parsed here, at build time (FormatJS's "pre-compiled messages"): the page gets their ICU
// syntax trees and none of the ICU parser (vite.survey.config.ts aliases it to its no-parser build).
import { parse } from '@formatjs/icu-messageformat-parser';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

const CATALOGUE = /\/client\/src\/i18n\/locales\/\w+\.ts$/u;

export function surveyMessages(prefixes: readonly string[]): Plugin {
  return {
    name: 'tejido-survey-messages',
    async load(id) {
      if (!CATALOGUE.test(id)) return null;
      const { default: catalogue } = (await tsImport(id, import.meta.url)) as { default: Record<string, string> };
      const kept = Object.entries(catalogue)
        .filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))
        // language.locale is the Intl locale itself (I18nProvider), not a message.
        .map(([key, message]) => [key, key === 'language.locale' ? message : parse(message)]);
      return `export default ${JSON.stringify(Object.fromEntries(kept))};`;
    },
  };
}
