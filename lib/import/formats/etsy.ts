/**
 * Etsy Shop Manager › Settings › Options › Download Data. `EtsySoldOrders*.csv` has one row
 * per order (Sale Date MM/DD/YY or M/D/YYYY, Order ID, Order Total, Date Shipped — renamed
 * Date Posted in 2020 — and a Status column that is empty in real downloads).
 * `EtsySoldOrderItems*.csv` has one row per item line, with Item Total per line.
 */
import type { ImportFormat, StatusFacts } from './types';

const etsyStatus = (f: StatusFacts) =>
  f.refunded !== undefined && f.refunded > 0
    ? ({ status: 'refunded', statusRaw: 'Refunded' } as const)
    : f.shippedAt !== undefined
      ? ({ status: 'shipped', statusRaw: 'Shipped' } as const)
      : ({ status: 'awaiting_shipment', statusRaw: 'Not shipped' } as const);

export const etsySoldOrders: ImportFormat = {
  id: 'etsy',
  label: { en: 'Etsy sold orders', zh: 'Etsy 已售订单' },
  marketplace: 'etsy',
  required: ['Sale Date', 'Order ID', 'Number of Items', 'Order Total'],
  columns: {
    orderId: ['Order ID'],
    placedAt: ['Sale Date'],
    shippedAt: ['Date Shipped', 'Date Posted'],
    buyer: ['Buyer User ID', 'Buyer'],
    quantity: ['Number of Items'],
    sku: ['SKU'],
    subtotal: ['Order Value'],
    shipping: ['Shipping', 'Delivery'],
    discount: ['Discount Amount'],
    paid: ['Order Total'],
    currency: ['Currency'],
    status: ['Status'],
  },
  currency: 'USD',
  timeZone: 'America/New_York',
  dateOrder: 'MDY',
  deriveStatus: etsyStatus,
};

export const etsySoldOrderItems: ImportFormat = {
  id: 'etsy-items',
  label: { en: 'Etsy sold order items', zh: 'Etsy 已售订单商品' },
  marketplace: 'etsy',
  required: ['Sale Date', 'Item Name', 'Transaction ID', 'Item Total', 'Order ID'],
  columns: {
    orderId: ['Order ID'],
    placedAt: ['Sale Date'],
    paidAt: ['Date Paid'],
    shippedAt: ['Date Shipped'],
    buyer: ['Buyer'],
    item: ['Item Name'],
    sku: ['SKU'],
    quantity: ['Quantity'],
    unitPrice: ['Price'],
    paid: ['Item Total'],
    currency: ['Currency'],
  },
  currency: 'USD',
  timeZone: 'America/New_York',
  dateOrder: 'MDY',
  paidPerRow: true,
  deriveStatus: etsyStatus,
};
