import { appError } from '../errors.ts';

/** The most items one page may hold; a larger `first` is refused with BAD_USER_INPUT. */
export const MAX_PAGE_SIZE = 100;

/** `first` checked against the most a field allows (pages: MAX_PAGE_SIZE). */
export function pageSize(first: number | null | undefined, fallback = 20, max = MAX_PAGE_SIZE): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw appError('BAD_USER_INPUT', `first must be between 0 and ${max}.`, { field: 'first' });
  }
  return n;
}

/** Cursors are opaque to clients: base64url of the keyset position. */
export function encodeCursor(position: Record<string, string>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<K extends string>(cursor: string | null | undefined, keys: readonly K[]): Record<K, string> | undefined {
  if (cursor == null) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && keys.every((k) => typeof (value as Record<string, unknown>)[k] === 'string')) {
      return value as Record<K, string>;
    }
  } catch {
    // fall through to the error below
  }
  throw appError('BAD_USER_INPUT', 'after is not a cursor this API gave out.', { field: 'after' });
}
