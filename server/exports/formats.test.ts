import { describe, expect, it } from 'vitest';
import type { ExportData } from './export-repository.ts';
import { csvCell, cytoscapeJson, gexf, graphml, peopleCsv, tiesCsv } from './formats.ts';

const data: ExportData = {
  community: { slug: 'c', name: 'Comunidad & <Co>' },
  regions: [{ id: 'r1', name: 'Occidente' }],
  organizations: [{ id: 'o1', name: 'CONAFOR', kind: 'GOVERNMENT', region: null }],
  people: [
    {
      id: 'p1',
      name: '=HYPERLINK("http://evil")',
      email: 'a@b.c',
      role: '+1 brigada',
      participation: 'CORE',
      listed: true,
      contactable: true,
      organization: 'CONAFOR',
      organizationId: 'o1',
      region: 'Occidente',
      regionId: 'r1',
      offers: ['Quemas'],
      seeks: [],
    },
    {
      id: 'p2',
      name: 'Luis "el Güero" <b>\u0007',
      email: null,
      role: null,
      participation: 'ACTIVE',
      listed: true,
      contactable: false,
      organization: null,
      organizationId: null,
      region: null,
      regionId: null,
      offers: [],
      seeks: ['Quemas', 'SIG'],
    },
  ],
  ties: [{ source: 'p1', target: 'p2', reportedById: 'p1', confirmed: true }],
};

describe('exports', () => {
  it('when a cell starts with =, +, -, @ or a tab, then it is neutralized with an apostrophe and quoted', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'Ana'].map(csvCell)).toEqual([
      '"\'=1+1"',
      '"\'+1"',
      '"\'-1"',
      '"\'@SUM(A1)"',
      '"\'\tx"',
      '"Ana"',
    ]);
    const text = peopleCsv(data);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain('"Quemas; SIG"');
  });

  it('when names hold markup, quotes or control characters, then GraphML and GEXF stay well-formed XML', () => {
    for (const doc of [graphml(data), gexf(data)]) {
      expect(doc).toContain('Luis &quot;el Güero&quot; &lt;b&gt;');
      expect(doc).not.toContain('\u0007');
      expect(doc).not.toContain('<b>');
    }
    expect(graphml(data)).toContain('<edge id="e0" source="p1" target="p2">');
    expect(gexf(data)).toContain('<node id="p1" label="=HYPERLINK(&quot;http://evil&quot;)">');
  });

  it('when exported for Cytoscape, then people sit inside their region and ties keep their ends', () => {
    const json = JSON.parse(cytoscapeJson(data));
    expect(json.elements.nodes).toContainEqual({ data: { id: 'region:r1', name: 'Occidente', kind: 'region' } });
    expect(json.elements.nodes.find((n: any) => n.data.id === 'p1').data.parent).toBe('region:r1');
    expect(json.elements.edges).toEqual([{ data: { id: 'p1~p2', source: 'p1', target: 'p2', confirmed: true } }]);
  });

  it('when ties are exported, then each end and the reporter are named beside their ids, and someone outside the export is not named', () => {
    const lines = tiesCsv({
      ...data,
      ties: [...data.ties, { source: 'p2', target: 'unlisted', reportedById: 'unlisted', confirmed: false }],
    })
      .replace('\uFEFF', '')
      .split('\r\n');
    expect(lines[0]).toBe('"source","source_name","target","target_name","reported_by","reported_by_name","confirmed"');
    expect(lines[1]).toBe(
      `"p1","'=HYPERLINK(""http://evil"")","p2","Luis ""el Güero"" <b>\u0007","p1","'=HYPERLINK(""http://evil"")","true"`,
    );
    expect(lines[2]).toBe('"p2","Luis ""el Güero"" <b>\u0007","unlisted","","unlisted","","false"');
  });
});
