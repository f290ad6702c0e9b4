import { orderKey, type Order } from '../schema';

/**
 * Remembers what was last sent for each order so a re-read of an unchanged page sends
 * nothing (a console re-renders its table on every hover and timer; the background should
 * not re-ingest 100 orders each time).
 */
export class ChangeTracker {
  private readonly sent = new Map<string, string>();

  /** Orders whose content differs from what was last sent (the observation time is ignored). */
  changed(orders: readonly Order[]): Order[] {
    return orders.filter((o) => this.sent.get(orderKey(o)) !== signature(o));
  }

  markSent(orders: readonly Order[]): void {
    for (const o of orders) this.sent.set(orderKey(o), signature(o));
  }

  /** Everything goes again on the next read (the seller asked to read the page anew). */
  clear(): void {
    this.sent.clear();
  }

  /** After a failed send the orders must go again on the next read. */
  forget(orders: readonly Order[]): void {
    for (const o of orders) this.sent.delete(orderKey(o));
  }
}

/**
 * Orders kept from an earlier read are the same objects (lib/extract/incremental): each is
 * serialised once, not on every read after a row is added (issue 7).
 */
const signatures = new WeakMap<Order, string>();

function signature(order: Order): string {
  let s = signatures.get(order);
  if (s === undefined) {
    const { source, ...content } = order;
    s = JSON.stringify([content, source.url]);
    signatures.set(order, s);
  }
  return s;
}
