import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { surveyShell } from './client/survey-shell';

// The API server; the dev server proxies to it so the browser sees one origin (cookies, CSRF header).
const api = 'http://127.0.0.1:4000';

const shell = surveyShell();

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [
    react(),
    shell.plugin,
    // Brotli and gzip copies beside every text asset, made once at build time; the server picks one per
    // request by Accept-Encoding (server/static-client.ts). Phones on a workshop's Wi-Fi get a third of the bytes.
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      // index.html (under 1 KB, loaded by every page) too: only files too small to gain are left plain.
      threshold: 256,
      logLevel: 'silent',
    }),
    // The survey's service worker (client/src/survey/survey-worker.ts registers it for /join/ only).
    VitePWA({
      injectRegister: false,
      manifest: false,
      filename: 'sw.js',
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        // The survey shell alone: a phone downloads nothing for the map pages it will not open.
        manifestTransforms: [
          (entries) => ({ manifest: entries.filter((entry) => shell.files.has(entry.url.replace(/^\//u, ''))), warnings: [] }),
        ],
        // Pages come from the network while it answers (so a deploy is seen at once), from the precached
        // shell only when it does not; GraphQL answers are never cached (they may be private).
        navigateFallback: null,
        runtimeCaching: [
          {
            urlPattern: ({ request, url }) => request.mode === 'navigate' && url.pathname.startsWith('/join'),
            handler: 'NetworkFirst',
            options: { cacheName: 'survey-pages', networkTimeoutSeconds: 6, precacheFallback: { fallbackURL: 'index.html' } },
          },
        ],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
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
