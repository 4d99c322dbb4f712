// The worker thread of analytics-thread.ts. Plain JavaScript that loads the TypeScript through tsx itself:
// Node 20 does not apply `--import tsx` to worker threads (nodejs/node#47747).
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const [{ brandes }, { bestPartition }] = await Promise.all([
  tsImport('./brandes.ts', import.meta.url),
  tsImport('./louvain.ts', import.meta.url),
]);

const tasks = {
  brandes: ({ n, ends, sources }) => {
    const scores = brandes(n, ends, sources);
    return { result: scores, moved: [scores.buffer] };
  },
  partition: ({ graph, passes }) => {
    const partition = bestPartition(graph, passes);
    return { result: partition, moved: [partition.community.buffer] };
  },
};

parentPort.on('message', ({ id, task, ...args }) => {
  const { result, moved } = tasks[task](args);
  parentPort.postMessage({ id, result }, moved);
});
