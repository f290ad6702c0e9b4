// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForUrl, type Adapter } from '../../lib/adapters';
import { testUrls, woocommerce } from '../../lib/adapters/woocommerce';
import { readOrders } from '../../lib/extract';
import type { OrderStatus } from '../../lib/schema';

const HPOS_URL = 'https://shop.example-store.test/wp-admin/admin.php?page=wc-orders';
const LEGACY_URL = 'https://example-store.test/shop/wp-admin/edit.php?post_type=shop_order';
const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);

function load(name: string): Document {
  const html = readFileSync(`test/fixtures/woocommerce/${name}`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** WooCommerce's list shows no items: every order is its number, buyer, date, status and total. */
function order(url: string, orderId: string, buyer: string, placedAt: number, statusRaw: string, status: OrderStatus, currency: string, paid: number) {
  return {
    marketplace: 'woocommerce',
    orderId,
    placedAt,
    status,
    statusRaw,
    buyer,
    items: [],
    money: { currency, paid },
    source: { url, adapter: 'woocommerce', observedAt: NOW },
  };
}

describe('WooCommerce orders (HPOS admin.php?page=wc-orders, 2026-11)', () => {
  const doc = load('orders.2026-11.html');
  const result = readOrders(woocommerce, doc, { url: HPOS_URL, now: NOW });
  const o = (...a: [string, string, number, string, OrderStatus, number]) => order(HPOS_URL, a[0], a[1], a[2], a[3], a[4], 'USD', a[5]);

  it('reads every row at the instant in <time datetime> (site offset −05:00), whatever the text says', () => {
    expect(result.problem).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.totalRows).toBe(10);
    expect(result.rows.map((r) => r.order)).toEqual([
      // Shown as "5 hours ago": the attribute still gives the exact time.
      o('1052', 'Emily Carter', Date.UTC(2026, 10, 24, 23, 22, 5), 'Pending payment', 'awaiting_payment', 27.5),
      o('1051', 'Marcus Lee', Date.UTC(2026, 10, 24, 14, 15, 40), 'Processing', 'awaiting_shipment', 42),
      o('1049', 'Sofia Martinez', Date.UTC(2026, 10, 23, 16, 48, 0), 'On hold', 'awaiting_payment', 89),
      o('1047', 'Daniel Kim', Date.UTC(2026, 10, 21, 15, 3, 11), 'Processing', 'awaiting_shipment', 54),
      o('1046', 'Olivia Brown', Date.UTC(2026, 10, 20, 21, 40, 27), 'Completed', 'completed', 36.5),
      // Partly refunded: the struck total ($120.00) is what was paid, not the $95.00 left.
      o('1044', 'Noah Wilson', Date.UTC(2026, 10, 19, 13, 5, 59), 'Completed', 'completed', 120),
      // 8:30 pm on Nov 18 in the shop's zone is already Nov 19 in UTC.
      o('1043', 'Ava Thompson', Date.UTC(2026, 10, 19, 1, 30, 0), 'Refunded', 'refunded', 38),
      o('1041', 'Greenleaf Café LLC', Date.UTC(2026, 10, 17, 18, 12, 45), 'Processing', 'awaiting_shipment', 1249),
      o('1040', 'Liam Garcia', Date.UTC(2026, 10, 16, 14, 0, 0), 'Cancelled', 'cancelled', 64.99),
      o('1038', 'Mia Robinson', Date.UTC(2026, 10, 16, 3, 10, 33), 'Failed', 'cancelled', 19.99),
    ]);
  });

  it('reads the header labels without the screen-reader text ("Sort ascending.") around them', () => {
    // The Total column is named in skip reasons by its header text as the seller sees it.
    const broken = load('orders.2026-11.html');
    broken.querySelector('#order-1047 .column-order_total bdi')!.textContent = '$–';
    const again = readOrders(woocommerce, broken, { url: HPOS_URL, now: NOW });
    expect(again.skipped).toEqual([{ row: 4, orderId: '1047', reason: "Total '$–' is not an amount" }]);
    expect(again.rows).toHaveLength(9);
  });

  it('puts the badge in the order cell of each order row', () => {
    const first = result.rows[3]!;
    expect(first.row.id).toBe('order-1047');
    expect(first.anchor.className).toBe('order_number column-order_number has-row-actions column-primary');
    expect(first.row.contains(first.anchor)).toBe(true);
  });

  it('skips an order without a creation date with a reason, and keeps the others', () => {
    const undated = load('orders.2026-11.html');
    undated.querySelector('#order-1046 .column-order_date')!.textContent = '–';
    const again = readOrders(woocommerce, undated, { url: HPOS_URL, now: NOW });
    expect(again.skipped).toEqual([{ row: 5, orderId: '1046', reason: 'no order time (Date) in this row' }]);
    expect(again.rows.map((r) => r.order.orderId)).toEqual(['1052', '1051', '1049', '1047', '1044', '1043', '1041', '1040', '1038']);
  });
});

describe('WooCommerce orders on the legacy screen (edit.php?post_type=shop_order, WordPress in /shop/)', () => {
  const doc = load('orders-legacy.2026-11.html');
  const result = readOrders(woocommerce, doc, { url: LEGACY_URL, now: NOW });
  const o = (...a: [string, string, number, string, OrderStatus, number]) => order(LEGACY_URL, a[0], a[1], a[2], a[3], a[4], 'GBP', a[5]);

  it('reads a UK shop (£, custom order numbers, Billing/Ship to/Actions shown) and skips the broken total', () => {
    expect(result.problem).toBeUndefined();
    expect(result.totalRows).toBe(4);
    expect(result.skipped).toEqual([{ row: 2, orderId: 'MT-0869', reason: "Total '£–' is not an amount" }]);
    expect(result.rows.map((r) => r.order)).toEqual([
      o('MT-0871', 'Harriet Cole', Date.UTC(2026, 10, 22, 19, 45, 2), 'Processing', 'awaiting_shipment', 46.8),
      o('MT-0866', 'Priya Shah', Date.UTC(2026, 10, 19, 13, 30, 0), 'Completed', 'completed', 1020),
      o('MT-0864', 'Tom Evans', Date.UTC(2026, 10, 18, 23, 59, 59), 'Pending payment', 'awaiting_payment', 15),
    ]);
    expect(result.rows.map((r) => r.row.id)).toEqual(['post-871', 'post-866', 'post-864']);
  });
});

describe('WooCommerce with no order to show', () => {
  it('reads a search with no result ("No orders found.") as an empty list', () => {
    expect(readOrders(woocommerce, load('orders-empty.2026-11.html'), { url: LEGACY_URL, now: NOW })).toEqual({
      adapter: 'woocommerce',
      rows: [],
      skipped: [],
      totalRows: 0,
      problem: 'the order list is empty',
    });
  });

  it('reads the blank state of a shop without orders (no table at all) as an empty list', () => {
    expect(readOrders(woocommerce, load('orders-blank.2026-11.html'), { url: HPOS_URL, now: NOW }).problem).toBe('the order list is empty');
  });

  it('tells a page without the orders table and without the blank state apart from an empty list', () => {
    const doc = load('orders-blank.2026-11.html');
    doc.querySelector('.woocommerce-BlankState')!.remove();
    expect(readOrders(woocommerce, doc, { url: HPOS_URL, now: NOW }).problem).toBe('no order list found');
  });
});

describe('WooCommerce page checks', () => {
  it('recognises the order pages of both screens on any host', () => {
    for (const url of testUrls.detail!) expect([url, woocommerce.isOrderDetail!(new URL(url))]).toEqual([url, true]);
    for (const url of testUrls.match) expect([url, woocommerce.isOrderDetail!(new URL(url))]).toEqual([url, false]);
    expect(woocommerce.isOrderDetail!(new URL('https://shop.example-store.test/wp-admin/admin.php?page=wc-orders&action=new'))).toBe(false);
  });

  it('asks for no host at install and is registered as an any-host console', () => {
    expect(woocommerce.matches).toEqual([]);
    expect(woocommerce.anyHost).toBe(true);
    expect(ADAPTERS).toContain(woocommerce);
  });

  it('never shadows a known console, even when listed first', () => {
    const greedy: Adapter = { ...woocommerce, id: 'greedy', isOrderList: () => true };
    const taobao = ADAPTERS.find((a) => a.id === 'taobao')!;
    const url = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
    expect(adapterForUrl(url, [greedy, taobao])?.id).toBe('taobao');
    expect(adapterForUrl('https://shop.example-store.test/anything', [greedy, taobao])?.id).toBe('greedy');
    expect(adapterForUrl(HPOS_URL, ADAPTERS)?.id).toBe('woocommerce');
  });
});
