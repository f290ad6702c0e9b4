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
import type { Marketplace, MessageOf, Order, ReadStatus, RowFinding, SkippedRow } from '../../lib/schema';
import type { SentinelDB } from '../../lib/db';
import { reject, type HandlerDeps, type Service } from './service';

type OrdersTypes = 'orders.observed' | 'pagedata.observed' | 'orders.imported' | 'detect.now' | 'page.status' | 'tab.status';

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

export function ordersService(deps: HandlerDeps): Service<OrdersTypes> {
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
      const orders = read.map((o) => withAfterSalesReason(o));
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
      const result = found.orders.length === 0 ? NOTHING_STORED : await ingest(() => ingestBatch(deps.db, found.orders, deps.now(), settings));
      if (tabId !== undefined) deps.tabStatus.set(tabId, withPageData(deps.tabStatus.get(tabId), msg.url, found.adapter, found.health));
      if (found.orders.length > 0) {
        deps.onCasesChanged();
        deps.onOrdersIngested?.(result.changed > 0);
      }
      return { ok: true, written: result.written, changed: result.changed, findings: result.findings };
    },
    async 'orders.imported'(msg) {
      const settings = await deps.settings();
      const result = await ingest(() => ingestBatch(deps.db, msg.orders, deps.now(), settings, { origin: msg.fileName }));
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
