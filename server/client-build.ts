import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from './logger.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
export const clientDir = path.join(root, 'dist/client');

/** Builds the client with Vite when there is no build yet or its sources changed since the last one. */
export async function ensureClientBuilt(logger: Logger): Promise<string> {
  const built = mtime(path.join(clientDir, 'index.html'));
  const sources = Math.max(newest(path.join(root, 'client')), mtime(path.join(root, 'vite.config.ts')));
  if (built < sources) {
    logger.info('building the client');
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  }
  return clientDir;
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && !entry.parentPath.includes('node_modules')) latest = Math.max(latest, mtime(path.join(entry.parentPath, entry.name)));
  }
  return latest;
}
