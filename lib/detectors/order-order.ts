import type { Order } from '../schema';

/**
 * Order ids compared the way a seller reads them: all-digit ids by numeric value (so '9'
 * comes before '10' without losing precision on 19-digit Taobao ids), others as strings.
 */
export function compareOrderIds(a: string, b: string): number {
  // Character loops, not regular expressions: this runs inside every sort of findings and
  // silences. Ids of one length without a leading zero compare as strings either way (a
  // shop's ids usually are): no need to look at every character twice.
  if (a.length === b.length && a.charCodeAt(0) !== 48 && b.charCodeAt(0) !== 48) return a < b ? -1 : a > b ? 1 : 0;
  if (allDigits(a) && allDigits(b)) {
    const x = a.length - leadingZeros(a);
    const y = b.length - leadingZeros(b);
    if (x !== y) return x - y;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Leading '0's, keeping the last digit ('000' counts two). */
function leadingZeros(digits: string): number {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i;
}

/** Earlier placedAt first; a tie goes to the smaller order id. */
export function compareByPlacement(a: Order, b: Order): number {
  return a.placedAt - b.placedAt || compareOrderIds(a.orderId, b.orderId);
}
