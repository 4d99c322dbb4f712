// Which built files make up the survey's shell: the entry with everything it imports, and the join and receipt
// pages' and the language catalogues' lazy chunks with theirs. The service worker precaches these alone, so a phone in the room downloads
// what it already needs to answer offline, not the map pages (Cytoscape and its layout worker).
import type { Plugin } from 'vite';

/** Source modules whose lazy chunks the survey pages load: the pages (client/src/App.tsx) and the catalogues. */
const SURVEY_PAGES = /\/client\/src\/(survey\/(JoinPage|ReceiptPage)\.tsx|i18n\/locales\/\w+\.ts)$/u;

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** Collects the survey shell's file names while Vite writes the bundle; read them after the build. */
export function surveyShell(): { plugin: Plugin; files: Set<string> } {
  const files = new Set<string>(['index.html']);
  const plugin: Plugin = {
    name: 'tejido-survey-shell',
    apply: 'build',
    generateBundle(_options, bundle) {
      files.clear();
      files.add('index.html');
      const chunks = new Map<string, ChunkLike>();
      for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output as ChunkLike);
      const visit = (fileName: string) => {
        const chunk = chunks.get(fileName);
        if (!chunk || files.has(fileName)) return;
        files.add(fileName);
        for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
        chunk.imports.forEach(visit);
      };
      for (const chunk of chunks.values()) {
        if (chunk.isEntry || (chunk.facadeModuleId && SURVEY_PAGES.test(chunk.facadeModuleId))) visit(chunk.fileName);
      }
    },
  };
  return { plugin, files };
}
