import { describe, expect, it } from 'vitest';
import { displayUrl, joinUrl, spelledCode, todayIso } from './format';

describe('format', () => {
  it('when it is late evening, then today is the local day, not the UTC one', () => {
    expect(todayIso(new Date(2025, 4, 1, 23, 30))).toBe('2025-05-01');
  });

  it('when the join path and origin are joined, then there is exactly one slash between them', () => {
    expect(joinUrl('https://tejido.example.org/', '/join/K7M4QX')).toBe('https://tejido.example.org/join/K7M4QX');
    expect(joinUrl('http://localhost:4000', 'join/K7M4QX')).toBe('http://localhost:4000/join/K7M4QX');
    expect(displayUrl('https://tejido.example.org/join/K7M4QX')).toBe('tejido.example.org/join/K7M4QX');
  });

  it('when a code is spelled out, then its characters are separated', () => {
    expect(spelledCode('K7M4QX')).toBe('K 7 M 4 Q X');
  });
});
