/** A small line chart of one figure over the snapshots (SVG, no library): decorative, the table beside it says it all. */
export function Sparkline({ values }: { values: number[] }) {
  const [width, height, pad] = [160, 48, 4];
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const span = max - min || 1;
  const x = (i: number) => (values.length > 1 ? pad + (i * (width - 2 * pad)) / (values.length - 1) : width / 2);
  const y = (v: number) => height - pad - ((v - min) * (height - 2 * pad)) / span;
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return (
    <svg className="growth-chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
      <line x1={pad} x2={width - pad} y1={y(min)} y2={y(min)} className="growth-chart__axis" />
      <polyline points={points} className="growth-chart__line" />
      {values.map((v, i) => (
        <circle key={i} cx={x(i)} cy={y(v)} r={2.5} className="growth-chart__dot" />
      ))}
    </svg>
  );
}
