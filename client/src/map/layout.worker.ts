// Runs fcose off the main thread, so that a large map stays responsive while its layout is computed.
import { runFcose, separateLayout } from './fcose-layout';
import type { LayoutInput } from './fcose-layout';

self.onmessage = async (event: MessageEvent<{ key: string; input: LayoutInput }>) => {
  const { key, input } = event.data;
  try {
    const result = separateLayout(input, await runFcose(input));
    self.postMessage({ key, ...result });
  } catch (error) {
    self.postMessage({ key, error: error instanceof Error ? error.message : String(error) });
  }
};
