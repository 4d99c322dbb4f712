import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Logger } from './logger.ts';

export const clientDir = fileURLToPath(new URL('../dist/client/', import.meta.url));

/** Builds the client with Vite when no build exists yet (first `npm start` of a fresh clone). */
export async function ensureClientBuilt(logger: Logger): Promise<string> {
  if (!existsSync(path.join(clientDir, 'index.html'))) {
    logger.info('building the client (first start only)');
    const { build } = await import('vite');
    await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
  }
  return clientDir;
}
