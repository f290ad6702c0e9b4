// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ebay } from '../../lib/adapters/ebay';
import { EMPTY_LIST, readOrders } from '../../lib/extract';
import { buildContext, evaluate } from '../../lib/detectors';
import { orderKey, type Order } from '../../lib/schema';
import { mergeObserved } from '../../lib/ingest/merge';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const US_URL = 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS';
const UK_URL = 'https://www.ebay.co.uk/sh/ord/?filter=status:AWAITING_SHIPMENT';
const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);

function load(name: string): Document {
  const html = readFileSync(`test/fixtures/ebay/${name}`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A date-only cell on ebay.com is midnight Pacific (PST in November: UTC−8). */
const pacificMidnight = (day: number): number => Date.UTC(2026, 10, day, 8, 0);

describe('eBay Seller Hub orders on ebay.com (2026-11)', () => {
  const result = readOrders(ebay, load('orders.2026-11.html'), { url: US_URL, now: NOW });
  const source = { url: US_URL, adapter: 'ebay', observedAt: NOW };

  it('reads each order, a two-item order spanning two rows included, into the exact canonical order', () => {
    expect(result.problem).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.totalRows).toBe(6);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'ebay',
        orderId: '12-34567-89012',
        placedAt: pacificMidnight(19),
        // "Ship by Nov 21, 2026": shipping any time on Nov 21 is on time.
        shipBy: pacificMidnight(22),
        status: 'awaiting_shipment',
        statusRaw: 'Awaiting shipment',
        buyer: 'sunny_days_42',
        items: [{ title: 'Handmade Goat Milk Soap Bar Lavender 4 oz', sku: 'SOAP-LAV-4OZ', quantity: 2, unitPrice: 12.99 }],
        money: { currency: 'USD', paid: 31.48, subtotal: 25.98 },
        source,
      },
      {
        marketplace: 'ebay',
        orderId: '08-12345-67890',
        placedAt: pacificMidnight(23),
        shipBy: pacificMidnight(27),
        status: 'awaiting_shipment',
        statusRaw: 'Awaiting shipment',
        buyer: 'brightmeadow',
        items: [
          { title: 'Oatmeal Honey Soap Unscented 3-Pack', sku: 'SOAP-OAT-3PK', quantity: 1, unitPrice: 19.5 },
          { title: 'Sisal Soap Saver Bag', sku: 'BAG-SISAL', quantity: 1, unitPrice: 6.99 },
        ],
        money: { currency: 'USD', paid: 26.49, subtotal: 26.49 },
        source,
      },
      {
        marketplace: 'ebay',
        orderId: '23-45678-90123',
        placedAt: pacificMidnight(18),
        shipBy: pacificMidnight(21),
        status: 'shipped',
        statusRaw: 'Paid and shipped',
        buyer: 'tom.b_77',
        items: [{ title: 'Rose Clay Facial Soap 4 oz', sku: 'SOAP-ROSE-4OZ', quantity: 1, unitPrice: 12.49 }],
        money: { currency: 'USD', paid: 16.98, subtotal: 12.49 },
        source,
      },
      {
        marketplace: 'ebay',
        orderId: '05-98765-43210',
        placedAt: pacificMidnight(15),
        shipBy: pacificMidnight(18),
        status: 'delivered',
        statusRaw: 'Delivered',
        buyer: 'aiko_t',
        items: [{ title: 'Charcoal Detox Soap 4 oz', quantity: 3, unitPrice: 11.99 }],
        money: { currency: 'USD', paid: 35.97, subtotal: 35.97 },
        source,
      },
      {
        marketplace: 'ebay',
        orderId: '17-11223-34455',
        placedAt: pacificMidnight(20),
        shipBy: pacificMidnight(23),
        status: 'cancelled',
        statusRaw: 'Cancelled',
        buyer: 'oconnor.liam',
        items: [{ title: 'Lavender Bath Bomb Set of 6', sku: 'BOMB-LAV-6', quantity: 1, unitPrice: 18 }],
        money: { currency: 'USD', paid: 18, subtotal: 18 },
        source,
      },
      {
        marketplace: 'ebay',
        orderId: '19-55667-78899',
        placedAt: pacificMidnight(16),
        shipBy: pacificMidnight(19),
        status: 'return_requested',
        statusRaw: 'Return requested',
        buyer: 'meadowlark88',
        items: [{ title: 'Natural Loofah Soap Dish', sku: 'DISH-LOOFAH', quantity: 1, unitPrice: 8.99 }],
        money: { currency: 'USD', paid: 13.49, subtotal: 8.99 },
        source,
      },
    ]);
  });

  it('puts the badge in the order-number cell, on the first row of a two-row order', () => {
    const twoItems = result.rows[1]!;
    expect(twoItems.anchor.textContent).toBe('08-12345-67890');
    expect(twoItems.anchor.getAttribute('rowspan')).toBe('2');
    expect(twoItems.row.contains(twoItems.anchor)).toBe(true);
  });

  it('still finds the table when the grid wrapper class is renamed', () => {
    const renamed = load('orders.2026-11.html');
    renamed.querySelector('[class*="orders-grid"]')!.className = 'x';
    const again = readOrders(ebay, renamed, { url: US_URL, now: NOW });
    expect(again.rows.map((r) => r.order)).toEqual(result.rows.map((r) => r.order));
  });
});

