/**
 * What a cell of an order list can mean: the shape every read order's texts take, owned by the
 * schema so that the records and the messages need nothing of the page reader (lib/extract).
 */
export const CELL_KEYS = [
  'orderId',
  'placedAt',
  'paidAt',
  'buyer',
  'item',
  'sku',
  'quantity',
  'unitPrice',
  'subtotal',
  'shipping',
  'discount',
  'paid',
  'status',
  /** A separate after-sales column (售后状态): an open refund outranks the fulfilment status. */
  'afterSales',
  /** A separate payment column (Shopify "Payment status"): unpaid, voided or refunded outranks "Unfulfilled". */
  'paymentStatus',
  'shipBy',
  'trackingNo',
  'carrier',
  'buyerMessage',
  'sellerRemark',
] as const;
export type CellKey = (typeof CELL_KEYS)[number];
