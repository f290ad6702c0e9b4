import { describe, expect, it } from 'vitest';
import { instantOfWallTime, type WallTime } from '../../lib/normalize/timezone';
import { buildOrder, type ReadOrder } from '../../lib/normalize/order';
import { Order } from '../../lib/schema';

const wall = (year: number, month: number, day: number, hour: number, minute = 0): WallTime => ({ year, month, day, hour, minute, second: 0, millisecond: 0 });

/**
 * The rule instantOfWallTime documents, worked out with Intl alone and no cache: every instant
 * within a day that shows the wall time, the earliest; none (a skipped time): read with the
 * offset of a day before.
 */
function reference(w: WallTime, timeZone: string): number {
  const f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const offset = (t: number): number => {
    const p: Record<string, number> = {};
    for (const part of f.formatToParts(t)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(t / 1000) * 1000;
  };
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  const candidates = [asUtc - offset(asUtc - 86_400_000), asUtc - offset(asUtc + 86_400_000)].filter((t) => t + offset(t) === asUtc);
  return candidates.length > 0 ? Math.min(...candidates) : asUtc - offset(asUtc - 86_400_000);
}

describe('instantOfWallTime with the offset remembered per zone and day', () => {
  it('reads New York wall times around the 2026 spring change exactly', () => {
    const ny = 'America/New_York';
    // Warm the days either side first, so the cache has answered for them before the change day is read.
    expect(instantOfWallTime(wall(2026, 3, 7, 12), ny)).toBe(Date.UTC(2026, 2, 7, 17));
    expect(instantOfWallTime(wall(2026, 3, 9, 12), ny)).toBe(Date.UTC(2026, 2, 9, 16));
    expect(instantOfWallTime(wall(2026, 3, 8, 1, 30), ny)).toBe(Date.UTC(2026, 2, 8, 6, 30)); // EST
    // 02:30 is never shown that night: read with the offset before the change, 03:30 EDT.
    expect(instantOfWallTime(wall(2026, 3, 8, 2, 30), ny)).toBe(Date.UTC(2026, 2, 8, 7, 30));
    expect(instantOfWallTime(wall(2026, 3, 8, 3, 30), ny)).toBe(Date.UTC(2026, 2, 8, 7, 30)); // EDT
    expect(instantOfWallTime(wall(2026, 3, 8, 23, 59), ny)).toBe(Date.UTC(2026, 2, 9, 3, 59));
    // Read again: the remembered offsets give the same instants.
    expect(instantOfWallTime(wall(2026, 3, 8, 1, 30), ny)).toBe(Date.UTC(2026, 2, 8, 6, 30));
    expect(instantOfWallTime(wall(2026, 3, 7, 12), ny)).toBe(Date.UTC(2026, 2, 7, 17));
  });

  it('reads New York wall times around the 2026 autumn change exactly, a repeated time as the earlier', () => {
    const ny = 'America/New_York';
    expect(instantOfWallTime(wall(2026, 10, 31, 12), ny)).toBe(Date.UTC(2026, 9, 31, 16));
    expect(instantOfWallTime(wall(2026, 11, 1, 0, 30), ny)).toBe(Date.UTC(2026, 10, 1, 4, 30)); // EDT
    // 01:30 is shown twice: the first time, in EDT.
    expect(instantOfWallTime(wall(2026, 11, 1, 1, 30), ny)).toBe(Date.UTC(2026, 10, 1, 5, 30));
    expect(instantOfWallTime(wall(2026, 11, 1, 2, 30), ny)).toBe(Date.UTC(2026, 10, 1, 7, 30)); // EST
    expect(instantOfWallTime(wall(2026, 11, 2, 12), ny)).toBe(Date.UTC(2026, 10, 2, 17));
    expect(instantOfWallTime(wall(2026, 11, 1, 1, 30), ny)).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  it('agrees with the rule worked out by Intl every 15 minutes over the days around each change, in five zones', () => {
    const spans: [string, number][] = [
      ['America/New_York', Date.UTC(2026, 2, 6)],
      ['America/New_York', Date.UTC(2026, 9, 30)],
      ['Europe/London', Date.UTC(2026, 2, 27)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 3)], // a half-hour change
      ['Asia/Shanghai', Date.UTC(2026, 11, 5)],
      ['Pacific/Kiritimati', Date.UTC(2026, 11, 5)], // +14 h
    ];
    let compared = 0;
    for (const [zone, start] of spans) {
      for (let t = start; t < start + 4 * 86_400_000; t += 15 * 60_000) {
        const d = new Date(t);
        const w = wall(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
        expect(instantOfWallTime(w, zone)).toBe(reference(w, zone));
        compared++;
      }
    }
    expect(compared).toBe(6 * 4 * 96);
  });

  it('reads a Shanghai order time as the instant it shows', () => {
    expect(instantOfWallTime(wall(2026, 12, 7, 10), 'Asia/Shanghai')).toBe(Date.UTC(2026, 11, 7, 2));
  });
});

describe('buildOrder field by field', () => {
  it('copies every field given in the schema order, cut to its length, and leaves absent ones out', () => {
    const read: ReadOrder = {
      marketplace: 'amazon',
      orderId: '114-3941689-8772232',
      placedAt: 1,
      paidAt: 2,
      shipBy: 3,
      shippedAt: 4,
      deliveredAt: 5,
      deliverBy: 6,
      status: 'shipped',
      statusRaw: 'r'.repeat(201),
      buyer: 'b'.repeat(201),
      items: [{ title: 'Mug', quantity: 1, unitPrice: 12 }],
      currency: 'USD',
      paid: 12,
      carrier: 'c'.repeat(101),
      trackingNo: 't'.repeat(101),
      lastTrackingAt: 7,
      buyerMessage: 'm'.repeat(2001),
      sellerRemark: 's'.repeat(2001),
      buyerMessageAt: 8,
      rating: 4,
      review: 'v'.repeat(2001),
      stockShort: true,
      afterSales: { items: 2, open: 1, refunded: 0 },
      source: { url: 'https://sellercentral.amazon.com/orders-v3', adapter: 'amazon', observedAt: 9 },
    };
    const order = buildOrder(read);
    expect(Object.keys(order)).toEqual([
      'marketplace', 'orderId', 'placedAt', 'paidAt', 'shipBy', 'shippedAt', 'deliveredAt', 'deliverBy', 'status', 'statusRaw', 'buyer',
      'items', 'money', 'carrier', 'trackingNo', 'lastTrackingAt', 'buyerMessage', 'sellerRemark', 'buyerMessageAt', 'rating', 'review',
      'stockShort', 'afterSales', 'source',
    ]);
    expect([order.statusRaw.length, order.buyer?.length, order.carrier?.length, order.trackingNo?.length]).toEqual([200, 200, 100, 100]);
    expect([order.buyerMessage?.length, order.sellerRemark?.length, order.review?.length]).toEqual([2000, 2000, 2000]);
    expect([order.paidAt, order.shipBy, order.shippedAt, order.deliveredAt, order.deliverBy, order.lastTrackingAt, order.buyerMessageAt, order.rating]).toEqual([2, 3, 4, 5, 6, 7, 8, 4]);
    expect([order.status, order.stockShort, order.afterSales, order.source?.observedAt]).toEqual(['shipped', true, { items: 2, open: 1, refunded: 0 }, 9]);
    expect(Order.safeParse(order).success).toBe(true);
    const bare = buildOrder({ marketplace: 'amazon', orderId: '1', placedAt: 1, status: 'shipped', statusRaw: 'Shipped', items: [], currency: 'USD', paid: 0, source: read.source });
    expect(Object.keys(bare)).toEqual(['marketplace', 'orderId', 'placedAt', 'status', 'statusRaw', 'items', 'money', 'source']);
  });
});
