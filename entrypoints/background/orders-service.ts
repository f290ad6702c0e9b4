/**
 * Orders in: a page's rows, the console's own data seen in its page, an imported report, and
 * the seller's "judge again now". Each is ingested under storage pressure; a page read is
 * answered with the badges of the orders it shows, so it needs no second request.
 */
import { findingsForOrders, ingestBatch, reevaluateOpen } from '../../lib/ingest';
import { StorageFullError, withStoragePressure } from '../../lib/ingest/pressure';
import { adapterById } from '../../lib/adapters';
import { parseRows } from '../../lib/extract/order';
import { withAfterSalesReason } from '../../lib/cases/reasons';
import { TAUGHT_ADAPTER_ID } from '../../lib/teach/adapter';
import { pageDataOrders, withPageData } from '../../lib/pagedata/ingest';
import { applyTracking } from '../../lib/pagedata/tracking';
import { applyRequests, requestsHealth } from '../../lib/pagedata/requests';
import { annotationPageById } from '../../lib/adapters/pages';
import { annotateOrders, answeredWhere, parseAnnotations, serialized, withPendingAnnotations } from '../../lib/ingest/annotate';
import { pendingAnnotationsItem } from '../../lib/storage/items';
import { SWITCHED_OFF, type Marketplace, type MessageOf, type Order, type ReadStatus, type RowFinding, type SkippedRow } from '../../lib/schema';
import type { SentinelDB } from '../../lib/db';
import { reject, type HandlerDeps, type Service } from './service';

type OrdersTypes = 'orders.observed' | 'pagedata.observed' | 'orders.annotated' | 'orders.imported' | 'detect.now' | 'page.status' | 'tab.status';

const NOTHING_STORED = { written: 0, changed: 0, findings: 0 } as const;
/** The skipped rows a read status names (the page sends the same number; the count says how many). */
const MAX_SKIPPED_SHOWN = 50;

/** The live badges of the orders a page shows and of the orders it just sent. */
export async function badgesFor(db: SentinelDB, sent: readonly Order[], shown: MessageOf<'orders.observed'>['shown']): Promise<RowFinding[]> {
  const wanted = new Map<Marketplace, Set<string>>();
  const want = (marketplace: Marketplace, orderId: string) => {
    const ids = wanted.get(marketplace) ?? new Set<string>();
    ids.add(orderId);
    wanted.set(marketplace, ids);
  };
  if (shown !== undefined) for (const id of shown.orderIds) want(shown.marketplace, id);
  for (const order of sent) want(order.marketplace, order.orderId);
  const found = await Promise.all([...wanted].map(([marketplace, ids]) => findingsForOrders(db, marketplace, [...ids])));
  return found.flat();
}

/**
 * A page's read status with the rows the background could not read as orders: skipped, not read,
 * as the page itself counts them from its next read on.
 */
export function withSkipped(status: ReadStatus, skipped: readonly SkippedRow[]): ReadStatus {
  if (status.kind !== 'read' || skipped.length === 0) return status;
  return {
    ...status,
    ordersRead: Math.max(0, status.ordersRead - skipped.length),
    rowsSkipped: status.rowsSkipped + skipped.length,
    skipped: [...status.skipped, ...skipped].sort((a, b) => a.row - b.row).slice(0, MAX_SKIPPED_SHOWN),
  };
}

