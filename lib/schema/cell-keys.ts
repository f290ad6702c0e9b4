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
  /** When the parcel was delivered, as shown (a later read that does not show it keeps it). */
  'deliveredAt',
  /** The latest estimated delivery date the console shows ("Deliver by", "Estimated delivery", 预计送达). */
  'deliverBy',
  /** When the carrier's latest tracking event happened, as shown. */
  'lastTrackingAt',
  /** When the buyer's latest message was sent, as shown. */
  'buyerMessageAt',
  /** The buyer's rating of the order (stars, or the console's positive/neutral/negative word). */
  'rating',
  /** The buyer's review text. */
  'review',
  /** Text the console shows when an item of the order is out of stock or oversold (its presence is the flag). */
  'stockShort',
] as const;
export type CellKey = (typeof CELL_KEYS)[number];
