import type { Translate } from '../i18n';
import { formatDateTime } from '../i18n';

/** When one link was made and last used, in a line, in the facilitator's time zone unless one is given. */
export function shareLinkUse(
  t: Translate,
  locale: string,
  link: { createdAt: string; lastUsedAt: string | null },
  timeZone?: string,
): string {
  const created = t('shareLinks.created', { created: formatDateTime(link.createdAt, locale, timeZone) });
  const used = link.lastUsedAt
    ? t('shareLinks.lastUsed', { used: formatDateTime(link.lastUsedAt, locale, timeZone) })
    : t('shareLinks.notUsed');
  return `${created} · ${used}`;
}
