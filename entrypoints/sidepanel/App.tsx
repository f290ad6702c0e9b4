import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CaseList } from '../../components/CaseList';
import { useNow } from '../../components/clock';
import { pageLanguage } from '../../components/language';
import { usePageTheme, usePageTitle } from '../../components/look';
import { useTexts } from '../../components/messages';
import { t } from '../../lib/i18n';
import { tn } from '../../lib/i18n/format';
import type { Case } from '../../lib/schema';
import { DEFAULT_FILTERS, isDefaultFilters, type InboxFilters, type InboxView, type OrderIndex } from '../../lib/inbox/choices';
import { setZodLanguage } from '../../lib/zod-messages';
import { lazy, usePainted, whenIdle } from '../../components/lazy';
import type { InboxData } from './Live';

// Dexie and the inbox's live data (./Live) load once the first screen is painted.
const LiveInbox = lazy(() => import('./Live').then((m) => m.LiveInbox));

// Loaded after the first paint (components/lazy.tsx): the list is what the seller sees first.
const CaseDetail = lazy(() => import('./CaseDetail').then((m) => m.CaseDetail));
const Summary = lazy(() => import('./Summary').then((m) => m.Summary));
const ImportDrop = lazy(() => import('../../components/ImportDrop').then((m) => m.ImportDrop));
// Due now (the seller's day) draws just after the first screen of the list is painted: its code
// (money and countdown words, the order shape) stays out of what the panel loads before then.
const DueNow = lazy(() => import('../../components/DueNow').then((m) => m.DueNow));
// The filters and their counts know every detector (families): they load once the first
// screen is shown, while every case is being read.
const Filters = lazy(() => import('../../components/Filters').then((m) => m.Filters));
type InboxModule = typeof import('../../lib/inbox/filter');
const loadInbox = (): Promise<InboxModule> => import('../../lib/inbox/filter');

/** What the address asks for: a case (#case=…) or the week (#view=summary, from the popup). */
function fromHash(): { caseKey?: string; summary: boolean } {
  const match = /^#case=(.+)$/.exec(location.hash);
  return match ? { caseKey: decodeURIComponent(match[1]!), summary: false } : { summary: location.hash.startsWith('#view=summary') };
}

const NO_ORDERS: OrderIndex = new Map();

/** `first`: the inbox's first screen, read without Dexie before the first render (main.tsx). */
export function App(props: { first?: Promise<Case[]> }) {
  const [selected, setSelected] = useState<string | undefined>(() => fromHash().caseKey);
  const [summary, setSummary] = useState(() => fromHash().summary);
  const [filters, setFilters] = useState<InboxFilters>(DEFAULT_FILTERS);
  const searching = filters.text.trim() !== '';

  // The first screen as read before the first render; a layout effect, so an answer already in
  // is drawn in the first frame. A failed read leaves it to the live query (Dexie) below.
  const [read, setRead] = useState<{ cases?: Case[] }>();
  useLayoutEffect(() => {
    let stopped = false;
    const first = props.first ?? Promise.reject(new Error('no first screen read'));
    first.then(
      (cases) => !stopped && setRead({ cases }),
      () => !stopped && setRead({}),
    );
    return () => {
      stopped = true;
    };
  }, [props.first]);
  // Until that screen is painted, nothing else is asked of the database or loaded: Dexie, the
  // settings, every case, Due now and the filters come after (./Live keeps them current).
  const painted = usePainted(read !== undefined);
  const [data, setData] = useState<InboxData>();
  const db = data?.db;
  const all = data?.all;
  // The live first screen once Dexie answers, the one read before until then; none once every case is read.
  const first = data?.first ?? (all === undefined ? read?.cases : undefined);
  const orders = data?.orders;

  const settings = data?.settings;
  const lang = pageLanguage(settings === undefined ? undefined : (settings.language ?? 'auto'), browser.i18n.getUILanguage());
  useTexts(lang); // the seller's language when it is not the browser's
  setZodLanguage(lang); // zod's messages (refused files) in the language the page speaks
  const now = useNow();
  usePageTheme(settings?.theme ?? 'auto');
  usePageTitle(t(lang, 'appName'));
  const live = painted && <LiveInbox first={props.first} searching={searching} onData={setData} />;

  // The later views' code is fetched once every case is read and the page is idle, so it
  // competes with neither the first screen nor the full read.
  const allRead = all !== undefined;
  useEffect(() => (allRead ? whenIdle(() => void Promise.all([CaseDetail.preload(), ImportDrop.preload(), Summary.preload()]).catch(() => undefined)) : undefined), [allRead]);
  const [inbox, setInbox] = useState<InboxModule>();
  useEffect(() => {
    if (!painted) return;
    loadInbox().then(setInbox, (error: unknown) => console.warn('[Order Sentinel] loading the inbox failed', error));
    Filters.preload().catch(() => undefined); // a failure shows when the filters are drawn
  }, [painted]);
  const ready = all !== undefined && inbox !== undefined && (!searching || orders !== undefined);
  const computed = useMemo(() => (ready ? inbox.inboxView(all, filters, orders ?? NO_ORDERS, now) : undefined), [ready, inbox, all, filters, orders, now]);
  // While the orders for a first search are read, the list stays as it was rather than blank.
  const lastView = useRef<InboxView | undefined>(undefined);
  if (computed) lastView.current = computed;
  const view = computed ?? (all !== undefined ? lastView.current : undefined);

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
  const current = (all ?? first)?.find((c) => c.key === selected);
  // Before every case is read, the first screen stands for the default view (live, soonest due);
  // its query stops once every case is read, and it stays shown until the view of every case is
  // drawn (the inbox's code may still be loading), so the list never blinks empty.
  const firstShownYet = useRef<Case[] | undefined>(undefined);
  if (first !== undefined) firstShownYet.current = first;
  const shown = view?.shown ?? (isDefaultFilters(filters) ? (first ?? firstShownYet.current ?? []) : []);

  // The weekly summary view (entrypoints/sidepanel/Summary.tsx) replaces the inbox.
  // The live data (./Live) first in both views, so switching views keeps it (no second read).
  if (summary) {
    return (
      <>
        {live}
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
      </>
    );
  }

  return (
    <>
      {live}
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
              {tn(lang, 'inboxShowing', { n: shown.length, total: all?.length ?? 0 })}
            </span>
          )}
        </header>
        {view && <Filters filters={filters} counts={view.counts} lang={lang} onChange={setFilters} />}
        <div class={`layout${current ? ' has-detail' : ''}`}>
          <section class="list" aria-label={t(lang, 'openCases')}>
            {/* The seller's day first: what is due now, whatever the filters below show. */}
            {db && <DueNow db={db} cases={all ?? first} complete={allRead} lang={lang} now={now} selected={selected} onSelect={select} />}
            {all !== undefined && shown.length === 0 && (
              <p class="muted empty">{t(lang, all.length === 0 ? 'noOpenCases' : 'inboxNoMatch')}</p>
            )}
            <CaseList cases={shown} lang={lang} now={now} selected={selected} onSelect={select} label={t(lang, 'openCases')} />
            {/* Drawn once every case is read: its code (59 KB) would otherwise load and run before the first screen. */}
            {allRead && <ImportDrop lang={lang} />}
          </section>
          <section class="detail">
            {current ? (
              db && <CaseDetail db={db} item={current} lang={lang} now={now} onBack={() => select(undefined)} />
            ) : (
              <p class="muted">{t(lang, 'chooseCase')}</p>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
