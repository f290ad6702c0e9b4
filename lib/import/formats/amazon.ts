/**
 * Amazon Seller Central order reports. The flat files are tab separated: "All Orders"
 * (amazon-order-id, purchase-date, order-status, item-price per line) and "Unshipped Orders"
 * (order-id, purchase-date, payments-date, promise-date, quantity-to-ship; no amounts).
 * Business-report style downloads such as the Indian "Amazon Sale Report" are comma
 * separated with "Order ID, Date (MM-DD-YY), Status, Qty, currency, Amount". One row per
 * item line: the order's amount is the sum of its lines.
 */
import type { ImportFormat } from './types';

const STATUS = {
  'shipped - delivered to buyer': 'delivered',
  'shipped - returned to seller': 'returned',
  'shipped - rejected by buyer': 'returned',
  'shipped - returning to seller': 'return_requested',
  'shipped - lost in transit': 'shipped',
  'shipped - out for delivery': 'shipped',
  'shipped - picked up': 'shipped',
  'pending - waiting for pick up': 'awaiting_shipment',
  pending: 'awaiting_payment',
  shipping: 'awaiting_shipment',
  unshipped: 'awaiting_shipment',
  'partially shipped': 'shipped',
} as const;

export const amazonFlatFile: ImportFormat = {
  id: 'amazon-flat',
  label: { en: 'Amazon order report (flat file)', zh: '亚马逊订单报告（平面文件）' },
  marketplace: 'amazon',
  required: ['purchase-date', 'sku'],
  columns: {
    orderId: ['amazon-order-id', 'order-id'],
    placedAt: ['purchase-date'],
    paidAt: ['payments-date'],
    shipBy: ['promise-date', 'latest-ship-date'],
    status: ['order-status'],
    buyer: ['buyer-email', 'buyer-name'],
    item: ['product-name'],
    sku: ['sku'],
    quantity: ['quantity', 'quantity-purchased'],
    paid: ['item-price'],
    shipping: ['shipping-price'],
    currency: ['currency'],
  },
  currency: 'USD',
  // Flat-file times carry their offset (2026-11-20T10:00:00+00:00).
  timeZone: 'UTC',
  statusVocabulary: STATUS,
  paidPerRow: true,
  // Unshipped Orders lists orders waiting to ship and shows no status column.
  deriveStatus: (f) =>
    f.shippedAt !== undefined ? { status: 'shipped', statusRaw: 'Shipped' } : { status: 'awaiting_shipment', statusRaw: 'Unshipped' },
};

export const amazonSaleReport: ImportFormat = {
  id: 'amazon-sale-report',
  label: { en: 'Amazon sale report', zh: '亚马逊销售报告' },
  marketplace: 'amazon',
  required: ['Order ID', 'Date', 'Status', 'Fulfilment', 'ship-service-level', 'Amount'],
  columns: {
    orderId: ['Order ID'],
    placedAt: ['Date'],
    status: ['Status'],
    item: ['Style'],
    sku: ['SKU'],
    quantity: ['Qty'],
    paid: ['Amount'],
    currency: ['currency'],
  },
  // Amazon.in's report; a cancelled line shows no amount and no currency.
  currency: 'INR',
  timeZone: 'Asia/Kolkata',
  dateOrder: 'MDY',
  statusVocabulary: STATUS,
  paidPerRow: true,
};
