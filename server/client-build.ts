import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Logger } from './logger.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
export const clientDir = path.join(root, 'dist/client');

/** Builds the client with Vite when there is no build yet or its sources changed since the last one. */
export async function ensureClientBuilt(logger: Logger): Promise<string> {
  // join.html is written last (the survey's build runs after the app's): an interrupted build is rebuilt.
  const built = Math.min(mtime(path.join(clientDir, 'index.html')), mtime(path.join(clientDir, 'join.html')));
  const sources = Math.max(
    newest(path.join(root, 'client')),
    mtime(path.join(root, 'vite.config.ts')),
    mtime(path.join(root, 'vite.survey.config.ts')),
  );
  if (built < sources) {
    logger.info('building the client');
    // `vite build` with NODE_ENV=production whoever calls: Vite bundles the libraries for NODE_ENV, and under
    // vitest (NODE_ENV=test) it shipped React's development build (almost twice the size, slower, and every
    // page mounted twice by StrictMode, which asked the server for the map twice).
    // The app (vite.config.ts), then the participant's pages (vite.survey.config.ts) beside it: `npm run build`.
    const vite = path.join(root, 'node_modules/vite/bin/vite.js');
    for (const config of ['vite.config.ts', 'vite.survey.config.ts']) {
      await promisify(execFile)(process.execPath, [vite, 'build', '--config', config, '--logLevel', 'warn'], {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'production' },
      });
    }
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
    if (entry.isFile() && !entry.parentPath.includes('node_modules'))
      latest = Math.max(latest, mtime(path.join(entry.parentPath, entry.name)));
  }
  return latest;
}
