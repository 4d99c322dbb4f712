import { describe, expect, it } from 'vitest';
import { shortCommunityName } from './short-name';

describe('shortCommunityName', () => {
  it('when the name has a subtitle after a dash, then only the part before it is kept', () => {
    expect(shortCommunityName('CAMAFU — Comunidad de Aprendizaje en Manejo del Fuego')).toBe('CAMAFU');
    expect(shortCommunityName('Red Sur – brigadas comunitarias')).toBe('Red Sur');
    expect(shortCommunityName('Fire Net - Noroeste')).toBe('Fire Net');
  });

  it('when the name has a subtitle after a colon, then only the part before it is kept', () => {
    expect(shortCommunityName('CAMAFU: learning community')).toBe('CAMAFU');
  });

  it('when a dash sits inside a word, then the name is kept whole', () => {
    expect(shortCommunityName('Sur-Sureste fire network')).toBe('Sur-Sureste fire network');
  });

  it('when the name has no subtitle, then it is kept as it is, trimmed', () => {
    expect(shortCommunityName('  Península de Yucatán ')).toBe('Península de Yucatán');
  });

  it('when nothing stands before the separator, then the whole name is kept', () => {
    expect(shortCommunityName(' — only a subtitle')).toBe('— only a subtitle');
  });
});
