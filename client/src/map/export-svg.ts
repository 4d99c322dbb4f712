import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

export interface SvgShape {
  kind: 'ellipse' | 'diamond' | 'rect';
  /** Centre and size, in model coordinates. */
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  dashed: boolean;
  opacity: number;
  label: string | null;
  fontSize: number;
  labelAt: 'top' | 'bottom' | 'center';
}

export interface SvgLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  opacity: number;
}

/** What is in view: the visible area in model coordinates, clusters and people (back to front), ties. */
export interface ViewSnapshot {
  x: number;
  y: number;
  width: number;
  height: number;
  shapes: SvgShape[];
  lines: SvgLine[];
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);
const n = (value: number) => String(Math.round(value * 10) / 10);

/** An SVG document of the view: ties under clusters' outlines under people, names on top. Pure. */
export function snapshotToSvg(view: ViewSnapshot, title: string): string {
  const lines = view.lines.map(
    (l) =>
      `<line x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}" stroke="${escapeXml(l.color)}" stroke-width="${n(l.width)}" stroke-opacity="${n(l.opacity)}"/>`,
  );
  const shapes = view.shapes.map((s) => {
    const paint = `fill="${escapeXml(s.fill)}" fill-opacity="${n(s.fillOpacity)}" stroke="${escapeXml(s.stroke)}" stroke-width="${n(s.strokeWidth)}"${s.dashed ? ' stroke-dasharray="4 3"' : ''}${s.opacity < 1 ? ` opacity="${n(s.opacity)}"` : ''}`;
    const [hw, hh] = [s.w / 2, s.h / 2];
    if (s.kind === 'ellipse') return `<ellipse cx="${n(s.x)}" cy="${n(s.y)}" rx="${n(hw)}" ry="${n(hh)}" ${paint}/>`;
    if (s.kind === 'diamond') {
      const points = [
        [s.x, s.y - hh],
        [s.x + hw, s.y],
        [s.x, s.y + hh],
        [s.x - hw, s.y],
      ]
        .map(([x, y]) => `${n(x!)},${n(y!)}`)
        .join(' ');
      return `<polygon points="${points}" ${paint}/>`;
    }
    return `<rect x="${n(s.x - hw)}" y="${n(s.y - hh)}" width="${n(s.w)}" height="${n(s.h)}" rx="8" ${paint}/>`;
  });
  const labels = view.shapes
    .filter((s) => s.label)
    .map((s) => {
      // A cluster's name sits inside the band at the top of its box (cluster-geometry.ts).
      const y =
        s.labelAt === 'top' ? s.y - s.h / 2 + s.fontSize + 6 : s.labelAt === 'bottom' ? s.y + s.h / 2 + s.fontSize : s.y + s.fontSize / 3;
      return `<text x="${n(s.x)}" y="${n(y)}" font-size="${n(s.fontSize)}">${escapeXml(s.label!)}</text>`;
    });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(view.x)} ${n(view.y)} ${n(view.width)} ${n(view.height)}" width="${Math.round(view.width)}" height="${Math.round(view.height)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${n(view.x)}" y="${n(view.y)}" width="${n(view.width)}" height="${n(view.height)}" fill="#ffffff"/>`,
    `<g>${lines.join('')}</g>`,
    `<g>${shapes.join('')}</g>`,
    `<g font-family="system-ui, sans-serif" text-anchor="middle" fill="#1F2933" stroke="#ffffff" stroke-width="3" paint-order="stroke">${labels.join('')}</g>`,
    '</svg>',
  ].join('\n');
}

/** The elements in view, as drawn now (filtered-out people and hidden ties left out). */
export function snapshotView(cy: Core): ViewSnapshot {
  const { x1, y1, w, h } = cy.extent();
  const inView = (b: { x1: number; y1: number; x2: number; y2: number }) => b.x2 >= x1 && b.x1 <= x1 + w && b.y2 >= y1 && b.y1 <= y1 + h;
  const zoom = cy.zoom();
  const nodes = cy.nodes(':visible').filter((node) => inView(node.boundingBox({ includeLabels: false })));
  const shapeOf = (node: NodeSingular): SvgShape => {
    const box = node.boundingBox({ includeLabels: false, includeOverlays: false });
    const isCluster = node.data('kind') === 'cluster';
    const shape = String(node.style('shape'));
    const fontSize = parseFloat(String(node.style('font-size')));
    const minZoomed = parseFloat(String(node.style('min-zoomed-font-size'))) || 0;
    // The label as styled: people carry none until names are drawn (map-style.ts, NAMED).
    const label = String(node.style('label') ?? '');
    return {
      kind: shape === 'diamond' ? 'diamond' : shape === 'ellipse' ? 'ellipse' : 'rect',
      x: isCluster ? (box.x1 + box.x2) / 2 : node.position('x'),
      y: isCluster ? (box.y1 + box.y2) / 2 : node.position('y'),
      w: isCluster ? box.w : node.width(),
      h: isCluster ? box.h : node.height(),
      fill: String(node.style('background-color')),
      fillOpacity: parseFloat(String(node.style('background-opacity'))),
      stroke: String(node.style('border-color')),
      strokeWidth: parseFloat(String(node.style('border-width'))),
      dashed: node.style('border-style') === 'dashed',
      opacity: node.effectiveOpacity(),
      // Names that the canvas does not draw at this zoom are left out of the SVG too.
      label: label && fontSize * zoom >= minZoomed ? label : null,
      fontSize,
      labelAt: isCluster && !node.data('collapsed') ? 'top' : node.data('collapsed') ? 'center' : 'bottom',
    };
  };
  const clusters = nodes.filter((node) => node.data('kind') === 'cluster').map(shapeOf);
  const people = nodes.filter((node) => node.data('kind') === 'person').map(shapeOf);
  const lines = cy
    .edges(':visible')
    .filter((edge) => inView(edge.boundingBox()))
    .map((edge: EdgeSingular) => {
      const [a, b] = [edge.source().position(), edge.target().position()];
      return {
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        color: String(edge.style('line-color')),
        width: parseFloat(String(edge.style('width'))),
        opacity: edge.effectiveOpacity(),
      };
    });
  return { x: x1, y: y1, width: w, height: h, shapes: [...clusters, ...people], lines };
}
