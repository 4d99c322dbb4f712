import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compressedCopies } from './client/build/compressed-copies.ts';

// The API server; the dev server proxies to it so the browser sees one origin (cookies, CSRF header).
const api = 'http://127.0.0.1:4000';

// The whole app (index.html). The participant's pages on phones (/join…) also have their own lean build,
// vite.survey.config.ts, run after this one into the same folder (`npm run build`, server/client-build.ts).
export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [react(), compressedCopies()],
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/readyz': api,
      '/export': api,
      '/templates': api,
    },
  },
});
