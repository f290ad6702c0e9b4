// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterById, ADAPTERS } from '../../../lib/adapters';
import { annotationPageById } from '../../../lib/adapters/pages';
import { readEntries } from '../../../lib/adapters/pages/read';
import { testUrls, woocommerceOrder } from '../../../lib/adapters/pages/woocommerce-order';
import { buildContext, evaluate } from '../../../lib/detectors';
import { readOrders } from '../../../lib/extract';
import { parseAnnotations, withAnnotation } from '../../../lib/ingest/annotate';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);
const page = (dir: string, file: string): Document => new DOMParser().parseFromString(readFileSync(`test/fixtures/${dir}/${file}`, 'utf8'), 'text/html');
const woocommerce = adapterById('woocommerce')!;
const rules = { marketplace: 'woocommerce', timeZone: woocommerce.timeZone, dateOrder: 'MDY' } as const;

describe('WooCommerce order edit page', () => {
  it('is registered as a page part of the WooCommerce console, asking for no host of its own', () => {
    expect(annotationPageById('woocommerce-order')).toBe(woocommerceOrder);
    expect([woocommerceOrder.console, woocommerceOrder.kind, woocommerceOrder.matches]).toEqual(['woocommerce', 'order', []]);
  });

  it('accepts the HPOS and legacy edit screens only, which no order-list script reads', () => {
    expect(testUrls.match.map((u) => woocommerceOrder.isPage(new URL(u)))).toEqual([true, true, true]);
    expect(testUrls.noMatch.map((u) => woocommerceOrder.isPage(new URL(u)))).toEqual(testUrls.noMatch.map(() => false));
    expect(testUrls.match.filter((u) => ADAPTERS.some((a) => a.isOrderList(new URL(u))))).toEqual([]);
  });

  it('reads the order number of an order whose item is marked Backordered', () => {
    expect(readEntries(woocommerceOrder, page('woocommerce-order', 'order-edit.2026-11.html'))).toEqual({
      rows: [{ position: 1, orderId: '1051', texts: { stockShort: 'Backordered' } }],
      unnumbered: 0,
      empty: false,
      whole: false,
      byMeaning: false,
      otherView: false,
      answered: [],
    });
  });

  it('sends nothing for an order whose items carry no Backordered mark, nor for a page without the items box', () => {
    expect(readEntries(woocommerceOrder, page('woocommerce-order', 'order-edit-legacy-instock.2026-11.html'))).toEqual({ rows: [], unnumbered: 0, empty: false, whole: false, byMeaning: false, otherView: true, answered: [] });
    const other = new DOMParser().parseFromString('<div id="poststuff"><h2 class="woocommerce-order-data__heading">Order #1051 details</h2><p>Backordered:</p></div>', 'text/html');
    expect(readEntries(woocommerceOrder, other).rows).toEqual([]);
  });

  it('marks the stored order short of stock, and stock-risk raises its P2 case before the shipping deadline', () => {
    const { read, skipped } = parseAnnotations(readEntries(woocommerceOrder, page('woocommerce-order', 'order-edit.2026-11.html')).rows, rules, NOW);
    expect([read, skipped]).toEqual([[{ position: 1, orderId: '1051', fields: { stockShort: true } }], []]);
    const listed = readOrders(woocommerce, page('woocommerce', 'orders.2026-11.html'), { url: 'https://shop.example-store.test/wp-admin/admin.php?page=wc-orders', now: NOW }).rows.map((r) => r.order);
    const before = listed.find((o) => o.orderId === '1051')!;
    expect([before.status, before.stockShort]).toEqual(['awaiting_shipment', undefined]);
    const orders = listed.map((o) => (o.orderId === '1051' ? withAnnotation(o, read[0]!.fields) : o));
    const stock = evaluate(orders, buildContext(orders), NOW, DEFAULT_SETTINGS).findings.filter((f) => f.detector === 'stock-risk');
    expect(stock.map((f) => [f.orderId, f.severity, f.dueAt, f.explanation])).toEqual([
      [
        '1051',
        'P2',
        // Placed 2026-11-24 09:15:40 -05:00; WooCommerce's list shows no payment time, so 48 h from the order time.
        Date.UTC(2026, 10, 26, 14, 15, 40),
        {
          en: "WooCommerce shows this order's item out of stock with the shipping deadline still ahead: restock, offer a substitute or agree a cancellation with the buyer.",
          zh: 'WooCommerce显示该订单商品缺货，发货时限未到：请补货、与买家协商换货或取消。',
        },
      ],
    ]);
  });
});
