import { Worker } from 'node:worker_threads';
import type { Partition, TieArrays } from './louvain.ts';

/**
 * Analytics in a worker thread, on the second core while the main thread works: a cold cluster map's
 * betweenness (~0.1 s at 100,000 ties) while it runs Louvain, and a snapshot's Louvain on the listed people's
 * network while it runs everyone's. One worker (analytics-worker.mjs), started on first use, kept while it
 * has work and allowed to exit with the process; its tasks run one after another.
 */
let worker: Worker | null = null;
const pending = new Map<number, { resolve: (result: never) => void; reject: (error: Error) => void }>();
let lastId = 0;

function thread(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./analytics-worker.mjs', import.meta.url));
  const failAll = (error: Error) => {
    if (worker === started) worker = null;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  started.on('message', ({ id, result }: { id: number; result: never }) => {
    pending.get(id)?.resolve(result);
    pending.delete(id);
    if (pending.size === 0) started.unref();
  });
  started.on('error', failAll);
  started.on('exit', (code) => failAll(new Error(`the analytics worker stopped (exit code ${code})`)));
  return (worker = started);
}

/** Sends a task with its arrays (copies, moved to the worker rather than copied again). */
function run<T>(task: string, args: Record<string, unknown>, arrays: ArrayBufferView[]): Promise<T> {
  const id = ++lastId;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (result: never) => void, reject });
    const target = thread();
    target.ref();
    target.postMessage(
      { id, task, ...args },
      arrays.map((a) => a.buffer as ArrayBuffer),
    );
  });
}

/** brandes() (brandes.ts) in the worker. */
export function brandesInThread(n: number, ends: ArrayLike<number>, sources: ArrayLike<number>): Promise<Float64Array> {
  const [copiedEnds, copiedSources] = [Int32Array.from(ends), Int32Array.from(sources)];
  return run('brandes', { n, ends: copiedEnds, sources: copiedSources }, [copiedEnds, copiedSources]);
}

/** bestPartition() (louvain.ts) in the worker. */
export function partitionInThread({ order, offsets, neighbours, ends }: TieArrays, passes: number): Promise<Partition> {
  const graph = { order, offsets: offsets.slice(), neighbours: neighbours.slice(), ends: ends.slice() };
  return run('partition', { graph, passes }, [graph.offsets, graph.neighbours, graph.ends]);
}
