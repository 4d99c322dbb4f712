import type { Catalogue } from './catalogue-type';

/** A language code, the name of a catalogue file in ./locales (`es` for locales/es.ts). */
export type Lang = string;

// Each catalogue is its own chunk, fetched only when its language is shown: adding Portuguese is adding
// locales/pt.ts, with nothing to register.
const loaders = import.meta.glob<Catalogue>('./locales/*.ts', { import: 'default' });

const byLang = new Map<Lang, () => Promise<Catalogue>>(
  Object.entries(loaders).map(([path, load]) => [/([^/]+)\.ts$/u.exec(path)![1]!, load]),
);

/** The languages there is a catalogue for, in code order. */
export const LANGUAGES: readonly Lang[] = [...byLang.keys()].sort();

/** The language of the communities Tejido grew from; used when nothing else decides. */
export const FALLBACK_LANG: Lang = 'es';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && byLang.has(value);
}

const loaded = new Map<Lang, Catalogue>();

/** The catalogue of `lang` once fetched (synchronously, so a switch back does not flash), else undefined. */
export function loadedCatalogue(lang: Lang): Catalogue | undefined {
  return loaded.get(lang);
}

export async function loadCatalogue(lang: Lang): Promise<Catalogue> {
  const cached = loaded.get(lang);
  if (cached) return cached;
  const load = byLang.get(lang);
  if (!load) throw new Error(`No catalogue for language ${lang}`);
  const catalogue = await load();
  loaded.set(lang, catalogue);
  return catalogue;
}

/** The language's own name, capitalized ("Español", "English", "Português"), from Intl: no catalogue needed. */
export function languageName(lang: Lang): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
