import { describe, expect, it } from 'vitest';
import { SHARE_HEADER, isShareToken, shareHeaders } from './share-token';

describe('isShareToken', () => {
  it('when the token is base64url like the ones the server makes, then it is accepted', () => {
    expect(isShareToken('q3Vx_0-9AbCdEfGhIjKlMnOpQrStUvWx')).toBe(true);
  });

  it('when the token is empty or longer than the server accepts, then it is refused', () => {
    expect(isShareToken('')).toBe(false);
    expect(isShareToken('a'.repeat(128))).toBe(true);
    expect(isShareToken('a'.repeat(129))).toBe(false);
  });

  it('when the token holds other characters (spaces, slashes, accents, line breaks), then it is refused', () => {
    for (const token of ['abc def', 'abc/def', 'abc%2F', 'tejidoñ', 'abc\r\nx-evil: 1', 'abc=']) {
      expect(isShareToken(token)).toBe(false);
    }
  });
});

describe('shareHeaders', () => {
  it('when given a token, then it is sent in the x-tejido-share header and nothing else', () => {
    expect(shareHeaders('tok_1')).toEqual({ [SHARE_HEADER]: 'tok_1' });
    expect(SHARE_HEADER).toBe('x-tejido-share');
  });
});
