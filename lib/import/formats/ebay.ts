/**
 * eBay File Exchange "SalesHistory" download (Seller Hub › Orders › Download report, the old
 * layout): a row of commas before the header, a header starting with a tab, a blank row after
 * the orders, then "N record(s) downloaded" and "Seller ID: …" lines. Dates are "Jan-18-16"
 * in Pacific time; amounts carry "$". No status column: the paid and shipped dates tell it.
 */
import type { ImportFormat } from './types';

export const ebaySalesHistory: ImportFormat = {
  id: 'ebay',
  label: { en: 'eBay sales history report', zh: 'eBay 销售记录报告' },
  marketplace: 'ebay',
  required: ['Sales Record Number', 'User Id', 'Sale Date', 'Total Price'],
  columns: {
    orderId: ['Sales Record Number'],
    placedAt: ['Sale Date', 'Checkout Date'],
    paidAt: ['Paid on Date'],
    shippedAt: ['Shipped on Date'],
    buyer: ['User Id'],
    item: ['Item Title'],
    sku: ['Custom Label'],
    quantity: ['Quantity'],
    unitPrice: ['Sale Price'],
    shipping: ['Shipping and Handling'],
    paid: ['Total Price'],
    trackingNo: ['Tracking Number'],
    carrier: ['Shipping Service'],
    sellerRemark: ['Notes to yourself'],
  },
  currency: 'USD',
  timeZone: 'America/Los_Angeles',
  dateOrder: 'MDY',
  deriveStatus: (f) =>
    f.shippedAt !== undefined
      ? { status: 'shipped', statusRaw: 'Shipped' }
      : f.paidAt !== undefined
        ? { status: 'awaiting_shipment', statusRaw: 'Paid' }
        : { status: 'awaiting_payment', statusRaw: 'Awaiting payment' },
  isFooter: (cells) => /record\(s\) downloaded/i.test(cells.join(' ')) || /^\s*seller id\s*:/i.test(cells[0] ?? ''),
};

/** Seller Hub's newer "Orders report" CSV: Order Number, Buyer Username, Sale Date, Total Price. */
export const ebayOrdersReport: ImportFormat = {
  ...ebaySalesHistory,
  id: 'ebay-orders',
  label: { en: 'eBay orders report', zh: 'eBay 订单报告' },
  required: ['Order Number', 'Buyer Username', 'Sale Date', 'Total Price'],
  columns: {
    ...ebaySalesHistory.columns,
    orderId: ['Order Number'],
    buyer: ['Buyer Username'],
    paidAt: ['Paid On Date', 'Paid on Date'],
    shippedAt: ['Shipped On Date', 'Shipped on Date'],
  },
};
