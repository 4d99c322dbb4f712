import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('when next is a path on this site, then it is kept with its query', () => {
    expect(safeNextPath('/w/123/curate?tab=import')).toBe('/w/123/curate?tab=import');
  });

  it('when next is missing or empty, then the fallback is used', () => {
    expect(safeNextPath(null)).toBe('/facilitate');
    expect(safeNextPath('')).toBe('/facilitate');
  });

  it('when next points to another site, then the fallback is used', () => {
    for (const next of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeNextPath(next)).toBe('/facilitate');
    }
  });
});
