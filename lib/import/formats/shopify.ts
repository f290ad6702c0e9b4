/**
 * Shopify admin › Orders › Export (`orders_export.csv`): 79 columns (75 before 2023), one row
 * per line item; an order's further rows repeat its Name and leave the order columns empty.
 * Times carry their offset ("2025-11-10 07:31:07 -0300"); amounts are bare numbers in the
 * Currency column's currency. Status is Financial Status with Fulfillment Status (like the
 * admin's Payment and Fulfillment columns), and Cancelled at cancels.
 */
import type { ImportFormat } from './types';

export const shopifyOrders: ImportFormat = {
  id: 'shopify',
  label: { en: 'Shopify orders export', zh: 'Shopify 订单导出' },
  marketplace: 'shopify',
  required: ['Name', 'Financial Status', 'Fulfillment Status', 'Lineitem name', 'Total'],
  columns: {
    orderId: ['Name'],
    placedAt: ['Created at'],
    paidAt: ['Paid at'],
    shippedAt: ['Fulfilled at'],
    cancelledAt: ['Cancelled at'],
    buyer: ['Email', 'Billing Name'],
    item: ['Lineitem name'],
    sku: ['Lineitem sku'],
    quantity: ['Lineitem quantity'],
    unitPrice: ['Lineitem price'],
    subtotal: ['Subtotal'],
    shipping: ['Shipping'],
    discount: ['Discount Amount'],
    paid: ['Total'],
    refunded: ['Refunded Amount'],
    currency: ['Currency'],
    paymentStatus: ['Financial Status'],
    status: ['Fulfillment Status'],
    buyerMessage: ['Notes'],
  },
  currency: 'USD',
  // Every time in the export names its offset; the zone is only a fallback.
  timeZone: 'UTC',
  statusVocabulary: {
    partial: 'shipped',
    partially_paid: 'awaiting_payment',
    authorized: 'awaiting_payment',
    partially_refunded: 'refunded',
    restocked: 'shipped',
  },
};
