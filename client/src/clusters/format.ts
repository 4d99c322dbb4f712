import type { ClusterGrouping } from './queries';

/** 0.234 → "23%"; small non-zero shares keep a decimal so they do not read as none. */
export function percent(share: number): string {
  const value = share * 100;
  if (value > 0 && value < 1) return `${value.toFixed(1)}%`;
  return `${Math.round(value)}%`;
}

/** A 0–1 figure with two decimals ("0.42"); tiny non-zero values as "< 0.01". */
export function decimal(value: number): string {
  if (value > 0 && value < 0.005) return '< 0.01';
  return value.toFixed(2);
}

export const GROUPINGS: { value: ClusterGrouping; label: string; noun: string }[] = [
  { value: 'REGION', label: 'Regions', noun: 'region' },
  { value: 'DETECTED', label: 'Detected communities', noun: 'community' },
  { value: 'ORGANIZATION', label: 'Organizations', noun: 'organization' },
  { value: 'INTEREST', label: 'One interest (offers / seeks / others)', noun: 'group' },
];

export const groupingNoun = (groupBy: ClusterGrouping) => GROUPINGS.find((g) => g.value === groupBy)!.noun;

/** How strong a modularity is, in words a coordinator can act on. */
export function modularityVerdict(modularity: number): 'real clusters' | 'weak clusters' | 'not clusters' {
  if (modularity >= 0.3) return 'real clusters';
  if (modularity >= 0.1) return 'weak clusters';
  return 'not clusters';
}

/** "region" → "regions", "community" → "communities". */
export const nounPlural = (noun: string) => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`);
