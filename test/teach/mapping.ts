// The taught mapping of the saved custom shop (test/fixtures/teach/custom-shop.2026-11.html),
// shared by the teach and page-reading tests.
import type { TaughtMapping } from '../../lib/schema';

export const ORIGIN = 'http://shop.maple-thread.example:8080';

/** What the seller confirmed: the proposal with Ref., Client and Amount due named, and Total re-mapped. */
export const MAPPING: TaughtMapping = {
  table: 'table[data-view="orders"]',
  columns: [
    { header: 'Ref.', key: 'orderId' },
    { header: 'Placed', key: 'placedAt' },
    { header: 'Client', key: 'buyer' },
    // The dictionary reads "Total" as the amount paid; in this shop it is the items before shipping.
    { header: 'Total', key: 'subtotal' },
    { header: 'Discount', key: 'discount' },
    { header: 'Shipping', key: 'shipping' },
    { header: 'Amount due', key: 'paid' },
    { header: 'State', key: 'status' },
  ],
  currency: 'EUR',
  timeZone: 'Europe/Berlin',
  path: '/shop-admin/orders',
};
