import { familyColour } from './palette';

export interface StackedDay {
  /** Short day label under the bar (e.g. "Mon 16"). */
  label: string;
  segments: { family: string; name: string; value: number }[];
  total: number;
}

const W = 320;
const H = 150;
const TOP = 16;
const BOTTOM = 22;

/**
 * Cases per day, one bar per day stacked by family. The total is written above each bar, each
 * segment has a tooltip with its family and count, and the legend names every family shown.
 */
export function StackedBars(props: { title: string; days: StackedDay[]; legend: { family: string; name: string }[] }) {
  const { days, title } = props;
  const max = Math.max(1, ...days.map((d) => d.total));
  const slot = W / days.length;
  const barWidth = slot * 0.6;
  const scale = (H - TOP - BOTTOM) / max;
  const description = days.map((d) => `${d.label}: ${d.total}${d.segments.length ? ` (${d.segments.map((s) => `${s.name} ${s.value}`).join(', ')})` : ''}`).join('; ');
  return (
    <figure class="chart" data-testid="chart-per-day">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: ${description}`}>
        {days.map((d, i) => {
          const x = i * slot + (slot - barWidth) / 2;
          let y = H - BOTTOM;
          return (
            <g key={d.label}>
              {d.segments.map((s) => {
                const h = s.value * scale;
                y -= h;
                return (
                  <rect key={s.family} x={x} y={y} width={barWidth} height={h} fill={familyColour(s.family)} stroke="var(--bg)" stroke-width="1">
                    <title>{`${d.label} · ${s.name}: ${s.value}`}</title>
                  </rect>
                );
              })}
              <text x={x + barWidth / 2} y={H - BOTTOM - d.total * scale - 4} text-anchor="middle" class="chart-value">
                {d.total}
              </text>
              <text x={x + barWidth / 2} y={H - 6} text-anchor="middle" class="chart-axis">
                {d.label}
              </text>
            </g>
          );
        })}
        <line x1="0" x2={W} y1={H - BOTTOM} y2={H - BOTTOM} class="chart-baseline" />
      </svg>
      {props.legend.length > 0 && (
        <ul class="chart-legend">
          {props.legend.map((l) => (
            <li key={l.family}>
              <span class="swatch" style={{ background: familyColour(l.family) }} aria-hidden="true" />
              {l.name}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
