import { describe, expect, it } from 'vitest';
import { ChangeTracker } from '../../lib/observe/changes';
import type { Order } from '../../lib/schema';

const order = (orderId: string, paid: number, observedAt: number): Order => ({
  marketplace: 'demo',
  orderId,
  placedAt: Date.UTC(2026, 10, 24, 1, 0, 0),
  status: 'awaiting_shipment',
  statusRaw: '待发货',
  items: [{ title: '手工冷制皂', quantity: 1, unitPrice: paid }],
  money: { currency: 'CNY', paid },
  source: { url: 'http://order-sentinel-demo.localhost/orders', adapter: 'demo', observedAt },
});

describe('ChangeTracker', () => {
  it('sends an unchanged page only once, whatever the time of reading', () => {
    const tracker = new ChangeTracker();
    const first = [order('A', 10, 1), order('B', 20, 1)];
    expect(tracker.changed(first).map((o) => o.orderId)).toEqual(['A', 'B']);
    tracker.markSent(first);
    expect(tracker.changed([order('A', 10, 999), order('B', 20, 999)])).toEqual([]);
  });

  it('sends only the order whose cells changed, and resends after a failed send', () => {
    const tracker = new ChangeTracker();
    tracker.markSent([order('A', 10, 1), order('B', 20, 1)]);
    const next = [order('A', 10, 2), order('B', 25, 2)];
    expect(tracker.changed(next).map((o) => o.orderId)).toEqual(['B']);
    tracker.forget([order('A', 10, 2)]);
    expect(tracker.changed(next).map((o) => o.orderId)).toEqual(['A', 'B']);
  });
});
