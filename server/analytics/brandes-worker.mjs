// The worker thread of brandes-thread.ts. Plain JavaScript that loads brandes.ts through tsx itself: Node 20
// does not apply `--import tsx` to worker threads (nodejs/node#47747).
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { brandes } = await tsImport('./brandes.ts', import.meta.url);

parentPort.on('message', ({ id, n, ends, sources }) => {
  const scores = brandes(n, ends, sources);
  parentPort.postMessage({ id, scores }, [scores.buffer]);
});
