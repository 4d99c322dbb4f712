import type { WorkshopStatus } from './queries';
import { useT } from '../i18n';

/** Open or closed, said in words and with a symbol, never by colour alone. */
export function StatusBadge({ status }: { status: WorkshopStatus }) {
  const t = useT();
  return status === 'OPEN' ? (
    <span className="wk-badge wk-badge--open" data-testid="workshop-status">
      <span aria-hidden>●</span> {t('workshop.open')}
    </span>
  ) : (
    <span className="wk-badge wk-badge--closed" data-testid="workshop-status">
      <span aria-hidden>■</span> {t('workshop.closed')}
    </span>
  );
}
