import { useState } from 'react';
import { request } from '../api/graphql';
import { SET_WORKSHOP_STATUS_MUTATION } from './queries';
import type { WorkshopStatus } from './queries';
import { useT } from '../i18n';

export interface WorkshopStatusButtonProps {
  workshopId: string;
  status: WorkshopStatus;
  onChanged: (status: WorkshopStatus) => void;
}

/** "Close workshop" while it takes answers, "Reopen" once closed. */
export function WorkshopStatusButton({ workshopId, status, onChanged }: WorkshopStatusButtonProps) {
  const [busy, setBusy] = useState(false);
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const next: WorkshopStatus = status === 'OPEN' ? 'CLOSED' : 'OPEN';

  async function toggle() {
    setBusy(true);
    setError(null);
    try {
      const { setWorkshopStatus } = await request(SET_WORKSHOP_STATUS_MUTATION, { id: workshopId, status: next });
      onChanged(setWorkshopStatus.status);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        className="wk-button wk-button--small"
        type="button"
        onClick={() => void toggle()}
        disabled={busy}
        data-testid="workshop-status-toggle"
      >
        {status === 'OPEN' ? t('workshop.close') : t('workshop.reopen')}
      </button>
      {error && (
        <span className="wk-inline-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
