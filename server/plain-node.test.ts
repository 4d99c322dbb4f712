// `npm start` runs the server on plain Node (tsx strips the types, nothing else), where Vite's import.meta.glob
// and the like do not exist. Every other test loads the server through Vite, so this one asks plain Node.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('the server on plain Node', () => {
  it('when npm start loads the server (server/main.ts imports server/tejido.ts), then every module it imports loads', async () => {
    const script = `await import('./server/tejido.ts'); console.log('loaded');`;
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    await expect(run).resolves.toMatchObject({ stdout: 'loaded\n' });
  }, 60_000);
});
