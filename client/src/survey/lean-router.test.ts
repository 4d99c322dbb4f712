import { describe, expect, it } from 'vitest';
import { matchPath } from './lean-router';

describe("the survey page's routes (lean-router matchPath)", () => {
  it("when a path has the pattern's segments, then it matches with its :params decoded", () => {
    expect(matchPath('/join', '/join')).toEqual({});
    expect(matchPath('/join', '/join/')).toEqual({});
    expect(matchPath('/join/:code', '/join/AB%20C3')).toEqual({ code: 'AB C3' });
    expect(matchPath('/join/:code/done', '/join/ABC234/done')).toEqual({ code: 'ABC234' });
  });

  it('when segments differ in number or text, or a param cannot be decoded, then it does not match; * matches anything', () => {
    expect(matchPath('/join/:code', '/join')).toBeNull();
    expect(matchPath('/join/:code', '/join/ABC234/done')).toBeNull();
    expect(matchPath('/join/:code/done', '/join/ABC234/other')).toBeNull();
    expect(matchPath('/join/:code', '/join/%E0%A4%A')).toBeNull();
    expect(matchPath('*', '/me/token')).toEqual({});
  });
});
