import { describe, expect, it } from 'vitest';
import { offerFor } from '../../components/SiteAccess';
import type { SiteAccess } from '../../lib/schema';

const SHOP = 'http://order-sentinel-demo.localhost:5173';
const WOO = 'https://shop.example-store.test/wp-admin/admin.php?page=wc-orders';
const taught: SiteAccess = {
  origin: SHOP,
  adapter: 'taught',
  mapping: { table: 'table', columns: [{ header: 'Ref.', key: 'orderId' }], currency: 'EUR', timeZone: 'Europe/Berlin', path: '/shop-admin' },
  grantedAt: 1,
};

describe('what the popup offers for the tab', () => {
  it('nothing on a page a built-in console reads, nor on browser pages', () => {
    expect(offerFor(`${SHOP}/orders`, [])).toBeUndefined();
    expect(offerFor('chrome://extensions/', [])).toBeUndefined();
    expect(offerFor('not a url', [])).toBeUndefined();
  });

  it('teaching any other web page, and teaching again once taught', () => {
    expect(offerFor(`${SHOP}/shop-admin/orders`, [])).toEqual({ kind: 'teach', origin: SHOP });
    expect(offerFor(`${SHOP}/shop-admin/orders`, [taught])).toEqual({ kind: 'taught', origin: SHOP });
    // A site granted but never taught (the seller cancelled) is offered teaching again.
    expect(offerFor(`${SHOP}/shop-admin/orders`, [{ ...taught, mapping: undefined }])).toEqual({ kind: 'teach', origin: SHOP });
  });

  it('teaching only where the page shows an order list, when the popup could look', () => {
    expect(offerFor(`${SHOP}/shop-admin/dashboard`, [], 0)).toBeUndefined();
    expect(offerFor(`${SHOP}/shop-admin/orders`, [], 12)).toEqual({ kind: 'teach', origin: SHOP, shown: 12 });
    // Taught already: teaching again is offered whatever the page shows now.
    expect(offerFor(`${SHOP}/shop-admin/orders`, [taught], 0)).toEqual({ kind: 'taught', origin: SHOP });
  });

  it('reading WooCommerce on a self-hosted admin until that site is granted', () => {
    expect(offerFor(WOO, [])).toEqual({ kind: 'woocommerce', origin: 'https://shop.example-store.test' });
    expect(offerFor(WOO, [{ origin: 'https://shop.example-store.test', adapter: 'woocommerce', grantedAt: 1 }])).toBeUndefined();
  });
});
