import { describe, expect, it } from 'vitest';
import { CLUSTER_COLORS, clusterColor, INTEREST_SIDE_COLORS, UNGROUPED_COLOR } from './palette';

describe('clusterColor', () => {
  it('when clusters are coloured by position, then the first eight all differ and the ninth repeats the first', () => {
    const colors = Array.from({ length: 9 }, (_, i) => clusterColor(`c${i}`, i));

    expect(new Set(colors.slice(0, 8)).size).toBe(8);
    expect(colors[8]).toBe(colors[0]);
  });

  it('when the interest grouping is shown, then offers, seeks and others keep their own colours wherever they come', () => {
    expect(clusterColor('offers', 3)).toBe(INTEREST_SIDE_COLORS.offers);
    expect(clusterColor('seeks', 0)).toBe(INTEREST_SIDE_COLORS.seeks);
    expect(clusterColor('others', 1)).toBe(INTEREST_SIDE_COLORS.others);
  });

  it('when people have no cluster, then their box is neutral grey, never a cluster colour', () => {
    expect(clusterColor('none', 0)).toBe(UNGROUPED_COLOR);
    expect(CLUSTER_COLORS).not.toContain(UNGROUPED_COLOR);
  });
});
