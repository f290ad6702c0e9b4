export interface TrendSeries {
  name: string;
  values: number[];
  /** Lines differ by dash and marker shape too, not only by colour. */
  style: 'solid' | 'dashed';
}

const W = 320;
const H = 150;
const PAD_X = 18;
const TOP = 16;
const BOTTOM = 34;

/** Weekly values as lines with every point's value written next to it. */
export function TrendLine(props: { title: string; labels: string[]; series: TrendSeries[] }) {
  const { labels, series, title } = props;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const step = labels.length > 1 ? (W - 2 * PAD_X) / (labels.length - 1) : 0;
  const x = (i: number) => PAD_X + i * step;
  const y = (v: number) => H - BOTTOM - (v / max) * (H - TOP - BOTTOM);
  const description = series.map((s) => `${s.name}: ${s.values.map((v, i) => `${labels[i]} ${v}`).join(', ')}`).join('; ');
  return (
    <figure class="chart" data-testid="chart-trend">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: ${description}`}>
        <line x1="0" x2={W} y1={H - BOTTOM} y2={H - BOTTOM} class="chart-baseline" />
        {series.map((s, si) => (
          <g key={s.name} class={`trend trend-${si}`}>
            <polyline
              fill="none"
              stroke-width="2"
              stroke-dasharray={s.style === 'dashed' ? '5 3' : undefined}
              points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
            />
            {s.values.map((v, i) =>
              s.style === 'solid' ? (
                <circle key={i} cx={x(i)} cy={y(v)} r="3">
                  <title>{`${labels[i]} · ${s.name}: ${v}`}</title>
                </circle>
              ) : (
                <rect key={i} x={x(i) - 3} y={y(v) - 3} width="6" height="6">
                  <title>{`${labels[i]} · ${s.name}: ${v}`}</title>
                </rect>
              ),
            )}
            {s.values.map((v, i) => (
              <text key={`t${i}`} x={x(i)} y={y(v) + (si === 0 ? -6 : 13)} text-anchor="middle" class="chart-value">
                {v}
              </text>
            ))}
          </g>
        ))}
        {labels.map((l, i) => (
          <text key={l} x={x(i)} y={H - 6} text-anchor="middle" class="chart-axis">
            {l}
          </text>
        ))}
      </svg>
      <ul class="chart-legend">
        {series.map((s, si) => (
          <li key={s.name}>
            <svg width="22" height="8" aria-hidden="true" class={`trend trend-${si}`}>
              <line x1="0" x2="22" y1="4" y2="4" stroke-width="2" stroke-dasharray={s.style === 'dashed' ? '5 3' : undefined} />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
