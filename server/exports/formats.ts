import { tieId } from '../communities/community-repository.ts';
import type { ExportData } from './export-repository.ts';

/** The files an export offers, by the name in its URL. */
export const EXPORT_FILES = {
  'people.csv': { type: 'text/csv; charset=utf-8', render: peopleCsv },
  'organizations.csv': { type: 'text/csv; charset=utf-8', render: organizationsCsv },
  'ties.csv': { type: 'text/csv; charset=utf-8', render: tiesCsv },
  'graph.graphml': { type: 'application/graphml+xml; charset=utf-8', render: graphml },
  'graph.gexf': { type: 'application/gexf+xml; charset=utf-8', render: gexf },
  'cytoscape.json': { type: 'application/json; charset=utf-8', render: cytoscapeJson },
} as const;
export type ExportFile = keyof typeof EXPORT_FILES;

/**
 * One CSV cell. Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) get a leading apostrophe, so an exported name can never execute.
 */
export function csvCell(value: unknown): string {
  let text = value == null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

function csv(header: string[], rows: unknown[][]): string {
  // A BOM so spreadsheet programs read the file as UTF-8 (accents in names).
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function peopleCsv(data: ExportData): string {
  return csv(
    ['id', 'name', 'email', 'role', 'participation', 'listed', 'contactable', 'organization', 'region', 'offers', 'seeks'],
    data.people.map((p) => [
      p.id,
      p.name,
      p.email,
      p.role,
      p.participation,
      p.listed,
      p.contactable,
      p.organization,
      p.region,
      p.offers,
      p.seeks,
    ]),
  );
}

export function organizationsCsv(data: ExportData): string {
  return csv(
    ['id', 'name', 'kind', 'region'],
    data.organizations.map((o) => [o.id, o.name, o.kind, o.region]),
  );
}

/**
 * Ties with their ends' names beside the ids. Names come from the export's own people, already filtered by the
 * viewer's scope: a shared export never names someone it does not list (their tie is not in it either).
 */
export function tiesCsv(data: ExportData): string {
  const names = new Map(data.people.map((p) => [p.id, p.name]));
  return csv(
    ['source', 'source_name', 'target', 'target_name', 'reported_by', 'reported_by_name', 'confirmed'],
    data.ties.map((t) => [
      t.source,
      names.get(t.source),
      t.target,
      names.get(t.target),
      t.reportedById,
      names.get(t.reportedById),
      t.confirmed,
    ]),
  );
}

/** XML text: escaped, and stripped of characters XML 1.0 cannot carry at all. */
export function xml(value: unknown): string {
  return String(value ?? '')
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NODE_ATTRIBUTES = ['name', 'organization', 'region', 'participation', 'role'] as const;

export function graphml(data: ExportData): string {
  const keys = NODE_ATTRIBUTES.map((a) => `  <key id="${a}" for="node" attr.name="${a}" attr.type="string"/>`);
  const nodes = data.people.map(
    (p) => `    <node id="${xml(p.id)}">${NODE_ATTRIBUTES.map((a) => `<data key="${a}">${xml(p[a])}</data>`).join('')}</node>`,
  );
  const edges = data.ties.map(
    (t, i) => `    <edge id="e${i}" source="${xml(t.source)}" target="${xml(t.target)}"><data key="confirmed">${t.confirmed}</data></edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <key id="confirmed" for="edge" attr.name="confirmed" attr.type="boolean"/>',
    `  <graph id="${xml(data.community.slug)}" edgedefault="undirected">`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

export function gexf(data: ExportData): string {
  const attributes = NODE_ATTRIBUTES.slice(1).map((a, i) => `      <attribute id="${i}" title="${a}" type="string"/>`);
  const nodes = data.people.map(
    (p) =>
      `      <node id="${xml(p.id)}" label="${xml(p.name)}"><attvalues>` +
      NODE_ATTRIBUTES.slice(1)
        .map((a, i) => `<attvalue for="${i}" value="${xml(p[a])}"/>`)
        .join('') +
      '</attvalues></node>',
  );
  const edges = data.ties.map((t, i) => `      <edge id="${i}" source="${xml(t.source)}" target="${xml(t.target)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta><creator>Tejido</creator><description>${xml(data.community.name)}</description></meta>`,
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node">',
    ...attributes,
    '    </attributes>',
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}

/** Cytoscape.js elements JSON (also opens in Cytoscape desktop): regions as compound parents. */
export function cytoscapeJson(data: ExportData): string {
  const regions = data.regions.map((r) => ({ data: { id: `region:${r.id}`, name: r.name, kind: 'region' } }));
  const people = data.people.map((p) => ({
    data: {
      id: p.id,
      name: p.name,
      organization: p.organization,
      participation: p.participation,
      role: p.role,
      ...(p.regionId ? { parent: `region:${p.regionId}` } : {}),
    },
  }));
  const ties = data.ties.map((t) => ({ data: { id: tieId(t), source: t.source, target: t.target, confirmed: t.confirmed } }));
  return JSON.stringify({ data: { name: data.community.name }, elements: { nodes: [...regions, ...people], edges: ties } }, null, 1);
}
