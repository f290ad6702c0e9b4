import { useEffect, useState } from 'preact/hooks';
import { pageDb, useLive } from '../../components/hooks';
import { ADAPTERS, adapterById, adapterForUrl } from '../../lib/adapters';
import { annotationPageById } from '../../lib/adapters/pages';
import { NO_ENTRY_LIST } from '../../lib/adapters/pages/types';
import { t } from '../../lib/i18n';
import { tn } from '../../lib/i18n/format';
import { lastSeenBuckets } from '../../lib/i18n/last-seen';
import { reasonText } from '../../lib/i18n/reasons';
import { isRequestsPage } from '../../lib/pagedata/sources';
import { type Language, type Marketplace, type ReadStatus, NOT_A_LIST, SWITCHED_OFF } from '../../lib/schema';
import { popupTabId } from './tab';

/**
 * Read health of the current tab: which console was recognised, how many orders were read,
 * which rows were skipped and why, a list read only in part, and what is known of the shop
 * across the pages already visited. Never a silent zero.
 */
export function PageStatus(props: {
  status: ReadStatus | null | undefined;
  lang: Language;
  now: number;
  onReread: () => void;
}) {
  const { status, lang } = props;
  if (status === undefined) return null;
  if (status === null) return <NotRead lang={lang} onReread={props.onReread} />;
  if (status.kind === 'unsupported') {
    return (
      <p class="page-status" data-testid="page-status">
        {status.reason === SWITCHED_OFF
          ? t(lang, 'pageSwitchedOff', { console: adapterForUrl(status.url, ADAPTERS)?.label[lang] ?? hostOf(status.url) })
          : status.reason === NOT_A_LIST
            ? t(lang, 'pageNotOrderList')
            : status.reason === NO_ENTRY_LIST.reviews
              ? t(lang, 'pageNoReviewList')
              : status.reason === NO_ENTRY_LIST.messages
                ? t(lang, 'pageNoMessageList')
                : status.reason === NO_ENTRY_LIST.otherView
                  ? t(lang, 'pageOtherMessagesView')
                  : t(lang, 'pageProblem', { reason: reasonText(lang, status.reason) })}
      </p>
    );
  }
  const adapter = adapterById(status.adapter);
  // A review or message page's part: its own words for a page with none.
  const part = annotationPageById(status.adapter);
  const fromData = dataLine(status, lang);
  return (
    <div class="page-status">
      {adapter && (
        <p class="muted" data-testid="page-adapter">
          {adapter.label[lang]}
        </p>
      )}
      <div data-testid="page-status">
        {fromData ?? (status.ordersRead === 0 && status.rowsSkipped === 0
          ? t(lang, part?.kind === 'reviews' ? 'pageNoReviews' : part?.kind === 'messages' ? 'pageNoMessagesWaiting' : 'pageEmpty')
          : status.rowsSkipped === 0
            ? tn(lang, 'pageReadNoSkips', { orders: status.ordersRead })
            : `${tn(lang, status.rowsSkipped === 1 ? 'pageReadOneSkipped' : 'pageRead', { orders: status.ordersRead, skipped: status.rowsSkipped })}:`)}
        {status.skipped.length > 0 && (
          <ul>
            {status.skipped.map((s) => (
              <li key={s.row}>
                {t(lang, 'rowLabel', { row: s.row })}
                {s.orderId ? ` (${s.orderId})` : ''}: {reasonText(lang, s.reason)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {status.byStructure && (
        <p class="muted" data-testid="page-by-structure">
          {t(lang, 'readByStructure')}
          {status.byStructure > 1 && ` ${t(lang, 'readByStructureOf', { count: status.byStructure })}`}
        </p>
      )}
      {status.pageData && fromData === undefined && <p class="muted" data-testid="page-data">{status.pageData.problem === undefined ? tn(lang, 'pageDataRead', { orders: status.pageData.ordersRead }) : t(lang, 'pageDataProblem', { reason: reasonText(lang, status.pageData.problem) })}</p>}
      {/* After-sales requests of orders the order list has not shown yet: kept, not counted as read. */}
      {status.pageData?.waiting !== undefined && status.pageData.waiting > 0 && (
        <p class="muted" data-testid="page-data-waiting">
          {tn(lang, 'pageDataWaiting', { n: status.pageData.waiting, list: adapter?.label[lang] ?? status.adapter })}
        </p>
      )}
      {status.listTotal !== undefined && <PartialList status={status} lang={lang} onDone={props.onReread} />}
      {status.marketplace && <KnownOrders marketplace={status.marketplace} lang={lang} now={props.now} />}
    </div>
  );
}

/**
 * The first line when the page's text gave nothing and its own data was read (an after-sales list's
 * requests, or orders its text did not show): what that data gave, never "empty". Undefined otherwise.
 */
function dataLine(status: Extract<ReadStatus, { kind: 'read' }>, lang: Language): string | undefined {
  const data = status.pageData;
  if (data === undefined || status.ordersRead > 0 || status.rowsSkipped > 0) return undefined;
  if (isRequestsPage(status.adapter, status.url)) {
    if (data.problem !== undefined) return t(lang, 'pageRequestsProblem', { reason: reasonText(lang, data.problem) });
    // Requests of orders read count as read; those of orders not read yet wait (lib/pagedata/requests.ts).
    const matched = data.ordersRead;
    const waiting = data.waiting ?? 0;
    const n = matched + waiting;
    if (n === 0) return t(lang, 'pageRequestsNone');
    if (waiting === 0) return tn(lang, 'pageRequestsMatched', { n });
    if (matched === 0) return tn(lang, 'pageRequestsWaiting', { n });
    return tn(lang, 'pageRequestsMixed', { n, matched, waiting });
  }
  return data.problem === undefined && data.ordersRead > 0 ? tn(lang, 'pageDataOnly', { orders: data.ordersRead }) : undefined;
}

type Unread = 'unknown' | 'console' | 'other';

/**
 * A tab with no read status: a console tab the extension could not read yet (opened before the
 * install, where the browser refused the script) says to reload it, with the button that does;
 * a page of no console says so; a tab the popup cannot find says what to open.
 */
function NotRead(props: { lang: Language; onReread: () => void }) {
  const { lang } = props;
  const [kind, setKind] = useState<Unread>();
  const [tabId, setTabId] = useState<number>();
  const [reloading, setReloading] = useState(false);
  useEffect(() => {
    void (async (): Promise<Unread> => {
      const id = await popupTabId();
      if (id === undefined) return 'unknown';
      setTabId(id);
      // Every console's address is visible (host permissions), and from the toolbar the active tab's
      // (activeTab): a hidden address is a page no console is on.
      const url = (await browser.tabs.get(id)).url;
      if (!url) return 'other';
      const adapter = adapterForUrl(url, ADAPTERS);
      return adapter && !adapter.anyHost && (await browser.permissions.contains({ origins: [url] })) ? 'console' : 'other';
    })()
      .catch((): Unread => 'unknown')
      .then(setKind);
  }, []);
  // After the reload the content script reads the page: the status is asked for until it is there.
  useEffect(() => {
    if (!reloading) return;
    const timer = setInterval(props.onReread, 500);
    const stop = setTimeout(() => clearInterval(timer), 15_000);
    return () => {
      clearInterval(timer);
      clearTimeout(stop);
    };
  }, [reloading]);
  if (kind === undefined) return null;
  if (kind !== 'console') {
    return (
      <p class="page-status" data-testid="page-status">
        {t(lang, kind === 'other' ? 'pageUnsupported' : 'pageNotYetRead')}
      </p>
    );
  }
  return (
    <div class="page-status">
      <p data-testid="page-status">{t(lang, 'pageReloadToStart')}</p>
      <button
        type="button"
        data-testid="reload-tab"
        disabled={reloading || tabId === undefined}
        onClick={() => {
          if (tabId === undefined) return;
          setReloading(true);
          void browser.tabs.reload(tabId).catch(() => setReloading(false));
        }}
      >
        {t(lang, 'reloadTab')}
      </button>
    </div>
  );
}

function PartialList(props: { status: Extract<ReadStatus, { kind: 'read' }>; lang: Language; onDone: () => void }) {
  const { status, lang } = props;
  const [reading, setReading] = useState(false);
  const readAll = async () => {
    const tabId = await popupTabId();
    if (tabId === undefined) return;
    setReading(true);
    try {
      await browser.tabs.sendMessage(tabId, { type: 'list.readAll' });
    } finally {
      setReading(false);
      props.onDone();
    }
  };
  return (
    <p data-testid="page-partial">
      {t(lang, 'partialList', { total: status.listTotal ?? 0, read: status.ordersRead })}{' '}
      <button type="button" disabled={reading} onClick={() => void readAll()}>
        {reading ? t(lang, 'readingWholeList') : t(lang, 'readWholeList')}
      </button>
    </p>
  );
}

/** Lazy, like the whole of PageStatus: the page's one Dexie instance is no part of the popup's first paint. */
function KnownOrders(props: { marketplace: Marketplace; lang: Language; now: number }) {
  const { marketplace, lang, now } = props;
  const db = pageDb();
  const seen = useLive(async () => {
    const times: number[] = [];
    await db.orders.where('marketplace').equals(marketplace).each((o) => void times.push(o.source.observedAt));
    return times;
  }, [db, marketplace]);
  if (!seen || seen.length === 0) return null;
  const shop = ADAPTERS.find((a) => a.marketplace === marketplace)?.label[lang] ?? marketplace;
  return (
    <p class="muted" data-testid="page-known">
      {tn(lang, 'knownOrders', { n: seen.length, shop })} · {lastSeenBuckets(seen, now, lang)}
    </p>
  );
}

/** A taught site's name when no built-in console claims its address. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
