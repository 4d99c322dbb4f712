import { describe, expect, it } from 'vitest';
import { snapshotToSvg } from './export-svg';
import type { SvgShape, ViewSnapshot } from './export-svg';

const shape = (over: Partial<SvgShape>): SvgShape => ({
  kind: 'ellipse',
  x: 0,
  y: 0,
  w: 20,
  h: 20,
  fill: '#0072B2',
  fillOpacity: 1,
  stroke: '#ffffff',
  strokeWidth: 1,
  dashed: false,
  opacity: 1,
  label: null,
  fontSize: 11,
  labelAt: 'bottom',
  ...over,
});

const view: ViewSnapshot = {
  x: -100,
  y: -50,
  width: 400,
  height: 300,
  shapes: [
    shape({ kind: 'rect', x: 50, y: 50, w: 200, h: 120, label: 'Noroeste', labelAt: 'top', fillOpacity: 0.14 }),
    shape({ kind: 'diamond', x: 10, y: 20, label: 'Ana <CONAFOR> & "co"' }),
    shape({ x: 60, y: 80, dashed: true, opacity: 0.4 }),
  ],
  lines: [{ x1: 10, y1: 20, x2: 60, y2: 80, color: '#E69F00', width: 1.5, opacity: 0.8 }],
};

describe('snapshotToSvg', () => {
  const svg = snapshotToSvg(view, 'CAMAFU: region map');

  it('when a view is exported, then the SVG covers exactly the visible area', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="-100 -50 400 300" width="400" height="300">/);
    expect(svg).toContain('<title>CAMAFU: region map</title>');
  });

  it('when a view is exported, then each cluster, person and tie is drawn with its shape', () => {
    expect(svg.match(/<rect x="-50" y="-10" width="200" height="120"/g)).toHaveLength(1);
    expect(svg).toContain('<polygon points="10,10 20,20 10,30 0,20"');
    expect(svg).toContain('<ellipse cx="60" cy="80" rx="10" ry="10"');
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain('<line x1="10" y1="20" x2="60" y2="80" stroke="#E69F00" stroke-width="1.5" stroke-opacity="0.8"/>');
  });

  it('when names hold markup characters, then they are escaped and only labelled shapes get text', () => {
    expect(svg).toContain('Ana &lt;CONAFOR&gt; &amp; &quot;co&quot;');
    expect(svg).not.toContain('<CONAFOR>');
    expect(svg.match(/<text /g)).toHaveLength(2);
  });

  it('when ties, clusters and people are drawn, then ties come first and people last, so people stay on top', () => {
    expect(svg.indexOf('<line')).toBeLessThan(svg.indexOf('<rect x="-50"'));
    expect(svg.indexOf('<rect x="-50"')).toBeLessThan(svg.indexOf('<polygon'));
  });
});
