import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server; the dev server proxies to it so the browser sees one origin (cookies, CSRF header).
const api = 'http://127.0.0.1:4000';

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [react()],
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
