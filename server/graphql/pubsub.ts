import { createPubSub } from 'graphql-yoga';
import type { MapPersonRecord, MapTieRecord } from '../communities/community-repository.ts';

export type ActivityEvent = {
  responseCount: number;
  person: MapPersonRecord;
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
