/**
 * A response observed in a console's page, turned into orders for the ingest and the read
 * health it adds to the tab's status (the background's half of lib/pagedata).
 */
import type { Adapter } from '../adapters/types';
import { parseRows } from '../extract/order';
import { withAfterSalesReason } from '../cases/reasons';
import { marketplaceOf } from '../extract/row';
import { NOT_A_LIST, type Order, type ReadStatus } from '../schema';
import { readPageData, sourceOf } from './index';
import { requestsOf, type Request } from './requests';
import { trackingOf, type Tracking } from './tracking';

type ReadOf = Extract<ReadStatus, { kind: 'read' }>;
export type PageDataHealth = NonNullable<ReadOf['pageData']>;

export interface ObservedData {
  readonly url: string;
  readonly source: string;
  readonly observedAt: number;
  readonly body?: string | undefined;
}

export type PageDataOrders =
  | { kind: 'none' }
  | { kind: 'refused'; reason: string }
  | { kind: 'read'; adapter: Adapter; orders: Order[]; health: PageDataHealth }
  /** One order's parcel tracking, to add to it as stored (lib/pagedata/tracking.ts). */
  | { kind: 'tracking'; adapter: Adapter; tracking: Tracking[]; health: PageDataHealth }
  /** Buyers' requests, each giving its stored order the time it was made (lib/pagedata/requests.ts). */
  | { kind: 'requests'; adapter: Adapter; requests: Request[]; health: PageDataHealth };

/**
 * The orders in `data`, built by the console's adapter as from the page's texts. Data is taken
 * only on that console's order list (not a page it happens to be fetched on), or on the order
 * detail page that carries it, and not from a console the seller switched off.
 */
export function pageDataOrders(
  data: ObservedData,
  adapterById: (id: string) => Adapter | undefined,
  disabledAdapters: readonly string[],
): PageDataOrders {
  const found = readPageData(data.source, data.body);
  if (found.kind === 'none') return found;
  const adapter = adapterById(found.adapter);
  let page: URL;
  try {
    page = new URL(data.url);
  } catch {
    return { kind: 'refused', reason: 'no page address' };
  }
  if (found.kind === 'tracking') {
    // The console's order detail asks for its parcel's tracking; its list may show it too.
    const onConsole = adapter !== undefined && (adapter.isOrderDetail?.(page) === true || adapter.isOrderList(page));
    if (!adapter || !onConsole) return { kind: 'refused', reason: `not an order page of ${found.adapter}` };
    if (disabledAdapters.includes(adapter.id)) return { kind: 'refused', reason: `reading ${adapter.id} is switched off` };
    const at = data.observedAt;
    if (!found.read.ok) return { kind: 'tracking', adapter, tracking: [], health: { ordersRead: 0, skipped: 0, problem: found.read.reason.slice(0, 300), at } };
    const { tracking, skipped } = trackingOf(adapter, page, found.read.entries, at);
    return { kind: 'tracking', adapter, tracking, health: { ordersRead: tracking.length, skipped: found.read.skipped.length + skipped.length, at } };
  }
  if (found.kind === 'requests') {
    // Only on the console's own after-sales page (the source's host and the page paths it names).
    const paths = sourceOf(data.source)?.requests?.paths;
    const onItsPage = adapter !== undefined && paths !== undefined && page.origin === new URL(data.source).origin && paths.test(page.pathname);
    if (!adapter || !onItsPage) return { kind: 'refused', reason: `not an after-sales list of ${found.adapter}` };
    if (disabledAdapters.includes(adapter.id)) return { kind: 'refused', reason: `reading ${adapter.id} is switched off` };
    const at = data.observedAt;
    if (!found.read.ok) return { kind: 'requests', adapter, requests: [], health: { ordersRead: 0, skipped: 0, problem: found.read.reason.slice(0, 300), at } };
    const requests = requestsOf(adapter.marketplaceFor?.(page) ?? adapter.marketplace, found.read.entries);
    return { kind: 'requests', adapter, requests, health: { ordersRead: requests.length, skipped: found.read.skipped.length, at } };
  }
  // A page carrying its own order data is read only as itself: its address is the data's source.
  const onItsPage = found.embedded ? data.source === data.url && adapter?.isOrderDetail?.(page) === true : adapter?.isOrderList(page) === true;
  if (!adapter || !onItsPage) return { kind: 'refused', reason: `not ${found.embedded ? 'an order detail' : 'an order list'} of ${found.adapter}` };
  if (disabledAdapters.includes(adapter.id)) return { kind: 'refused', reason: `reading ${adapter.id} is switched off` };
  const at = data.observedAt;
  if (!found.read.ok) return { kind: 'read', adapter, orders: [], health: { ordersRead: 0, skipped: 0, problem: found.read.reason.slice(0, 300), at } };
  const { orders, skipped } = parseRows(adapter, { url: data.url, now: at }, {}, found.read.rows);
  return {
    kind: 'read',
    adapter,
    orders: orders.map((o) => withAfterSalesReason(o)),
    health: { ordersRead: orders.length, skipped: found.read.skipped.length + skipped.length, at },
  };
}

/** One list, whatever its query or fragment (a filter or a page number of the same list). */
const sameList = (a: string, b: string): boolean => {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch {
    return false;
  }
};

const isOrderDetail = (adapter: Adapter, url: string): boolean => {
  try {
    return adapter.isOrderDetail?.(new URL(url)) === true;
  } catch {
    return false;
  }
};

/** The tab's status with the page data read on it: a status of its own while the page's text is not read yet. */
export function withPageData(status: ReadStatus | undefined, url: string, adapter: Adapter, health: PageDataHealth): ReadStatus {
  if (status?.kind === 'read' && sameList(status.url, url)) return { ...status, pageData: health };
  const marketplace = marketplaceOf(adapter, url);
  // An order detail page holds no list: its own data is all that is read there, and says so.
  if (isOrderDetail(adapter, url)) {
    if (health.problem !== undefined) return { kind: 'unsupported', url: url.slice(0, 4000), reason: health.problem, at: health.at };
    return { kind: 'read', adapter: adapter.id, marketplace, url: url.slice(0, 4000), ordersRead: health.ordersRead, rowsSkipped: health.skipped, skipped: [], at: health.at };
  }
  return { kind: 'read', adapter: adapter.id, marketplace, url: url.slice(0, 4000), ordersRead: 0, rowsSkipped: 0, skipped: [], pageData: health, at: health.at };
}

interface StatusStore {
  get(tabId: number): ReadStatus | undefined;
  set(tabId: number, status: ReadStatus): void;
}

/** A tab-status store whose page reads keep the page data read on the same list (the page's script never sends it). */
export function keepingPageData<T extends StatusStore>(store: T): T {
  return {
    ...store,
    get: (tabId: number) => store.get(tabId),
    set: (tabId: number, status: ReadStatus) => {
      const prev = store.get(tabId);
      const withData = prev?.kind === 'read' && prev.pageData !== undefined && sameList(prev.url, status.url) ? prev : undefined;
      // A page whose own data was read (an after-sales list) stays so when its text turns out to hold no order list.
      const kept =
        withData === undefined || (status.kind === 'read' && status.pageData !== undefined)
          ? status
          : status.kind === 'read'
            ? { ...status, pageData: withData.pageData }
            : status.kind === 'unsupported' && status.reason === NOT_A_LIST
              ? { ...withData, url: status.url }
              : status;
      store.set(tabId, kept);
    },
  };
}
