import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './choose-language';

describe('chooseLanguage', () => {
  it('when the viewer chose a language before, then that choice wins over the community and the browser', () => {
    expect(chooseLanguage({ chosen: 'en', community: 'ES', browser: ['es-MX'] })).toBe('en');
  });

  it('when nothing is chosen, then the community default wins over the browser', () => {
    expect(chooseLanguage({ chosen: null, community: 'ES', browser: ['en-US'] })).toBe('es');
    expect(chooseLanguage({ community: 'EN', browser: ['es-MX'] })).toBe('en');
  });

  it('when neither is known, then the first browser language there is a catalogue for is used', () => {
    expect(chooseLanguage({ browser: ['es-MX', 'en-US'] })).toBe('es');
    expect(chooseLanguage({ browser: ['fr-FR', 'en-GB', 'es'] })).toBe('en');
  });

  it('when a page faces a room, then its forced language wins even over the viewer’s choice', () => {
    expect(chooseLanguage({ forced: 'ES', chosen: 'en', browser: ['en-US'] })).toBe('es');
  });

  it('when the remembered value is unknown and no browser language fits, then Spanish is used', () => {
    expect(chooseLanguage({ chosen: 'xx', browser: ['de-DE'] })).toBe('es');
  });
});
