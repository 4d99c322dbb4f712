// Betweenness beyond what a request can wait for: exact while that takes seconds, sampled adaptively above,
// computed after the first answer and kept with the community's cached analysis.
import { smallest } from '../peers/smallest.ts';

/** Exact while people × ties ≤ this: 3,000 people / 10,000 ties, about 1.5 s in the worker thread. */
export const EXACT_BUDGET = 30_000_000;
/**
 * The most work (sources × ties) an adaptive estimate does: everyone up to 20,000 people and 70,000 ties,
 * ~45 s of the second core. It runs only while the community is idle (a write stops it), and there ranks 8–15
 * lie within a few per cent of each other: sampling needed more than half of the sources to order them, at
 * which point following everyone costs less than twice as much and is certain.
 */
export const MAX_WORK = 1_500_000_000;
/**
 * Work per request to the worker (sources × ties, ~0.1 s): the one worker also computes every cold map's
 * first sample, which then waits at most one chunk behind a refinement (the ties are copied and indexed
 * again per chunk: a few ms).
 */
const CHUNK_WORK = 3_000_000;
/** Bridges listed. */
export const TOP = 10;
/**
 * Two independent halves of the sample must agree on this many of their top 10 for the list (from both
 * halves, twice as precise as either) to be called stable. On CAMAFU-shaped communities (bench/quality.ts)
 * halves agreeing on 8 gave 9 of the exact top 10 at 1,200 to 10,000 people, but the ranks 8–15 of larger ones
 * lie within a few per cent, where 8 is too little to go by; asking 9, the halves at 3,000 to 20,000 people
 * did not get there before the sample reached everyone, so those lists end exact.
 */
export const AGREEMENT_NEEDED = 9;

/** How sure the bridges list is (NetworkFigures.bridgesCertainty). */
export type Certainty = {
  level: 'EXACT' | 'STABLE' | 'ESTIMATE';
  sources: number;
  /** Of the top 10, how many two independent halves of the sample both rank in their top 10; null when exact. */
  agreement: number | null;
  /** A more certain list is being computed. */
  refining: boolean;
};

/** brandes() for some sources: the sums of their dependencies per person (in the worker thread, or here in tests). */
export type RunSources = (sources: Int32Array) => Promise<Float64Array>;

/** The positions of the `k` largest sums, largest first (equal sums by position). */
export function topPositions(sums: Float64Array, k = TOP): number[] {
  const positions = Array.from(sums.keys()).filter((at) => sums[at]! > 0);
  return smallest(positions, k, (a, b) => sums[b]! - sums[a]! || a - b);
}

const overlap = (a: number[], b: number[]) => a.filter((x) => b.includes(x)).length;

/** Runs `sources` in chunks of about CHUNK_WORK and adds the sums up; stops (throws) once no longer wanted. */
async function inChunks(n: number, ties: number, sources: Int32Array, run: RunSources, wanted: () => boolean): Promise<Float64Array> {
  const total = new Float64Array(n);
  const size = Math.max(1, Math.floor(CHUNK_WORK / Math.max(ties, 1)));
  for (let start = 0; start < sources.length; start += size) {
    if (!wanted()) throw new Error('betweenness no longer wanted: the community changed');
    const sums = await run(sources.subarray(start, start + size));
    for (let at = 0; at < n; at++) total[at]! += sums[at]!;
  }
  return total;
}

/**
 * Betweenness sums beyond a first sample of `first` sources (the first `first` of `order`, a seeded
 * permutation of everyone, whose sums are given): exact from every source while n × ties ≤ EXACT_BUDGET;
 * above it the sample grows by doubling, each new half drawn apart from the sources already followed, until
 * the two halves agree on at least AGREEMENT_NEEDED of their top 10 (then the list, from both, is stable) or
 * MAX_WORK is spent. Scale the sums by n / sources (betweennessOf) to estimate betweenness. Rejects as soon
 * as `wanted` says no (a write made the analysis stale: a busy workshop must not queue minutes of work).
 */
export async function refineBetweenness(
  n: number,
  ties: number,
  order: Int32Array,
  first: { sums: Float64Array; sources: number },
  run: RunSources,
  {
    exact = EXACT_BUDGET,
    maxWork = MAX_WORK,
    agreementNeeded = AGREEMENT_NEEDED,
    wanted = () => true,
  }: { exact?: number; maxWork?: number; agreementNeeded?: number; wanted?: () => boolean } = {},
): Promise<{ sums: Float64Array; certainty: Certainty }> {
  const add = (a: Float64Array, b: Float64Array) => a.map((x, at) => x + b[at]!);
  let { sums, sources } = first;
  if (n * ties <= exact) {
    sums = add(sums, await inChunks(n, ties, order.subarray(sources), run, wanted));
    return { sums, certainty: { level: 'EXACT', sources: n, agreement: null, refining: false } };
  }
  let agreement = 0;
  while (sources < n && Math.min(n, 2 * sources) * ties <= maxWork) {
    const half = order.subarray(sources, Math.min(n, 2 * sources));
    const more = await inChunks(n, ties, half, run, wanted);
    agreement = overlap(topPositions(sums), topPositions(more));
    [sums, sources] = [add(sums, more), sources + half.length];
    if (agreement >= agreementNeeded) return { sums, certainty: { level: 'STABLE', sources, agreement, refining: false } };
  }
  const level = sources >= n ? 'EXACT' : 'ESTIMATE';
  return { sums, certainty: { level, sources, agreement: level === 'EXACT' ? null : agreement, refining: false } };
}
