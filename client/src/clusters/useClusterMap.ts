import { useState } from 'react';
import { useQuery } from '../api/useQuery';
import { CLUSTER_MAP_QUERY } from './queries';
import type { ClusterGrouping, ClusterMapData, ClusterMapResult } from './queries';

export interface ClusterMapState {
  /** The newest cluster map received; while another grouping loads, the previous one stays on screen. */
  data: ClusterMapData | null;
  loading: boolean;
  error: Error | null;
}

/** The cluster map for a grouping, keeping the last answer while the next one loads. */
export function useClusterMap(slug: string, groupBy: ClusterGrouping, interestId: string | null, headers: Record<string, string>): ClusterMapState {
  const state = useQuery<ClusterMapResult>(CLUSTER_MAP_QUERY, { slug, groupBy, interestId }, { headers });
  const [last, setLast] = useState<ClusterMapData | null>(null);
  const current = state.status === 'success' ? (state.data.community?.clusterMap ?? null) : null;

  // Remembered during render (React's pattern for state derived from a changing input).
  if (current && current !== last) setLast(current);

  return {
    data: current ?? last,
    loading: state.status === 'loading',
    error: state.status === 'error' ? state.error : null,
  };
}
