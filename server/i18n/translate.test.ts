import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import type { ServerMessageKey } from './catalogue-type.ts';
import { SERVER_CATALOGUES, languageFromHeader, translateFieldRule, translator } from './translate.ts';

describe('server catalogues', () => {
  it('when any server catalogue is compared with English, then it has exactly the same keys', () => {
    const source = Object.keys(SERVER_CATALOGUES.en!).sort();
    for (const [lang, catalogue] of Object.entries(SERVER_CATALOGUES))
      expect([lang, Object.keys(catalogue).sort()]).toEqual([lang, source]);
  });

  it('when the client sends its language, then the first supported one is used, else English', () => {
    expect(languageFromHeader('es')).toBe('es');
    expect(languageFromHeader('fr-FR, es-MX;q=0.8')).toBe('es');
    expect(languageFromHeader('de')).toBe('en');
    expect(languageFromHeader(undefined)).toBe('en');
  });

  it('when a CSV row breaks a field rule, then the rule is said in the asker’s language', () => {
    const es = translator('es');
    expect(translateFieldRule('is required', es)).toBe('es obligatorio');
    expect(translateFieldRule('must be at most 1200 characters', es)).toBe('debe tener como máximo 1,200 caracteres');
    expect(translateFieldRule('must be between -90 and 90', es)).toBe('debe estar entre -90 y 90');
    expect(translateFieldRule('must be at most 5 interests', es)).toBe('debe ser como máximo 5 intereses');
    expect(translateFieldRule('must not hold control characters', es)).toBe('no debe contener caracteres de control');
    expect(translateFieldRule('something else', es)).toBe('something else');
  });

  it('when a message takes a number, then it is formatted for the language', () => {
    const key: ServerMessageKey = 'csv.tooManyRows';
    expect(translator('es')(key, { max: 2000 })).toBe('Como máximo 2,000 filas por archivo.');
    expect(translator('en')(key, { max: 2000 })).toBe('At most 2,000 rows per file.');
  });

  it('when a server message has the same values in every language, then no translation drops or invents one', () => {
    const names = (message: string) => {
      const found = new Set<string>();
      const walk = (nodes: unknown): void => {
        for (const node of (nodes ?? []) as Array<{ type: number; value?: unknown; options?: Record<string, { value: unknown }> }>) {
          if (typeof node.value === 'string' && node.type !== 0 /* literal */ && node.type !== 7 /* pound */) found.add(node.value);
          for (const option of Object.values(node.options ?? {})) walk(option.value);
        }
      };
      walk(new IntlMessageFormat(message, 'en').getAst());
      return [...found].sort();
    };
    for (const [lang, catalogue] of Object.entries(SERVER_CATALOGUES))
      for (const [key, english] of Object.entries(SERVER_CATALOGUES.en!))
        expect([lang, key, names(catalogue[key as ServerMessageKey])]).toEqual([lang, key, names(english)]);
  });
});
