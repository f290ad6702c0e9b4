import { useEffect, useMemo, useState } from 'preact/hooks';
import { CaseList } from '../../components/CaseList';
import { Filters } from '../../components/Filters';
import { ImportDrop } from '../../components/ImportDrop';
import { useLive, usePage } from '../../components/hooks';
import { listCases } from '../../lib/db';
import { t } from '../../lib/i18n';
import { DEFAULT_FILTERS, indexOrders, inboxView, type InboxFilters } from '../../lib/inbox/filter';
import { isShopLevel } from '../../lib/schema';
import { CaseDetail } from './CaseDetail';
import { Summary } from './Summary';

/** What the address asks for: a case (#case=…) or the week (#view=summary, from the popup). */
function fromHash(): { caseKey?: string; summary: boolean } {
  const match = /^#case=(.+)$/.exec(location.hash);
  return match ? { caseKey: decodeURIComponent(match[1]!), summary: false } : { summary: location.hash.startsWith('#view=summary') };
}

export function App() {
  const { db, lang, now } = usePage();
  const [selected, setSelected] = useState<string | undefined>(() => fromHash().caseKey);
  const [summary, setSummary] = useState(() => fromHash().summary);
  const [filters, setFilters] = useState<InboxFilters>(DEFAULT_FILTERS);

  // Cases, and the orders they are about (for the text filter), read together once per change.
  const data = useLive(async () => {
    const cases = await listCases(db);
    const keys = [...new Set(cases.filter((c) => !isShopLevel(c)).map((c) => `${c.marketplace}|${c.orderId}`))];
    return { cases, orders: indexOrders(await db.orders.bulkGet(keys)) };
  }, [db]);
  const view = useMemo(() => data && inboxView(data.cases, filters, data.orders, now), [data, filters, now]);

  useEffect(() => {
    const onHash = () => {
      const target = fromHash();
      setSelected(target.caseKey);
      setSummary(target.summary);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const select = (key: string | undefined) => {
    history.replaceState(null, '', key ? `#case=${encodeURIComponent(key)}` : '#');
    setSelected(key);
  };
  const current = data?.cases.find((c) => c.key === selected);
  const shown = view?.shown ?? [];

  // The weekly summary view (entrypoints/sidepanel/Summary.tsx) replaces the inbox.
  if (summary) {
    return (
      <div class="app">
        <header>
          <h1>
            {t(lang, 'appName')} · {t(lang, 'summaryTitle')}
          </h1>
          <a href="#" data-testid="cases-link">
            {t(lang, 'summaryBackToCases')}
          </a>
        </header>
        <Summary />
      </div>
    );
  }

  return (
    <div class="app">
      <header>
        <h1>
          {t(lang, 'appName')} · {t(lang, 'openCases')}
        </h1>
        <a href="#view=summary" data-testid="summary-link">
          {t(lang, 'summaryTitle')}
        </a>
        {view && (
          <span class="muted" data-testid="cases-shown">
            {t(lang, 'inboxShowing', { n: shown.length, total: data?.cases.length ?? 0 })}
          </span>
        )}
      </header>
      {view && <Filters filters={filters} counts={view.counts} lang={lang} onChange={setFilters} />}
      <div class={`layout${current ? ' has-detail' : ''}`}>
        <section class="list" aria-label={t(lang, 'openCases')}>
          {data !== undefined && shown.length === 0 && (
            <p class="muted empty">{t(lang, data.cases.length === 0 ? 'noOpenCases' : 'inboxNoMatch')}</p>
          )}
          <CaseList cases={shown} lang={lang} now={now} selected={selected} onSelect={select} label={t(lang, 'openCases')} />
          <ImportDrop lang={lang} />
        </section>
        <section class="detail">
          {current ? (
            <CaseDetail db={db} item={current} lang={lang} now={now} onBack={() => select(undefined)} />
          ) : (
            <p class="muted">{t(lang, 'chooseCase')}</p>
          )}
        </section>
      </div>
    </div>
  );
}
