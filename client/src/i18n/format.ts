// Dates and numbers for a catalogue's Intl locale ('language.locale', e.g. es-MX), by Intl alone.

/**
 * A YYYY-MM-DD day in words ("12 de marzo de 2025", or with `weekday` "mié, 12 de mar de 2025" as the facilitator's
 * pages show it), not shifted by time zone; other text as given.
 */
export function formatDay(day: string, locale: string, { weekday = false } = {}): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
  if (!match) return day;
  // A calendar day, not an instant: format it in UTC so no time zone shifts it to the day before.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return day;
  const style: Intl.DateTimeFormatOptions = weekday
    ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
    : { dateStyle: 'long' };
  return new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(date);
}

/** An instant (ISO text or Date) as a short date and time in the viewer's time zone; bad input as given. */
export function formatDateTime(value: string | Date, locale: string, timeZone?: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** A time of day ("14:05") of an instant in the viewer's time zone; bad input as given. */
export function formatTime(value: string | Date, locale: string, timeZone?: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(date);
}

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}
