import { describe, expect, it } from 'vitest';
import { accessHeaders, communityPath, interestPath, peersPath } from './community-access';

const facilitator = { slug: 'camafu', shareToken: null };
const shared = { slug: 'camafu', shareToken: 'abc_DEF-123' };

describe('community access paths', () => {
  it('when a facilitator opens the peer finder, then the paths stay under /c/:slug', () => {
    expect(communityPath(facilitator)).toBe('/c/camafu');
    expect(peersPath(facilitator)).toBe('/c/camafu/peers');
    expect(interestPath(facilitator, 'i-1')).toBe('/c/camafu/interests/i-1');
  });

  it('when a share-link viewer opens it, then the paths stay under /s/:token and never name the slug', () => {
    expect(communityPath(shared)).toBe('/s/abc_DEF-123');
    expect(peersPath(shared, 'p-1')).toBe('/s/abc_DEF-123/peers?person=p-1');
    expect(interestPath(shared, 'i-1')).toBe('/s/abc_DEF-123/interests/i-1');
  });

  it('when ids hold URL characters, then they are escaped', () => {
    expect(peersPath(facilitator, 'a b&c')).toBe('/c/camafu/peers?person=a+b%26c');
    expect(interestPath(facilitator, 'x/y?z')).toBe('/c/camafu/interests/x%2Fy%3Fz');
  });

  it('when no person is given, then the peer finder path has no query', () => {
    expect(peersPath(facilitator, null)).toBe('/c/camafu/peers');
    expect(peersPath(facilitator, '')).toBe('/c/camafu/peers');
  });

  it('when the access is a share link, then requests carry its token; otherwise no header', () => {
    expect(accessHeaders(shared)).toEqual({ 'x-tejido-share': 'abc_DEF-123' });
    expect(accessHeaders(facilitator)).toEqual({});
  });
});
