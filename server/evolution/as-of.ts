import { appError } from '../errors.ts';

/**
 * A past moment to answer as of, from an ISO 8601 date or date-time (a date alone means its start, UTC), or null when
 * none was given. A moment in the future is refused: nothing is known about it yet. A moment before the community
 * existed is fine, and answers an empty network.
 */
export function parseAsOf(value: string | null | undefined, field = 'asOf', now = new Date()): Date | null {
  if (value === null || value === undefined) return null;
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
  const at = iso.test(value) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(at.getTime())) {
    throw appError('BAD_USER_INPUT', `${field} must be an ISO 8601 date or date-time, like 2026-03-14 or 2026-03-14T18:00:00Z.`, {
      field,
    });
  }
  if (at.getTime() > now.getTime()) throw appError('BAD_USER_INPUT', `${field} is in the future; choose a moment up to now.`, { field });
  return at;
}
