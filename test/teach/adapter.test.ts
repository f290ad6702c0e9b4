// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import type { SiteAccess, TaughtMapping } from '../../lib/schema';
import { adapterFromSite } from '../../lib/teach/adapter';
import { MAPPING, ORIGIN } from './mapping';

const URL_ = `${ORIGIN}/shop-admin/orders?page=1`;
const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const shop = (): Document =>
  new DOMParser().parseFromString(readFileSync('test/fixtures/teach/custom-shop.2026-11.html', 'utf8'), 'text/html');

const site = (mapping: TaughtMapping = MAPPING): SiteAccess => ({ origin: ORIGIN, adapter: 'taught', mapping, grantedAt: NOW });
const source = { url: URL_, adapter: 'taught', observedAt: NOW };
// Berlin is UTC+1 in November.
const berlin = (day: number, hour: number, minute: number) => Date.UTC(2026, 10, day, hour - 1, minute);

describe('adapterFromSite', () => {
  it('reads the taught table into exact orders, with the re-mapped column as the subtotal', () => {
    const adapter = adapterFromSite(site())!;
    const result = readOrders(adapter, shop(), { url: URL_, now: NOW });
    expect(result.problem).toBeUndefined();
    const order = (orderId: string, day: number, h: number, m: number, buyer: string, status: string, statusRaw: string, subtotal: number, discount: number, shipping: number, paid: number) => ({
      marketplace: 'custom',
      orderId,
      placedAt: berlin(day, h, m),
      status,
      statusRaw,
      buyer,
      items: [],
      money: { currency: 'EUR', paid, subtotal, shipping, discount },
      source,
    });
    expect(result.rows.map((r) => r.order)).toEqual([
      order('MT-1041', 20, 9, 15, 'Anna Weber', 'awaiting_shipment', 'Paid', 42, 0, 4.9, 46.9),
      order('MT-1040', 19, 18, 2, 'Luca Rossi', 'shipped', 'Shipped', 18.5, 5, 4.9, 18.4),
      order('MT-1039', 19, 11, 47, 'Sofia Jansen', 'shipped', 'Shipped', 60, 0, 0, 55),
      order('MT-1038', 18, 20, 30, 'Tom Becker', 'cancelled', 'Cancelled', 12, 0, 4.9, 16.9),
    ]);
    expect(result.skipped).toEqual([{ row: 5, orderId: 'MT-1037', reason: 'no paid amount (Amount due) in this row' }]);
    // Badges go into the order-number cell.
    expect(result.rows[0]!.anchor.textContent).toBe('MT-1041');
  });

  it('never reads an ignored column, even one the dictionary knows', () => {
    // "Total" ignored and placed before "Amount due": the dictionary alone would read it as paid.
    const columns = MAPPING.columns.map((c) => (c.header === 'Total' ? { ...c, key: 'ignore' as const } : c));
    const result = readOrders(adapterFromSite(site({ ...MAPPING, columns }))!, shop(), { url: URL_, now: NOW });
    expect(result.rows.map((r) => r.order.money)).toEqual([
      { currency: 'EUR', paid: 46.9, shipping: 4.9, discount: 0 },
      { currency: 'EUR', paid: 18.4, shipping: 4.9, discount: 5 },
      { currency: 'EUR', paid: 55, shipping: 0, discount: 0 },
      { currency: 'EUR', paid: 16.9, shipping: 4.9, discount: 0 },
    ]);
  });

  it('finds the table by its taught headers when the selector no longer matches', () => {
    const doc = shop();
    doc.querySelector('table[data-view]')!.removeAttribute('data-view');
    const result = readOrders(adapterFromSite(site())!, doc, { url: URL_, now: NOW });
    expect(result.rows.map((r) => r.order.orderId)).toEqual(['MT-1041', 'MT-1040', 'MT-1039', 'MT-1038']);
  });

  it('reads an empty list as zero orders with a reason', () => {
    const doc = shop();
    for (const row of Array.from(doc.querySelectorAll('tbody tr'))) if (row.closest('[data-view]')) row.remove();
    const result = readOrders(adapterFromSite(site())!, doc, { url: URL_, now: NOW });
    expect(result.rows).toEqual([]);
    expect(result.problem).toBe('the order list is empty');
  });

  it('is for exactly the taught origin and the pages under the taught path', () => {
    const adapter = adapterFromSite(site())!;
    const check = (url: string) => adapter.isOrderList(new URL(url));
    expect(check(`${ORIGIN}/shop-admin/orders`)).toBe(true);
    expect(check(`${ORIGIN}/shop-admin/orders?page=3`)).toBe(true);
    expect(check(`${ORIGIN}/shop-admin/products`)).toBe(false);
    expect(check('http://shop.maple-thread.example:9090/shop-admin/orders')).toBe(false);
    expect(check('https://shop.maple-thread.example:8080/shop-admin/orders')).toBe(false);
  });

  it('is undefined for a site granted to a built-in adapter or without a mapping', () => {
    expect(adapterFromSite({ origin: ORIGIN, adapter: 'woocommerce', grantedAt: NOW })).toBeUndefined();
    expect(adapterFromSite({ origin: ORIGIN, adapter: 'taught', grantedAt: NOW })).toBeUndefined();
  });
});
