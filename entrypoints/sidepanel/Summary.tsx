/** The side panel's weekly summary view (`#view=summary`): week picker, figures, charts, exports. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useNow } from '../../components/clock';
import { useDb, useLanguage, useLive } from '../../components/hooks';
import { SummaryExports, SummaryView } from '../../components/Summary';
import { MARKETPLACE_NAMES } from '../../lib/marketplaces';
import { t } from '../../lib/i18n';
import { MARKETPLACES, type Marketplace } from '../../lib/schema';
import { defaultWeekStart, shiftWeek, weekById, weekOf, type WeekStart } from '../../lib/summary/calendar';
import { loadSummaryInput } from '../../lib/summary/load';
import { summarizeWeek } from '../../lib/summary/week';
import { SummaryParts } from '../report/Parts';

const WEEK_START_KEY = 'order-sentinel.weekStartsOn';

function storedWeekStart(): WeekStart | undefined {
  const v = localStorage.getItem(WEEK_START_KEY);
  return v === '0' ? 0 : v === '1' ? 1 : undefined;
}

/** `#view=summary&week=2026-W47` opens that week. */
function weekFromHash(): string | undefined {
  return new URLSearchParams(location.hash.slice(1)).get('week') ?? undefined;
}

export function Summary() {
  const db = useDb();
  const lang = useLanguage(db);
  const now = useNow(60_000);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [weekStartsOn, setWeekStartsOn] = useState<WeekStart>(() => storedWeekStart() ?? defaultWeekStart(browser.i18n.getUILanguage()));
  const [shop, setShop] = useState<Marketplace | 'all'>('all');
  const opts = { timeZone, weekStartsOn };
  const [weekId, setWeekId] = useState<string>(() => {
    const asked = weekFromHash();
    return (asked && weekById(asked, opts)?.id) ?? weekOf(Date.now(), opts).id;
  });
  const input = useLive(() => loadSummaryInput(db), [db]);
  const summary = useMemo(
    () => input && summarizeWeek(input, weekId, { ...opts, shop, now }),
    [input, weekId, weekStartsOn, shop, now, timeZone],
  );
  const title = `${t(lang, 'summaryTitle')} · ${weekId}`;
  useEffect(() => {
    document.title = title;
  }, [title]);

  const shops = useMemo(() => MARKETPLACES.filter((m) => input?.cases.some((c) => c.marketplace === m)), [input]);
  const move = (n: number) => {
    const week = weekById(weekId, opts);
    if (week) setWeekId(shiftWeek(week, n, opts).id);
  };
  const isCurrent = weekId === weekOf(now, opts).id;
  const week = summary?.week;
  const reportUrl = `/report.html?week=${weekId}&shop=${shop}&start=${weekStartsOn}&tz=${encodeURIComponent(timeZone)}`;

  return (
    <section aria-label={t(lang, 'summaryTitle')} data-testid="summary-view">
      <div class="summary-bar">
        <button type="button" onClick={() => move(-1)} aria-label={t(lang, 'summaryPrevWeek')} data-testid="summary-prev">
          ←
        </button>
        <span class="week" data-testid="summary-week">
          {week ? t(lang, 'summaryWeekLabel', { week: week.id, from: week.days[0]!.date, to: week.days[6]!.date }) : weekId}
        </span>
        <button type="button" onClick={() => move(1)} disabled={isCurrent} aria-label={t(lang, 'summaryNextWeek')} data-testid="summary-next">
          →
        </button>
        <label>
          {t(lang, 'summaryShop')}
          <select value={shop} onChange={(e) => setShop(e.currentTarget.value as Marketplace | 'all')}>
            <option value="all">{t(lang, 'summaryAllShops')}</option>
            {shops.map((m) => (
              <option key={m} value={m}>
                {MARKETPLACE_NAMES[m][lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'summaryWeekStart')}
          <select
            value={String(weekStartsOn)}
            onChange={(e) => {
              const next: WeekStart = e.currentTarget.value === '0' ? 0 : 1;
              localStorage.setItem(WEEK_START_KEY, String(next));
              // Keep the week the seller was looking at (same ISO number).
              setWeekStartsOn(next);
            }}
          >
            <option value="1">{t(lang, 'summaryMonday')}</option>
            <option value="0">{t(lang, 'summarySunday')}</option>
          </select>
        </label>
      </div>
      {summary && <SummaryExports summary={summary} lang={lang} reportUrl={reportUrl} />}
      {summary && <SummaryView summary={summary} lang={lang} />}
      {summary && <SummaryParts summary={summary} lang={lang} />}
    </section>
  );
}
