/**
 * The weekly summary as a seller reads it: figures against the four weeks before, charts,
 * counts, the carrier scorecard and the week's notes; and the one-click exports. Shared by the
 * side panel view and the printable report page. Every value comes from one `WeekSummary`.
 */
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { Language } from '../lib/schema';
import { formatLocalTime } from '../lib/summary/calendar';
import { countTables, figureRows, scorecardNotes, toCsv, toMarkdown } from '../lib/summary/export';
import { checkLabel, familyLabel, formatCents } from '../lib/summary/labels';
import { FIGURE_NAMES, RESOLUTION_BUCKETS, exportFileName, type WeekSummary } from '../lib/summary/week';
import { Histogram } from './charts/Histogram';
import { StackedBars } from './charts/StackedBars';
import { TrendLine } from './charts/TrendLine';
import './Summary.css';

const BUCKET_LABELS: Record<(typeof RESOLUTION_BUCKETS)[number], Record<Language, string>> = {
  '<1h': { en: '<1 h', zh: '<1 小时' },
  '1-4h': { en: '1–4 h', zh: '1–4 小时' },
  '4-24h': { en: '4–24 h', zh: '4–24 小时' },
  '1-3d': { en: '1–3 d', zh: '1–3 天' },
  '3-7d': { en: '3–7 d', zh: '3–7 天' },
  '>7d': { en: '>7 d', zh: '>7 天' },
};

function dayLabel(lang: Language, date: string): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { weekday: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(date));
}

export function SummaryView(props: { summary: WeekSummary; lang: Language }) {
  const { summary, lang } = props;
  const families = Object.keys(summary.opened.byFamily).sort();
  const rows = figureRows(summary, lang);
  return (
    <div class="summary" data-testid="summary" data-week={summary.week.id}>
      <dl class="figures" data-testid="summary-figures">
        {FIGURE_NAMES.map((name, i) => (
          <div key={name} class="figure" data-figure={name}>
            <dt>{rows[i]![0]}</dt>
            <dd>
              <strong data-testid={`figure-${name}`}>{rows[i]![1]}</strong>
              <span class={`change change-${summary.compare[name].direction}`}>{rows[i]![2]}</span>
            </dd>
          </div>
        ))}
      </dl>
      {summary.money.map((m) => (
        <p key={m.currency} class="muted money-parts" data-testid={`money-${m.currency}`}>
          {t(lang, 'summaryMoneyParts', {
            refunded: formatCents(m.refundedCents, m.currency),
            compensated: formatCents(m.compensatedCents, m.currency),
            atStake: formatCents(m.atStakeCents, m.currency),
          })}
        </p>
      ))}

      <div class="charts">
        <StackedBars
          title={t(lang, 'summaryPerDay')}
          days={summary.perDay.map((d) => ({
            label: dayLabel(lang, d.date),
            total: d.total,
            segments: families.filter((f) => d.byFamily[f]).map((f) => ({ family: f, name: familyLabel(lang, f), value: d.byFamily[f]! })),
          }))}
          legend={families.map((f) => ({ family: f, name: familyLabel(lang, f) }))}
        />
        <Histogram
          title={t(lang, 'summaryResolutionChart')}
          buckets={RESOLUTION_BUCKETS.map((b) => ({ label: BUCKET_LABELS[b][lang], value: summary.resolutionBuckets[b] }))}
        />
        <TrendLine
          title={t(lang, 'summaryTrendChart')}
          labels={summary.trend.map((w) => w.week.slice(5))}
          series={[
            { name: t(lang, 'summaryOpened'), values: summary.trend.map((w) => w.opened), style: 'solid' },
            { name: t(lang, 'summaryResolved'), values: summary.trend.map((w) => w.resolved), style: 'dashed' },
          ]}
        />
      </div>

      <div class="counts-grid">
        {countTables(summary, lang).map(([heading, table], i) => (
          <section key={heading} data-testid={`summary-count-${i}`}>
            <h2>{heading}</h2>
            {table.length === 0 ? (
              <p class="muted">{t(lang, 'summaryNothing')}</p>
            ) : (
              <table class="counts-table">
                <tbody>
                  {table.map(([label, n]) => (
                    <tr key={label}>
                      <th scope="row">{label}</th>
                      <td>{n}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
      </div>

      <h2>{t(lang, 'summaryNotes')}</h2>
      {summary.notes.length === 0 ? (
        <p class="muted">{t(lang, 'summaryNoNotes')}</p>
      ) : (
        <ul class="week-notes" data-testid="summary-notes">
          {summary.notes.map((group) => (
            <li key={group.caseKey} data-case-key={group.caseKey}>
              <strong>
                {checkLabel(lang, group.detector)} · {group.orderId}
              </strong>
              <ul>
                {group.notes.map((n) => (
                  <li key={n.at}>
                    <time dateTime={new Date(n.at).toISOString()}>{formatLocalTime(n.at, summary.timeZone)}</time> {n.text}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {/* The carrier scorecard (below) cannot see shipping a report does not show: said here, in words. */}
      {scorecardNotes(summary, lang).map((note) => (
        <p key={note} class="muted" data-testid="scorecard-note">
          {note}
        </p>
      ))}
    </div>
  );
}

/** Saves `blob` as a file through a Blob URL and `<a download>`: nothing leaves the machine. */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function SummaryExports(props: { summary: WeekSummary; lang: Language; reportUrl?: string }) {
  const { summary, lang } = props;
  const [message, setMessage] = useState<string>();
  const fail = (e: unknown) => setMessage(t(lang, 'errorPrefix', { reason: e instanceof Error ? e.message : String(e) }));
  const markdown = () => new Blob([toMarkdown(summary, lang)], { type: 'text/markdown;charset=utf-8' });
  return (
    <div class="exports" role="group" aria-label={t(lang, 'summaryExport')} data-testid="summary-exports">
      <span class="muted">{t(lang, 'summaryExport')}:</span>
      <button type="button" data-export="csv" onClick={() => saveFile(exportFileName(summary, 'csv'), new Blob([toCsv(summary, lang)], { type: 'text/csv;charset=utf-8' }))}>
        {t(lang, 'summaryExportCsv')}
      </button>
      <button
        type="button"
        data-export="xlsx"
        onClick={() =>
          // Loaded on demand: the XLSX writer stays out of the view's first load.
          void import('../lib/summary/xlsx')
            .then(({ toXlsxBlob }) => toXlsxBlob(summary, lang))
            .then((blob) => saveFile(exportFileName(summary, 'xlsx'), blob))
            .catch(fail)
        }
      >
        {t(lang, 'summaryExportXlsx')}
      </button>
      <button
        type="button"
        data-export="markdown-copy"
        onClick={() =>
          void navigator.clipboard
            .writeText(toMarkdown(summary, lang))
            .then(() => setMessage(t(lang, 'summaryCopied')))
            .catch(fail)
        }
      >
        {t(lang, 'summaryCopyMarkdown')}
      </button>
      <button type="button" data-export="markdown" onClick={() => saveFile(exportFileName(summary, 'md'), markdown())}>
        {t(lang, 'summaryDownloadMarkdown')}
      </button>
      {props.reportUrl && (
        <a class="button-link" data-export="report" href={props.reportUrl} target="_blank" rel="noopener">
          {t(lang, 'summaryPrint')}
        </a>
      )}
      <span class="muted" role="status">
        {message}
      </span>
    </div>
  );
}

