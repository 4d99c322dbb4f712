import { createPubSub } from 'graphql-yoga';
import type { MapPersonRecord, MapTieRecord } from '../communities/community-repository.ts';

/** An arrival as the projector may show it: `person` null (and no ties) when they are not listed. */
export type ActivityEvent = {
  responseCount: number;
  person: MapPersonRecord | null;
  ties: MapTieRecord[];
};
export type ImportProgressEvent = { processed: number; total: number };

/**
 * Live events, by workshop id. In-process: with several app instances behind a load balancer, swap in
 * a shared event target (graphql-yoga's Redis event target) here.
 */
export const createEvents = () =>
  createPubSub<{
    workshopActivity: [workshopId: string, event: ActivityEvent];
    importProgress: [workshopId: string, event: ImportProgressEvent];
  }>();

export type Events = ReturnType<typeof createEvents>;
