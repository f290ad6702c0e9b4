import type { Order } from '../schema';

/**
 * Order ids compared the way a seller reads them: all-digit ids by numeric value (so '9'
 * comes before '10' without losing precision on 19-digit Taobao ids), others as strings.
 */
export function compareOrderIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length) return x.length - y.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Earlier placedAt first; a tie goes to the smaller order id. */
export function compareByPlacement(a: Order, b: Order): number {
  return a.placedAt - b.placedAt || compareOrderIds(a.orderId, b.orderId);
}
