/**
 * The weekly summary's "what went wrong and who paid" parts, each a chart with its numbers
 * written out: cases by after-sales reason, by responsible party and by cause; resolution against
 * the 24 h target; remedies and the money paid; the carrier scorecard. Shown by the side panel's
 * summary and by the printable report, from the same `WeekSummary` the exports write.
 */
import { t } from '../../lib/i18n';
import type { Language } from '../../lib/schema';
import { carrierTable, partTables, remedyRows, targetRows, targetText } from '../../lib/summary/export';
import type { WeekSummary } from '../../lib/summary/week';

const W = 320;
const ROW = 18;
const LABEL_W = 118;
const VALUE_W = 64;
/** Problem columns of the scorecard, told apart by colour and by the legend's words. */
const PROBLEM_COLOURS = ['#ef6c00', '#6a1b9a', '#c62828', '#1565c0'] as const;
const WITHIN = '#2e7d32';
/** The charts of `partTables`, in its order: by reason, by responsible party, by cause. */
const PART_CHARTS = ['chart-reasons', 'chart-responsible', 'chart-causes'] as const;
const OVER = '#c62828';

export interface BarRow {
  label: string;
  value: number;
  /** Written after the count (money paid). */
  note?: string;
}

/** Horizontal bars, one per row, its label on the left and its count (and note) on the right. */
export function BarRows(props: { title: string; testId: string; rows: BarRow[]; empty: string }) {
  const { title, rows, testId } = props;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const span = W - LABEL_W - VALUE_W;
  const h = rows.length * ROW + 4;
  return (
    <figure class="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {rows.length === 0 ? (
        <p class="muted">{props.empty}</p>
      ) : (
        <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-label={`${title}: ${rows.map((r) => `${r.label} ${r.value}${r.note ? ` (${r.note})` : ''}`).join(', ')}`}>
          {rows.map((r, i) => {
            const y = i * ROW + 2;
            const w = Math.max(r.value > 0 ? 2 : 0, (r.value / max) * span);
            return (
              <g key={r.label} data-row={r.label}>
                <text x={LABEL_W - 4} y={y + 12} text-anchor="end" class="chart-axis">
                  {r.label.length > 18 ? `${r.label.slice(0, 17)}…` : r.label}
                </text>
                <rect x={LABEL_W} y={y + 2} width={w} height={ROW - 5} class="chart-bar">
                  <title>{`${r.label}: ${r.value}`}</title>
                </rect>
                <text x={LABEL_W + w + 4} y={y + 12} class="chart-value">
                  {r.note ? `${r.value} · ${r.note}` : String(r.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}

/** Within / over the 24 h target, for all resolved cases and for complaints, as split bars. */
export function TargetChart(props: { summary: WeekSummary; lang: Language }) {
  const { summary, lang } = props;
  const title = t(lang, 'summaryTargetChart');
  const rows = targetRows(summary, lang);
  const within = t(lang, 'summaryTargetWithin');
  const over = t(lang, 'summaryTargetOver');
  const max = Math.max(1, ...rows.map(([, a, b]) => a + b));
  const span = W - LABEL_W - VALUE_W;
  const line = targetText(summary, lang);
  return (
    <figure class="chart" data-testid="chart-target">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${rows.length * ROW + 4}`} role="img" aria-label={`${title}: ${rows.map(([l, a, b]) => `${l}: ${within} ${a}, ${over} ${b}`).join('; ')}`}>
        {rows.map(([label, a, b], i) => {
          const y = i * ROW + 2;
          const wa = (a / max) * span;
          const wb = (b / max) * span;
          return (
            <g key={label}>
              <text x={LABEL_W - 4} y={y + 12} text-anchor="end" class="chart-axis">
                {label}
              </text>
              <rect x={LABEL_W} y={y + 2} width={wa} height={ROW - 5} fill={WITHIN}>
                <title>{`${label} · ${within}: ${a}`}</title>
              </rect>
              <rect x={LABEL_W + wa} y={y + 2} width={wb} height={ROW - 5} fill={OVER}>
                <title>{`${label} · ${over}: ${b}`}</title>
              </rect>
              <text x={LABEL_W + wa + wb + 4} y={y + 12} class="chart-value">{`${a} / ${b}`}</text>
            </g>
          );
        })}
      </svg>
      <ul class="chart-legend">
        <li>
          <span class="swatch" style={{ background: WITHIN }} />
          {within}
        </li>
        <li>
          <span class="swatch" style={{ background: OVER }} />
          {over}
        </li>
      </ul>
      {line && <p class="muted" data-testid="target-line">{line}</p>}
    </figure>
  );
}

/**
 * The carrier scorecard: per carrier its problems as one stacked bar (late first scan, stalled,
 * lost, delivered late), the parcels shipped written beside its name; and the table.
 */
export function CarrierScorecard(props: { summary: WeekSummary; lang: Language }) {
  const { summary, lang } = props;
  const [header, rows] = carrierTable(summary, lang);
  const title = t(lang, 'summaryCarriers');
  if (rows.length === 0) {
    return (
      <section>
        <h2>{title}</h2>
        <p class="muted">{t(lang, 'summaryNothing')}</p>
      </section>
    );
  }
  const problems = header.slice(2);
  const max = Math.max(1, ...rows.map(([, , ...n]) => n.reduce((a, b) => a + b, 0)));
  const span = W - LABEL_W - VALUE_W;
  return (
    <section>
      <h2>{title}</h2>
      <figure class="chart" data-testid="chart-carriers">
        <svg
          viewBox={`0 0 ${W} ${rows.length * ROW + 4}`}
          role="img"
          aria-label={`${title}: ${rows.map(([name, shipped, ...n]) => `${name}: ${header[1]} ${shipped}, ${problems.map((p, i) => `${p} ${n[i]}`).join(', ')}`).join('; ')}`}
        >
          {rows.map(([name, shipped, ...n], i) => {
            const y = i * ROW + 2;
            let x = LABEL_W;
            const label = `${name} (${shipped})`;
            return (
              <g key={name}>
                <text x={LABEL_W - 4} y={y + 12} text-anchor="end" class="chart-axis">
                  {label.length > 20 ? `${label.slice(0, 19)}…` : label}
                </text>
                {n.map((v, k) => {
                  const w = (v / max) * span;
                  const rect = (
                    <rect key={k} x={x} y={y + 2} width={w} height={ROW - 5} fill={PROBLEM_COLOURS[k]}>
                      <title>{`${name} · ${problems[k]}: ${v}`}</title>
                    </rect>
                  );
                  x += w;
                  return rect;
                })}
                <text x={x + 4} y={y + 12} class="chart-value">
                  {n.join(' / ')}
                </text>
              </g>
            );
          })}
        </svg>
        <ul class="chart-legend">
          {problems.map((p, k) => (
            <li key={p}>
              <span class="swatch" style={{ background: PROBLEM_COLOURS[k] }} />
              {p}
            </li>
          ))}
        </ul>
      </figure>
      <table class="counts-table carriers" data-testid="summary-carriers">
        <thead>
          <tr>
            {header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, ...n]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              {n.map((v, k) => (
                <td key={k}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function SummaryParts(props: { summary: WeekSummary; lang: Language }) {
  const { summary, lang } = props;
  const none = t(lang, 'summaryNothing');
  const remedies = remedyRows(summary, lang);
  return (
    <div class="summary summary-parts" data-testid="summary-parts">
      <div class="charts">
        {partTables(summary, lang).map(([title, rows], i) => (
          <BarRows key={title} title={title} testId={PART_CHARTS[i]!} rows={rows.map(([label, value]) => ({ label, value }))} empty={none} />
        ))}
        <TargetChart summary={summary} lang={lang} />
        <div>
          <BarRows
            title={t(lang, 'summaryRemedies')}
            testId="chart-remedies"
            rows={remedies.rows.map(([label, cases, paid]) => ({ label, value: cases, ...(paid !== '' && { note: paid }) }))}
            empty={none}
          />
          <p class="muted" data-testid="remedies-paid">
            {remedies.paid}
          </p>
        </div>
      </div>
      <CarrierScorecard summary={summary} lang={lang} />
    </div>
  );
}
