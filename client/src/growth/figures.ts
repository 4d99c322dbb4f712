import type { MessageKey } from '../i18n';
import type { GrowthSnapshot } from './queries';

/** A figure drawn over time: its name in the catalogue, how to read it from a snapshot, and whether it is a share. */
export type Figure = { id: string; label: MessageKey; value: (s: GrowthSnapshot) => number; share?: boolean };

export const FIGURES: Figure[] = [
  { id: 'people', label: 'growth.figure.people', value: (s) => s.people },
  { id: 'ties', label: 'growth.figure.ties', value: (s) => s.ties },
  { id: 'crossTies', label: 'growth.figure.crossTies', value: (s) => Math.round(s.ties * s.crossRegionShare) },
  { id: 'crossShare', label: 'growth.figure.crossShare', value: (s) => s.crossRegionShare, share: true },
  { id: 'density', label: 'growth.figure.density', value: (s) => s.density, share: true },
  { id: 'components', label: 'growth.figure.components', value: (s) => s.components },
  { id: 'isolates', label: 'growth.figure.isolates', value: (s) => s.isolates },
  { id: 'regionModularity', label: 'growth.figure.regionModularity', value: (s) => s.regionModularity, share: true },
  { id: 'detectedModularity', label: 'growth.figure.detectedModularity', value: (s) => s.detectedModularity, share: true },
  { id: 'coordinators', label: 'growth.figure.coordinators', value: (s) => s.participation.coordinators },
  { id: 'peripheral', label: 'growth.figure.peripheral', value: (s) => s.participation.peripheral },
  { id: 'moved', label: 'growth.figure.moved', value: (s) => s.participation.moved },
  { id: 'gaps', label: 'growth.figure.gaps', value: (s) => s.openGaps.length },
];

/** The figures that get a plain-language reading, most telling first. */
export const READ_FIGURES = ['crossTies', 'people', 'ties', 'gaps'];

export type Reading = { key: MessageKey; figure: MessageKey; from: number; to: number; since: string };

/**
 * A plain-language reading of a count between the first snapshot and the latest ("ties across regions doubled since
 * the Norte workshop"), or null with fewer than two snapshots.
 */
export function readingOf(figure: Figure, snapshots: GrowthSnapshot[], sinceLabel: (s: GrowthSnapshot) => string): Reading | null {
  if (snapshots.length < 2) return null;
  const [first, last] = [snapshots[0]!, snapshots.at(-1)!];
  const [from, to] = [figure.value(first), figure.value(last)];
  const base = { figure: figure.label, from, to, since: sinceLabel(first) };
  if (from === to) return { ...base, key: 'growth.reading.same' };
  if (from === 0) return { ...base, key: 'growth.reading.appeared' };
  if (to >= 3 * from) return { ...base, key: 'growth.reading.multiplied' };
  if (to >= 2 * from) return { ...base, key: 'growth.reading.doubled' };
  if (to < from / 2) return { ...base, key: 'growth.reading.halved' };
  return { ...base, key: to > from ? 'growth.reading.grew' : 'growth.reading.fell' };
}
