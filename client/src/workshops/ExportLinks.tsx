const EXPORTS: ReadonlyArray<{ file: string; what: string }> = [
  { file: 'people.csv', what: 'People with organization, region, role, interests and consent: opens in any spreadsheet.' },
  { file: 'organizations.csv', what: 'Organizations with their kind and region.' },
  { file: 'ties.csv', what: 'Who already works with whom, one row per tie (an edge list for R, Python or a spreadsheet).' },
  { file: 'graph.graphml', what: 'The whole network for Gephi, yEd, NetworkX or igraph.' },
  { file: 'graph.gexf', what: 'The whole network in Gephi’s own format, with attributes for colouring and filtering.' },
  { file: 'cytoscape.json', what: 'For Cytoscape desktop (File → Import → Network from File) or Cytoscape.js.' },
];

/** Plain download links: the browser sends the session cookie and saves the file. */
export function ExportLinks({ communitySlug }: { communitySlug: string }) {
  const base = `/export/${encodeURIComponent(communitySlug)}`;
  return (
    <section className="exports" aria-labelledby={`exports-${communitySlug}`}>
      <h3 id={`exports-${communitySlug}`}>Export</h3>
      <p className="wk-hint">
        Exports hold what you see as a facilitator, including emails and people who asked not to be listed: keep
        them safe and share only what people consented to.
      </p>
      <ul className="export-list">
        {EXPORTS.map(({ file, what }) => (
          <li key={file}>
            <a href={`${base}/${file}`} download data-testid={`export-${file}`}>
              {file}
            </a>
            <span>{what}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