describe('eBay Seller Hub orders on ebay.co.uk (dispatch wording, extra postage and tracking columns)', () => {
  const result = readOrders(ebay, load('orders-uk.2026-11.html'), { url: UK_URL, now: NOW });
  const source = { url: UK_URL, adapter: 'ebay', observedAt: NOW };

  it('reads pounds and day-first dates, and skips the order whose total did not render', () => {
    expect(result.problem).toBeUndefined();
    expect(result.totalRows).toBe(3);
    expect(result.skipped).toEqual([{ row: 2, orderId: '22-24680-13579', reason: "Total '£--' is not an amount" }]);
    expect(result.rows.map((r) => r.order)).toEqual([
      {
        marketplace: 'ebay',
        orderId: '21-13579-24680',
        // London is on GMT in November.
        placedAt: Date.UTC(2026, 10, 21, 0, 0),
        shipBy: Date.UTC(2026, 10, 25, 0, 0),
        status: 'awaiting_shipment',
        statusRaw: 'Awaiting dispatch',
        buyer: 'hedgerow_finds',
        items: [{ title: 'Handmade Goat Milk Soap Bar Lavender 100 g', sku: 'SOAP-LAV-100G', quantity: 1, unitPrice: 8.5 }],
        money: { currency: 'GBP', paid: 11.7, subtotal: 8.5, shipping: 3.2 },
        source,
      },
      {
        marketplace: 'ebay',
        orderId: '03-11111-22222',
        placedAt: Date.UTC(2026, 10, 18, 0, 0),
        shipBy: Date.UTC(2026, 10, 20, 0, 0),
        status: 'shipped',
        statusRaw: 'Paid and dispatched',
        buyer: 'thames_bargains',
        items: [{ title: 'Oatmeal Honey Soap Unscented 3-Pack', sku: 'SOAP-OAT-3PK', quantity: 2, unitPrice: 12 }],
        money: { currency: 'GBP', paid: 24, subtotal: 24, shipping: 0 },
        trackingNo: 'H01ABC1234567890',
        source,
      },
    ]);
  });
});

