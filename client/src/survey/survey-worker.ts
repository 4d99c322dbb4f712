/**
 * Registers the survey's service worker (built by vite-plugin-pwa into /sw.js) for the participant's pages
 * under /join/ only: it keeps the survey's shell on the phone so the page opens with no connection. Pages
 * outside that scope (maps, private links, facilitator pages) are never controlled by it, and it caches no
 * GraphQL answer. Browsers allow service workers on https and on localhost only; over plain http on a LAN the
 * survey still keeps and resends answers while the page stays open.
 */
export function registerSurveyWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/join/' }).catch(() => {
    // Without it the survey works as before, online.
  });
}
