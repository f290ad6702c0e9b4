const W = 320;
const H = 130;
const TOP = 16;
const BOTTOM = 22;

/** Counts per bucket (e.g. time to resolution), with each count written above its bar. */
export function Histogram(props: { title: string; buckets: { label: string; value: number }[] }) {
  const { buckets, title } = props;
  const max = Math.max(1, ...buckets.map((b) => b.value));
  const slot = W / buckets.length;
  const scale = (H - TOP - BOTTOM) / max;
  return (
    <figure class="chart" data-testid="chart-resolution">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: ${buckets.map((b) => `${b.label} ${b.value}`).join(', ')}`}>
        {buckets.map((b, i) => {
          const h = b.value * scale;
          const x = i * slot + 4;
          return (
            <g key={b.label}>
              <rect x={x} y={H - BOTTOM - h} width={slot - 8} height={h} class="chart-bar">
                <title>{`${b.label}: ${b.value}`}</title>
              </rect>
              <text x={x + (slot - 8) / 2} y={H - BOTTOM - h - 4} text-anchor="middle" class="chart-value">
                {b.value}
              </text>
              <text x={x + (slot - 8) / 2} y={H - 6} text-anchor="middle" class="chart-axis">
                {b.label}
              </text>
            </g>
          );
        })}
        <line x1="0" x2={W} y1={H - BOTTOM} y2={H - BOTTOM} class="chart-baseline" />
      </svg>
    </figure>
  );
}
