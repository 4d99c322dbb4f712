import { useEffect, useRef, useState } from 'react';
import { openSubscription } from './event-stream';
import type { StreamStatus } from './event-stream';
import { WORKSHOP_ACTIVITY_SUBSCRIPTION } from './queries';
import type { WorkshopActivity } from './queries';

export interface WorkshopActivityHandlers {
  onActivity: (activity: WorkshopActivity) => void;
  /** The feed is live again after a break: events sent meanwhile are lost, so re-read what is shown. */
  onReconnected?: () => void;
}

/** Live arrivals in a workshop over Server-Sent Events, for as long as the component is mounted. */
export function useWorkshopActivity(code: string, handlers: WorkshopActivityHandlers): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>({ state: 'connecting' });
  // The latest handlers, without reopening the stream whenever the caller passes new functions.
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    let hadBreak = false;
    return openSubscription(
      WORKSHOP_ACTIVITY_SUBSCRIPTION,
      { code },
      {
        onData: (data) => handlersRef.current.onActivity(data.workshopActivity),
        onStatus: (next) => {
          setStatus(next);
          if (next.state === 'reconnecting') hadBreak = true;
          if (next.state === 'live' && hadBreak) {
            hadBreak = false;
            handlersRef.current.onReconnected?.();
          }
        },
      },
    );
  }, [code]);

  return status;
}
