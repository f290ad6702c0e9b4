/**
 * The printable weekly report (`report.html?week=2026-W47&shop=all&start=1&tz=Asia/Shanghai`):
 * the same summary and charts as the side panel, laid out for paper; print → PDF.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { useDb, useLanguage, useLive } from '../../components/hooks';
import { SummaryView } from '../../components/Summary';
import { MARKETPLACE_NAMES } from '../../lib/marketplaces';
import { t } from '../../lib/i18n';
import { zoneName } from '../../lib/i18n/format';
import { isKnownTimeZone } from '../../lib/normalize/timezone';
import { Marketplace } from '../../lib/schema';
import { defaultWeekStart, weekById, weekDates } from '../../lib/summary/calendar';
import { loadSummaryInput } from '../../lib/summary/load';
import { summarizeWeek } from '../../lib/summary/week';
import { SummaryParts } from './Parts';

function params() {
  const q = new URLSearchParams(location.search);
  const tz = q.get('tz');
  const shop = Marketplace.safeParse(q.get('shop'));
  const start = q.get('start');
  return {
    week: q.get('week') ?? '',
    shop: shop.success ? shop.data : ('all' as const),
    weekStartsOn: start === '0' ? (0 as const) : start === '1' ? (1 as const) : defaultWeekStart(navigator.language),
    timeZone: tz && isKnownTimeZone(tz) ? tz : Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

export function App() {
  const db = useDb();
  const lang = useLanguage(db);
  const p = useMemo(params, []);
  const week = weekById(p.week, p);
  const known = week !== undefined;
  const input = useLive(() => loadSummaryInput(db), [db]);
  const summary = useMemo(() => (input && known ? summarizeWeek(input, p.week, { ...p, now: Date.now() }) : undefined), [input, known, p]);
  // The week by its dates: an ISO week id (2026-W47) means nothing to most sellers.
  const title = t(lang, 'summaryReportTitle', { week: week ? weekDates(week) : p.week });
  useEffect(() => {
    document.title = title;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [title, lang]);

  if (!known) return <p class="error" style={{ padding: '12px' }}>{t(lang, 'summaryReportBadWeek', { week: p.week })}</p>;
  return (
    <main data-testid="report">
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '10px 12px' }}>
        <div>
          <h1>{title}</h1>
          {summary && (
            <p class="muted" style={{ margin: 0 }}>
              {p.shop === 'all' ? t(lang, 'summaryAllShops') : MARKETPLACE_NAMES[p.shop][lang]} · {weekDates(summary.week)} ({zoneName(lang, summary.timeZone)})
            </p>
          )}
        </div>
        <button type="button" class="primary no-print" onClick={() => print()}>
          {t(lang, 'summaryPrint')}
        </button>
      </header>
      {summary && <SummaryView summary={summary} lang={lang} />}
      {summary && <SummaryParts summary={summary} lang={lang} />}
    </main>
  );
}
