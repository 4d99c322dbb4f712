// Which built files make up the survey's shell: every file of the survey's own build (vite.survey.config.ts),
// whose entry is join.html. The service worker precaches these alone, so a phone in the room downloads what it
// needs to answer offline, not the app's other pages (built beside it by vite.config.ts).
import type { Plugin } from 'vite';

/** Collects the survey build's file names while Vite writes the bundle; read them after the build. */
export function surveyShell(): { plugin: Plugin; files: Set<string> } {
  const files = new Set<string>();
  const plugin: Plugin = {
    name: 'tejido-survey-shell',
    apply: 'build',
    generateBundle(_options, bundle) {
      files.clear();
      // The page itself, whether or not Vite's HTML plugin has emitted it yet.
      files.add('join.html');
      for (const fileName of Object.keys(bundle)) files.add(fileName);
    },
  };
  return { plugin, files };
}
