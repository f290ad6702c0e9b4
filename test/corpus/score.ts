/**
 * The corpus score: order tables rendered by real component libraries and real shop
 * admins (test/fixtures/corpus, made by test/corpus/render/*), read by the reader by meaning
 * with nothing but the page and its locale, against the orders each page was rendered from.
 * An order counts as read exactly when its number, total (to the cent), currency, order time
 * (within a minute) and status all match; any other order read is a false one (a tracking
 * number, a sub-order, a phone number taken for an order).
 */
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';
import type { Order } from '../../lib/schema';

export interface Expected {
  readonly page: string;
  readonly library: string;
  readonly configuration: string;
  readonly language: string;
  readonly timeZone: string;
  readonly now: string;
  readonly url?: string;
  readonly orders: readonly { orderId: string; total: number; currency: string; placedAt: string; status: string }[];
  readonly decoys: readonly string[];
}

export interface PageScore {
  readonly page: string;
  readonly expected: number;
  readonly exact: number;
  /** Orders read that the page does not hold (decoys among them). */
  readonly falseOrders: readonly string[];
  /** Why each expected order was not read exactly, e.g. "4012…: total 128 ≠ 128.5". */
  readonly misses: readonly string[];
  readonly problem?: string | undefined;
}

/** An order's number as the page shows it, without the '#' some consoles print before it. */
const bare = (id: string): string => id.replace(/^#\s*/, '');

export function scorePage(doc: Document, expected: Expected): PageScore {
  const adapter = genericAdapter({ language: expected.language, timeZone: expected.timeZone });
  const read = readOrders(adapter, doc, { url: expected.url ?? 'https://admin.example.test/orders', now: Date.parse(expected.now) });
  const byId = new Map<string, Order>();
  for (const row of read.rows) byId.set(bare(row.order.orderId), row.order);
  const skipped = new Map(read.skipped.map((s) => [bare(s.orderId ?? ''), s.reason]));
  const wanted = new Set(expected.orders.map((o) => bare(o.orderId)));
  const misses: string[] = [];
  let exact = 0;
  for (const want of expected.orders) {
    const id = bare(want.orderId);
    const got = byId.get(id);
    if (got === undefined) {
      misses.push(`${id}: ${skipped.has(id) ? `skipped (${skipped.get(id)})` : 'not found'}`);
      continue;
    }
    const wrong: string[] = [];
    if (Math.abs(got.money.paid - want.total) >= 0.005) wrong.push(`total ${got.money.paid} ≠ ${want.total}`);
    if (got.money.currency !== want.currency) wrong.push(`currency ${got.money.currency} ≠ ${want.currency}`);
    const at = Date.parse(want.placedAt);
    if (Math.abs(got.placedAt - at) > 60_000) wrong.push(`placed ${new Date(got.placedAt).toISOString()} ≠ ${new Date(at).toISOString()}`);
    if (got.status !== want.status) wrong.push(`status ${got.status} (${got.statusRaw}) ≠ ${want.status}`);
    if (wrong.length === 0) exact++;
    else misses.push(`${id}: ${wrong.join('; ')}`);
  }
  const falseOrders = [...byId.keys(), ...[...skipped.keys()].filter((id) => id !== '')].filter((id) => !wanted.has(id));
  return { page: expected.page, expected: expected.orders.length, exact, falseOrders, misses, problem: read.problem };
}
