import type { MessageKey } from '../i18n';
import { useT } from '../i18n';
// Files keep their English machine column names in every language (scripts and re-imports rely on them).
const EXPORTS: ReadonlyArray<{ file: string; what: MessageKey }> = [
  { file: 'people.csv', what: 'exports.people' },
  { file: 'organizations.csv', what: 'exports.organizations' },
  { file: 'ties.csv', what: 'exports.ties' },
  { file: 'graph.graphml', what: 'exports.graphml' },
  { file: 'graph.gexf', what: 'exports.gexf' },
  { file: 'cytoscape.json', what: 'exports.cytoscape' },
];

/** Plain download links: the browser sends the session cookie and saves the file. */
export function ExportLinks({ communitySlug }: { communitySlug: string }) {
  const base = `/export/${encodeURIComponent(communitySlug)}`;
  const t = useT();
  return (
    <section className="exports" aria-labelledby={`exports-${communitySlug}`}>
      <h3 id={`exports-${communitySlug}`}>{t('exports.title')}</h3>
      <p className="wk-hint">{t('exports.warning')}</p>
      <ul className="export-list">
        {EXPORTS.map(({ file, what }) => (
          <li key={file}>
            <a href={`${base}/${file}`} download data-testid={`export-${file}`}>
              {file}
            </a>
            <span>{t(what)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
