// Colours that survive the common forms of colour blindness. Clusters never rely on colour alone: each
// cluster box carries its name, and people's roles are told apart by shape and border as well.

/** Paul Tol's "light" scheme (minus its grey): cluster fills, distinct for up to 8 clusters, then repeated. */
export const CLUSTER_COLORS = ['#77AADD', '#EE8866', '#44BB99', '#EEDD88', '#99DDFF', '#FFAABB', '#BBCC33', '#AAAA00'];

/** Interest grouping: fixed colours per side (Okabe–Ito bluish green and reddish purple) and grey. */
export const INTEREST_SIDE_COLORS: Record<string, string> = { offers: '#009E73', seeks: '#CC79A7', others: '#BBBBBB' };

/** Colour of the people without a cluster ("Not given"). */
export const UNGROUPED_COLOR = '#BBBBBB';

/**
 * The colour of the cluster at `index` (clusters come largest first). Interest sides and the "none" cluster
 * keep fixed colours so that switching interests does not repaint them.
 */
export function clusterColor(clusterId: string, index: number): string {
  if (clusterId === 'none') return UNGROUPED_COLOR;
  return INTEREST_SIDE_COLORS[clusterId] ?? CLUSTER_COLORS[index % CLUSTER_COLORS.length]!;
}
