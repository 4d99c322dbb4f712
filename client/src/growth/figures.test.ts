import { describe, expect, it } from 'vitest';
import type { GrowthSnapshot } from './queries';
import { FIGURES, readingOf } from './figures';

const snapshot = (ties: number, crossRegionShare: number, title: string): GrowthSnapshot =>
  ({
    id: title,
    takenAt: '2026-01-01T00:00:00Z',
    workshopTitle: title,
    people: 4,
    ties,
    crossRegionShare,
    openGaps: [],
  }) as unknown as GrowthSnapshot;
const cross = FIGURES.find((f) => f.id === 'crossTies')!;
const label = (s: GrowthSnapshot) => s.workshopTitle!;

describe('readings', () => {
  it('when ties across regions go from 2 to 4, then they doubled since the first workshop', () => {
    expect(readingOf(cross, [snapshot(4, 0.5, 'Norte'), snapshot(8, 0.5, 'Sur')], label)).toEqual({
      key: 'growth.reading.doubled',
      figure: 'growth.figure.crossTies',
      from: 2,
      to: 4,
      since: 'Norte',
    });
  });

  it('when a figure starts at zero, stays put, or falls by half, then the reading says so', () => {
    expect(readingOf(cross, [snapshot(4, 0, 'A'), snapshot(4, 0.5, 'B')], label)?.key).toBe('growth.reading.appeared');
    expect(readingOf(cross, [snapshot(4, 0.5, 'A'), snapshot(4, 0.5, 'B')], label)?.key).toBe('growth.reading.same');
    expect(readingOf(cross, [snapshot(8, 0.5, 'A'), snapshot(2, 0.5, 'B')], label)?.key).toBe('growth.reading.halved');
    expect(readingOf(cross, [snapshot(4, 0.5, 'A')], label)).toBeNull();
  });
});