describe('eBay Seller Hub orders, page 2 (2026-11): a repeated order, an open case, a buyer who keeps returning', () => {
  const result = readOrders(ebay, load('orders-page2.2026-11.html'), { url: US_URL, now: NOW });
  const orders = result.rows.map((r) => r.order);
  const at = (orderId: string) => orders.find((o) => o.orderId === orderId)!;

  it('reads all seven orders with their buyer, item, status and dates', () => {
    expect([result.problem, result.skipped, result.totalRows]).toEqual([undefined, [], 7]);
    expect(orders.map((o) => [o.orderId, o.buyer, o.items.map((i) => `${i.title} ×${i.quantity}`).join(', '), o.status, o.placedAt, o.shipBy, o.money.paid])).toEqual([
      ['26-40011-50011', 'hollyhock_lane', 'Lavender Bath Bomb Set of 6 ×1', 'awaiting_shipment', pacificMidnight(24), pacificMidnight(27), 22.49],
      ['26-40012-50012', 'hollyhock_lane', 'Lavender Bath Bomb Set of 6 ×1', 'awaiting_shipment', pacificMidnight(24), pacificMidnight(27), 22.49],
      ['26-40013-50013', 'rivet_and_rye', 'Natural Loofah Soap Dish ×1', 'disputed', pacificMidnight(12), pacificMidnight(15), 13.49],
      ['26-40014-50014', 'bargainbin_bob', 'Rose Clay Facial Soap 4 oz ×1', 'awaiting_shipment', pacificMidnight(23), pacificMidnight(26), 16.98],
      ['26-40015-50015', 'bargainbin_bob', 'Charcoal Detox Soap 4 oz ×1', 'refunded', pacificMidnight(15), pacificMidnight(18), 16.48],
      ['26-40016-50016', 'bargainbin_bob', 'Oatmeal Honey Soap Unscented 3-Pack ×1', 'returned', pacificMidnight(8), pacificMidnight(11), 26.49],
      ['26-40017-50017', 'bargainbin_bob', 'Sisal Soap Saver Bag ×2', 'refunded', pacificMidnight(2), pacificMidnight(5), 18.47],
    ]);
    expect(at('26-40013-50013').statusRaw).toBe('Case opened');
  });

  it('raises the repeated order, the open case and the returning buyer an hour after the page is first read', () => {
    const statusSince = new Map(orders.map((o) => [orderKey(o), NOW]));
    const { findings } = evaluate(orders, buildContext(orders, { statusSince }), NOW + 3_600_000, DEFAULT_SETTINGS);
    expect(findings.map((f) => [f.orderId, f.detector, f.severity, f.dueAt])).toEqual([
      // Reply within 24 h of when the case was first seen.
      ['26-40013-50013', 'dispute-open', 'P1', NOW + 24 * 3_600_000],
      // The second of two identical orders the same day; it is due when its shipping deadline is.
      ['26-40012-50012', 'duplicate-order', 'P2', pacificMidnight(27)],
      // Two refunds and a return of the same buyer within 90 days: watch the live order.
      ['26-40014-50014', 'repeat-refunder', 'P3', undefined],
    ]);
  });
});

describe('eBay Seller Hub orders over a month (2026-11): one order far larger than the shop\'s usual', () => {
  const result = readOrders(ebay, load('orders-month.2026-11.html'), { url: US_URL, now: NOW });
  const orders = result.rows.map((r) => r.order);

  it('reads the 31 orders, the wholesale-sized one first', () => {
    expect([result.problem, result.skipped, result.totalRows]).toEqual([undefined, [], 31]);
    expect(orders[0]).toMatchObject({ orderId: '27-59999-69999', buyer: 'lotus_day_spa', status: 'awaiting_shipment', money: { currency: 'USD', paid: 519.6 } });
    expect(orders[0]!.items).toEqual([{ title: 'Handmade Goat Milk Soap Bar Lavender 4 oz', sku: 'SOAP-LAV-4OZ', quantity: 40, unitPrice: 12.99 }]);
    // The shop's usual orders: one or two items, $11.48 to $41.99.
    const usual = orders.slice(1).map((o) => o.money.paid);
    expect([Math.min(...usual), Math.max(...usual)]).toEqual([11.48, 41.99]);
  });

  it('raises amount-outlier on that order only, as a P3 to check before it ships', () => {
    const statusSince = new Map(orders.map((o) => [orderKey(o), NOW]));
    const { findings } = evaluate(orders, buildContext(orders, { statusSince }), NOW + 3_600_000, DEFAULT_SETTINGS);
    expect(findings.map((f) => [f.orderId, f.detector, f.severity])).toEqual([['27-59999-69999', 'amount-outlier', 'P3']]);
  });
});

