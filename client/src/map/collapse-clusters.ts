import type { ClusterNode, MapElement, TieEdge } from './build-elements';

/**
 * The elements with each cluster in `collapsedIds` (compound node ids) folded into one node: its members
 * and the ties inside it disappear, and the ties from its members to anyone else become one edge per
 * outside end, weighted by the number of ties folded into it. Pure; returns `elements` when nothing is
 * collapsed.
 */
export function collapseClusters(elements: readonly MapElement[], collapsedIds: ReadonlySet<string>): MapElement[] {
  if (collapsedIds.size === 0) return elements as MapElement[];
  // Where each element now ends up: a member of a collapsed cluster is represented by the cluster.
  const standIn = new Map<string, string>();
  for (const el of elements) {
    if (el.group === 'nodes' && el.data.kind === 'person' && el.data.parent && collapsedIds.has(el.data.parent)) {
      standIn.set(el.data.id, el.data.parent);
    }
  }

  const kept: MapElement[] = [];
  const folded = new Map<string, TieEdge>();
  for (const el of elements) {
    if (el.group === 'nodes') {
      if (standIn.has(el.data.id)) continue;
      // An empty cluster has nobody to fold: it stays a box.
      if (el.data.kind === 'cluster' && collapsedIds.has(el.data.id) && !el.data.empty) {
        const collapsed: ClusterNode = { ...el, data: { ...el.data, collapsed: true } };
        kept.push(collapsed);
      } else kept.push(el);
      continue;
    }
    const source = standIn.get(el.data.source) ?? el.data.source;
    const target = standIn.get(el.data.target) ?? el.data.target;
    if (source === el.data.source && target === el.data.target) {
      kept.push(el);
      continue;
    }
    if (source === target) continue; // a tie inside a collapsed cluster
    const [a, b] = source < target ? [source, target] : [target, source];
    const id = `folded:${a}|${b}`;
    const edge = folded.get(id);
    if (edge) edge.data.weight += el.data.weight;
    else folded.set(id, { group: 'edges', data: { id, source: a, target: b, crossCluster: true, weight: el.data.weight } });
  }
  return [...kept, ...folded.values()];
}
