import { UndirectedGraph } from 'graphology';
import type { PeopleGraph } from '../../server/analytics/network-analytics.ts';

/**
 * The same people and ties as a graphology graph, nodes keyed by position ("0", "1"…), for checking Tejido's
 * analytics against graphology-metrics and graphology-communities-louvain.
 */
export function toGraphology({ ids, ends }: PeopleGraph): UndirectedGraph {
  const graph = new UndirectedGraph();
  ids.forEach((_, at) => graph.addNode(String(at)));
  for (let end = 0; end < ends.length; end += 2) graph.addEdge(String(ends[end]), String(ends[end + 1]));
  return graph;
}
