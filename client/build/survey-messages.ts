// The survey's page needs a tenth of each catalogue: the messages its own sources name. Each catalogue module
// (client/src/i18n/locales/*.ts) is built into the survey's page with only the keys that appear, quoted, in
// those sources (every key is a literal there: useT checks them with tsc); the app's page keeps the whole
// catalogue. A key missed here shows at once: react-intl reports the missing message on the console, which
// fails the end-to-end tests.
// The messages are parsed here, at build time (FormatJS's "pre-compiled messages"): the page gets their ICU
// syntax trees and none of the ICU parser (vite.survey.config.ts aliases it to its no-parser build).
import { readFile } from 'node:fs/promises';
import { parse } from '@formatjs/icu-messageformat-parser';
import { glob } from 'tinyglobby';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

const CATALOGUE = /\/client\/src\/i18n\/locales\/\w+\.ts$/u;
/** The Intl locale itself (I18nProvider reads it), not a message. */
const LOCALE_KEY = 'language.locale';

async function namedKeys(sources: readonly string[], ignore: readonly string[]): Promise<Set<string>> {
  const keys = new Set<string>([LOCALE_KEY]);
  for (const file of await glob([...sources], { ignore: [...ignore] })) {
    for (const match of (await readFile(file, 'utf8')).matchAll(/'([a-z]+\.[\w.]+)'/gu)) keys.add(match[1]!);
  }
  return keys;
}

export function surveyMessages({ sources, ignore }: { sources: readonly string[]; ignore: readonly string[] }): Plugin {
  let keys: Promise<Set<string>> | undefined;
  return {
    name: 'tejido-survey-messages',
    buildStart() {
      keys = namedKeys(sources, ignore);
    },
    async load(id) {
      if (!CATALOGUE.test(id)) return null;
      const named = await (keys ??= namedKeys(sources, ignore));
      const { default: catalogue } = (await tsImport(id, import.meta.url)) as { default: Record<string, string> };
      const kept = Object.entries(catalogue)
        .filter(([key]) => named.has(key))
        .map(([key, message]) => [key, key === LOCALE_KEY ? message : parse(message)]);
      return `export default ${JSON.stringify(Object.fromEntries(kept))};`;
    },
  };
}
