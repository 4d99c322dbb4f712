import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, isLang, languageName, loadCatalogue } from './catalogue';

const SOURCE = 'en';

/** The {argument} names an ICU message uses, sorted, so translations can be compared to the source. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as Array<Record<string, unknown>>) {
      if (typeof node.value === 'string' && node.type !== 0 /* literal */ && node.type !== 7 /* pound */) names.add(node.value);
      if (node.options && typeof node.options === 'object') {
        for (const option of Object.values(node.options as Record<string, { value: unknown }>)) walk(option.value);
      }
      if (Array.isArray(node.children)) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

describe('catalogues', () => {
  it('when the locales folder is read, then Spanish and English are both there, found by file name', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'es']));
    expect(isLang('es')).toBe(true);
    expect(isLang('xx')).toBe(false);
  });

  it.each(LANGUAGES.filter((lang) => lang !== SOURCE))(
    'when the %s catalogue is compared with English, then it has exactly the same keys, none missing and none extra',
    async (lang) => {
      const source = await loadCatalogue(SOURCE);
      const catalogue = await loadCatalogue(lang);
      const missing = Object.keys(source).filter((key) => !(key in catalogue));
      const extra = Object.keys(catalogue).filter((key) => !(key in source));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    },
  );

  it.each(LANGUAGES)('when every %s message is parsed as ICU, then it takes the same values as the English one', async (lang) => {
    const source = await loadCatalogue(SOURCE);
    const catalogue = await loadCatalogue(lang);
    const locale = catalogue['language.locale'];
    const mismatched = Object.entries(source)
      .filter(
        ([key, english]) => argumentsOf(english, 'en').join() !== argumentsOf(catalogue[key as keyof typeof catalogue], locale).join(),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('when a language is offered in the switch, then it is named in its own language', () => {
    expect(languageName('es')).toBe('Español');
    expect(languageName('en')).toBe('English');
  });
});
