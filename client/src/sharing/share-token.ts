/** Share-link pages send their token in this header on every GraphQL request (server/auth/request-viewer.ts). */
export const SHARE_HEADER = 'x-tejido-share';

// Tokens are base64url (24 random bytes, or an HMAC digest); the server refuses anything over 128 characters.
const SHARE_TOKEN = /^[A-Za-z0-9_-]{1,128}$/u;

/**
 * Whether a `/s/:token` segment can be a share token at all. Anything else (a mistyped or mangled link) is
 * answered as an unknown link without a request, and never reaches a header, where fetch rejects characters
 * outside Latin-1.
 */
export function isShareToken(token: string): boolean {
  return SHARE_TOKEN.test(token);
}

/** The request headers of a share-link viewer: read-only, listed people only. */
export function shareHeaders(token: string): Record<string, string> {
  return { [SHARE_HEADER]: token };
}
