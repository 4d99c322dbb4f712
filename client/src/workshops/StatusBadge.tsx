import type { WorkshopStatus } from './queries';

/** Open or closed, said in words and with a symbol, never by colour alone. */
export function StatusBadge({ status }: { status: WorkshopStatus }) {
  return status === 'OPEN' ? (
    <span className="wk-badge wk-badge--open" data-testid="workshop-status">
      <span aria-hidden>●</span> Open
    </span>
  ) : (
    <span className="wk-badge wk-badge--closed" data-testid="workshop-status">
      <span aria-hidden>■</span> Closed
    </span>
  );
}
