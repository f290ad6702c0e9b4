/**
 * WooCommerce › Orders › Export (the built-in CSV exporter of WooCommerce 8+ and the common
 * "Order Export" plugins): Order ID/Number, Order Status (wc-processing or Processing),
 * Order Date, Order Total, Order Currency, one row per line item with Item Name, Quantity.
 */
import type { ImportFormat } from './types';

export const woocommerceOrders: ImportFormat = {
  id: 'woocommerce',
  label: { en: 'WooCommerce orders export', zh: 'WooCommerce 订单导出' },
  marketplace: 'woocommerce',
  required: ['Order Status', 'Order Date'],
  columns: {
    orderId: ['Order Number', 'Order ID'],
    placedAt: ['Order Date'],
    paidAt: ['Paid Date', 'Date Paid'],
    shippedAt: ['Completed Date', 'Date Completed'],
    status: ['Order Status'],
    buyer: ['Billing Email', 'Customer Email', 'Billing Email Address'],
    item: ['Item Name', 'Product Name'],
    sku: ['SKU', 'Item SKU'],
    quantity: ['Quantity', 'Item Quantity', 'Quantity (- Refund)'],
    unitPrice: ['Item Cost', 'Item Price'],
    shipping: ['Order Shipping Amount', 'Shipping Total'],
    discount: ['Cart Discount Amount', 'Discount Total'],
    refunded: ['Order Refund Amount', 'Refund Total'],
    paid: ['Order Total Amount', 'Order Total'],
    currency: ['Order Currency', 'Currency'],
    buyerMessage: ['Customer Note'],
  },
  currency: 'USD',
  timeZone: 'UTC',
  statusVocabulary: {
    'wc-pending': 'awaiting_payment',
    'pending payment': 'awaiting_payment',
    'wc-on-hold': 'awaiting_payment',
    'on-hold': 'awaiting_payment',
    'on hold': 'awaiting_payment',
    'wc-processing': 'awaiting_shipment',
    'wc-completed': 'completed',
    'wc-cancelled': 'cancelled',
    'wc-refunded': 'refunded',
    'wc-failed': 'cancelled',
    failed: 'cancelled',
  },
};
