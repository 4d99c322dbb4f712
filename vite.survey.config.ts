import { fileURLToPath } from 'node:url';
import purgeCss from '@fullhuman/postcss-purgecss';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { surveyMessages } from './client/build/survey-messages.ts';
import { surveyShell } from './client/build/survey-shell.ts';
import { typedDocumentImports } from './client/build/typed-document-imports.ts';

// The participant's pages (/join, /join/CODE, its receipt) as their own page, join.html, built after the
// app (vite.config.ts) into the same folder. A phone on a workshop's Wi-Fi downloads the survey's code alone,
// on Preact (preact/compat runs the same React components in a tenth of React DOM's bytes), and none of the
// map, the facilitator pages or their libraries. React Router, react-intl and TanStack Query are replaced, in
// this build only, by the few parts of them the survey uses (the aliases below; `npm run typecheck` checks the
// survey's sources against them with tsconfig.survey.json), and everything is inline in
// join.html: on Chrome's "Slow 3G" every request costs 2 s, so the survey must come in one response (the server
// writes the workshop's lists into it: server/http/survey-page.ts). Measured in bench/weak-network.ts and
// docs/performance.md.
const shell = surveyShell();

/** The sources of the survey's page (what it imports beside its libraries): its styles and messages follow them. */
const SURVEY_SOURCES = ['client/join.html', 'client/src/survey/**/*.{ts,tsx}', 'client/src/ui/**/*.tsx', 'client/src/i18n/**/*.tsx'];
/** The private record page (/me/…) lives in the app's page; tests are not shipped. */
const NOT_SURVEY = ['**/MyRecordPage.tsx', '**/*.test.ts'];

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  // The app's and the survey's style sheets, without the rules of pages this page never shows (the map's, the
  // private record page's): the selectors no survey source names. A class built from a value is kept by name.
  css: {
    postcss: {
      plugins: [
        purgeCss({
          content: SURVEY_SOURCES,
          skippedContentGlobs: NOT_SURVEY,
          safelist: { standard: ['html', 'body', /^survey-actions__status--/u] },
        }),
      ],
    },
  },
  resolve: {
    alias: [
      { find: /^react-dom\/client$/u, replacement: 'preact/compat/client' },
      { find: /^react-dom$/u, replacement: 'preact/compat' },
      { find: /^react\/jsx-(dev-)?runtime$/u, replacement: 'preact/jsx-runtime' },
      { find: /^react$/u, replacement: 'preact/compat' },
      // The survey's few routes on a router of its own (client/src/survey/lean-router.tsx): a quarter of its code less.
      { find: /^react-router$/u, replacement: fileURLToPath(new URL('./client/src/survey/lean-router.tsx', import.meta.url)) },
      // react-intl's few parts that Tejido uses, on FormatJS's formatter alone (client/src/i18n/lean-intl.tsx).
      { find: /^react-intl$/u, replacement: fileURLToPath(new URL('./client/src/i18n/lean-intl.tsx', import.meta.url)) },
      // TanStack Query's few parts that the survey uses (client/src/api/lean-query.tsx).
      { find: /^@tanstack\/react-query$/u, replacement: fileURLToPath(new URL('./client/src/api/lean-query.tsx', import.meta.url)) },
      // Messages come parsed (client/build/survey-messages.ts): no ICU parser on the phone.
      { find: /^@formatjs\/icu-messageformat-parser$/u, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' },
    ],
  },
  plugins: [
    typedDocumentImports(),
    react(),
    surveyMessages({ sources: SURVEY_SOURCES, ignore: NOT_SURVEY }),
    // The code, styles and both catalogues inside join.html: one response is the whole survey, which the server
    // completes with the workshop's lists (server/http/survey-page.ts). On a slow 3G link every request costs 2 s.
    viteSingleFile({ removeViteModuleLoader: true }),
    shell.plugin,
    // The survey's service worker (client/src/survey/survey-worker.ts registers it for /join/ only).
    VitePWA({
      injectRegister: false,
      manifest: false,
      filename: 'sw.js',
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        // The survey's build alone: a phone downloads nothing for the map pages it will not open.
        manifestTransforms: [
          (entries) => ({ manifest: entries.filter((entry) => shell.files.has(entry.url.replace(/^\//u, ''))), warnings: [] }),
        ],
        // Pages come from the network while it answers (so a deploy is seen at once), from the precached
        // page only when it does not; GraphQL answers are never cached (they may be private).
        navigateFallback: null,
        runtimeCaching: [
          {
            urlPattern: ({ request, url }) => request.mode === 'navigate' && url.pathname.startsWith('/join'),
            handler: 'NetworkFirst',
            options: { cacheName: 'survey-pages', networkTimeoutSeconds: 6, precacheFallback: { fallbackURL: 'join.html' } },
          },
        ],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: {
    // Every browser that runs the survey's module script knows <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: false,
    rolldownOptions: {
      input: fileURLToPath(new URL('./client/join.html', import.meta.url)),
    },
  },
});