/** The page's address, or undefined when it is none (URL.canParse is newer than the browsers supported). */
function urlOf(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

export function ordersService(deps: HandlerDeps): Service<OrdersTypes> {
  // Review and message entries and after-sales request times of orders not read yet, applied when each is first read.
  const pending = serialized({ get: () => pendingAnnotationsItem.getValue(), set: (value) => pendingAnnotationsItem.setValue(value) });
  /** Ingest under storage pressure: prune unneeded old orders and retry once; tell the seller. */
  async function ingest<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await withStoragePressure(deps.db, write, (pruned) => deps.onStoragePressure?.({ pruned, full: false }));
    } catch (error) {
      if (error instanceof StorageFullError) deps.onStoragePressure?.({ pruned: error.pruned, full: true });
      throw error;
    }
  }

  return {
    async 'orders.observed'(msg, sender) {
      const tabId = sender.tab?.id;
      const adapter = adapterById(msg.adapter) ?? (msg.adapter === TAUGHT_ADAPTER_ID ? await deps.taughtAdapter?.(msg.url) : undefined);
      if (adapter === undefined) {
        if (tabId !== undefined) deps.tabStatus.set(tabId, msg.status);
        return reject(`no adapter '${msg.adapter}' for ${msg.url.slice(0, 200)}`);
      }
      const { orders: read, skipped } = parseRows(adapter, { url: msg.url, now: msg.observedAt }, msg.labels, msg.rows);
      // The page counts the rows it gets back as skipped from now on, and sends no status for them.
      if (tabId !== undefined) deps.tabStatus.set(tabId, withSkipped(msg.status, skipped));
      // A refund, return or cancellation whose status or buyer message names a reason is counted by it.
      const orders = await withPendingAnnotations(read.map((o) => withAfterSalesReason(o)), pending);
      // Rows unchanged but others shown (a list scrolled back): only their badges are asked.
      const result = orders.length === 0 ? NOTHING_STORED : await ingest(async () => ingestBatch(deps.db, orders, deps.now(), await deps.settings()));
      const badges = await badgesFor(deps.db, orders, msg.shown);
      if (tabId !== undefined && msg.shown !== undefined) deps.shown?.show(tabId, msg.shown.marketplace, msg.shown.orderIds, badges);
      if (orders.length > 0) {
        deps.onCasesChanged();
        deps.onOrdersIngested?.(result.changed > 0);
      }
      return { ok: true, ...result, skipped, badges };
    },
    async 'pagedata.observed'(msg, sender) {
      const tabId = sender.tab?.id;
      // The console's own data, seen in its page: read like its text, never trusted more.
      const settings = await deps.settings();
      const found = pageDataOrders(msg, (id) => adapterById(id), settings.disabledAdapters);
      if (found.kind === 'refused') return reject(`page data refused: ${found.reason}`);
      if (found.kind === 'none') return { ok: true, ...NOTHING_STORED };
      if (found.kind === 'tracking' || found.kind === 'requests') {
        // A parcel's tracking or a buyer's request time adds to its order as stored; the page's status says what was read.
        const tracked =
          found.kind === 'tracking'
            ? found.tracking.length === 0 ? NOTHING_STORED : await ingest(() => applyTracking(deps.db, found.tracking, deps.now(), settings))
            : found.requests.length === 0 ? NOTHING_STORED : await ingest(() => applyRequests(deps.db, found.requests, msg.observedAt, deps.now(), settings, pending));
        // Requests of orders not read yet wait for the order list: read health says so instead of counting them read.
        const health = found.kind === 'requests' ? requestsHealth(found.health, 'waiting' in tracked ? tracked.waiting : 0) : found.health;
        if (tabId !== undefined) deps.tabStatus.set(tabId, withPageData(deps.tabStatus.get(tabId), msg.url, found.adapter, health));
        if (tracked.changed > 0) {
          deps.onCasesChanged();
          deps.onOrdersIngested?.(true);
        }
        return { ok: true, written: tracked.written, changed: tracked.changed, findings: tracked.findings };
      }
      const orders = await withPendingAnnotations(found.orders, pending);
      const result = orders.length === 0 ? NOTHING_STORED : await ingest(() => ingestBatch(deps.db, orders, deps.now(), settings));
      if (tabId !== undefined) deps.tabStatus.set(tabId, withPageData(deps.tabStatus.get(tabId), msg.url, found.adapter, found.health));
      if (found.orders.length > 0) {
        deps.onCasesChanged();
        deps.onOrdersIngested?.(result.changed > 0);
      }
      return { ok: true, written: result.written, changed: result.changed, findings: result.findings };
    },
    async 'orders.annotated'(msg, sender) {
      const tabId = sender.tab?.id;
      const page = annotationPageById(msg.page);
      const url = urlOf(msg.url);
      if (page === undefined || url === undefined || !page.isPage(url)) return reject(`no page part '${msg.page.slice(0, 64)}' reads ${msg.url.slice(0, 200)}`);
      const adapter = adapterById(page.console);
      if (adapter === undefined) return reject(`no adapter '${page.console}'`);
      const settings = await deps.settings();
      if (settings.disabledAdapters.includes(adapter.id)) {
        if (tabId !== undefined) deps.tabStatus.set(tabId, { kind: 'unsupported', url: msg.url, reason: SWITCHED_OFF, at: msg.observedAt });
        return { ok: true, applied: 0, waiting: 0, skipped: 0, findings: 0 };
      }
      // The page's times are in the console's zone and date order, as its order list writes them.
      const marketplace = adapter.marketplaceFor?.(url) ?? adapter.marketplace;
      const rules = { marketplace, timeZone: adapter.timeZoneFor?.(url) ?? adapter.timeZone, dateOrder: adapter.dateOrder ?? 'MDY' } as const;
      const { read, skipped } = parseAnnotations(msg.rows, rules, msg.observedAt);
      const result = read.length === 0 ? { ...NOTHING_STORED, applied: 0, waiting: 0 } : await ingest(() => annotateOrders(deps.db, read, marketplace, msg.observedAt, deps.now(), settings, pending));
      // A whole inbox view of threads awaiting a reply: an order it no longer lists was answered; so was
      // an order whose thread the page shows as answered.
      const listed = new Set(msg.rows.map((r) => r.orderId));
      const shownAnswered = new Set(msg.answered ?? []);
      if (page.kind === 'messages' && (msg.whole === true || shownAnswered.size > 0)) {
        const isAnswered = (orderId: string) => !listed.has(orderId) && (msg.whole === true || shownAnswered.has(orderId));
        const answered = await ingest(() => answeredWhere(deps.db, marketplace, isAnswered, msg.observedAt, deps.now(), settings));
        result.changed += answered.changed;
        result.findings += answered.findings;
      }
      const status: ReadStatus = {
        kind: 'read',
        adapter: page.id,
        marketplace,
        url: msg.url,
        ordersRead: read.length,
        rowsSkipped: skipped.length + msg.unnumbered,
        skipped: skipped.slice(0, MAX_SKIPPED_SHOWN),
        // Read by meaning: read health says the page's layout changed, as for an order list read by its structure.
        ...(msg.byMeaning === true ? { byStructure: 1 } : {}),
        at: msg.observedAt,
      };
      if (tabId !== undefined) deps.tabStatus.set(tabId, status);
      if (result.changed > 0) {
        deps.onCasesChanged();
        deps.onOrdersIngested?.(true);
      }
      return { ok: true, applied: result.applied, waiting: result.waiting, skipped: skipped.length + msg.unnumbered, findings: result.findings };
    },
    async 'orders.imported'(msg) {
      const settings = await deps.settings();
      const orders = await withPendingAnnotations(msg.orders, pending);
      const result = await ingest(() => ingestBatch(deps.db, orders, deps.now(), settings, { origin: msg.fileName }));
      deps.onCasesChanged();
      deps.onOrdersIngested?.(result.changed > 0);
      return { ok: true, ...result };
    },
    async 'detect.now'() {
      const result = await reevaluateOpen(deps.db, deps.now(), await deps.settings());
      deps.onCasesChanged();
      return { ok: true, ...result };
    },
    async 'page.status'(msg, sender) {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) deps.tabStatus.set(tabId, msg.status);
      return { ok: true };
    },
    async 'tab.status'(msg) {
      return { ok: true, status: deps.tabStatus.get(msg.tabId) ?? null };
    },
  };
}