describe('eBay: the site sets currency and zone', () => {
  it.each([
    ['https://www.ebay.com/sh/ord/', 'USD', 'America/Los_Angeles'],
    ['https://www.ebay.co.uk/sh/ord/', 'GBP', 'Europe/London'],
    ['https://www.ebay.de/sh/ord/', 'EUR', 'Europe/Berlin'],
    ['https://www.ebay.com.au/sh/ord/', 'AUD', 'Australia/Sydney'],
  ])('%s → %s, %s', (url, currency, zone) => {
    expect([ebay.currencyFor?.(new URL(url)), ebay.timeZoneFor?.(new URL(url))]).toEqual([currency, zone]);
  });
});

describe('eBay Seller Hub with no orders awaiting shipment', () => {
  it('reads zero orders and says the list is empty', () => {
    const url = 'https://www.ebay.com/sh/ord/?filter=status:AWAITING_SHIPMENT';
    const result = readOrders(ebay, load('orders-empty.2026-11.html'), { url, now: NOW });
    expect(result).toEqual({ adapter: 'ebay', rows: [], skipped: [], totalRows: 0, problem: EMPTY_LIST });
  });
});

describe('eBay: the month\'s outsized order, read on both saved pages that show it, is one order judged against the shop\'s usual totals', () => {
  // The late-day page (26 November) shows the month's orders again: stored once each, as a read merges them (lib/ingest/merge.ts).
  const orders: Order[] = [];
  for (const file of ['orders-month.2026-11.html', 'orders-late-day.2026-11.html']) {
    for (const { order } of readOrders(ebay, load(file), { url: US_URL, now: NOW }).rows) {
      const i = orders.findIndex((known) => orderKey(known) === orderKey(order));
      if (i >= 0) orders[i] = mergeObserved(orders[i]!, order);
      else orders.push(order);
    }
  }

  it('raises one P3 amount-outlier with the usual total, its spread and how far the order lies beyond it', () => {
    const statusSince = new Map(orders.map((o) => [orderKey(o), NOW]));
    const { findings } = evaluate(orders, buildContext(orders, { statusSince }), NOW + 3_600_000, DEFAULT_SETTINGS);
    // The shop's other 34 orders are its normal spread.
    const usual = orders.filter((o) => o.orderId !== '27-59999-69999').map((o) => o.money.paid);
    expect([orders.length, Math.min(...usual), Math.max(...usual)]).toEqual([35, 11.48, 41.99]);
    expect(findings.filter((f) => f.detector === 'amount-outlier')).toEqual([
      {
        detector: 'amount-outlier',
        marketplace: 'ebay',
        orderId: '27-59999-69999',
        severity: 'P3',
        evidence: {
          paid: 519.6,
          medianPaid: 19.97,
          madPaid: 4.02,
          zPaid: 11.98,
          quantity: 40,
          medianQuantity: 1,
          madQuantity: 0,
          zQuantity: 22.23,
          zThreshold: 4,
          ordersCompared: 35,
        },
        explanation: {
          en: 'Paid $519.60, 26× the usual $19.97, and quantity 40 against a usual 1 (medians of 35 eBay orders): robust z-scores 11.98 (on the ratio) and 22.23, beyond the limit of 4 — check it before shipping.',
          zh: '实付 $519.60，是常见金额 $19.97 的 26 倍，数量 40，常见数量为 1（本店 35 笔eBay订单的中位数）：稳健 z 值 11.98（按倍数）、22.23，超出 4 的界限，发货前请核对。',
        },
      },
    ]);
  });
});
