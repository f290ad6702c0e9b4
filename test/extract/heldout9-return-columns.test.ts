/**
 * A return list's columns (eBay Seller Hub returns, test/corpus/render/heldout9.mjs): a "Respond by" deadline and
 * the day the return was asked for stand before the sale date; the order's date is the sale date.
 */
import { describe, expect, it } from 'vitest';
import { guessColumns } from '../../lib/extract/meaning';

const RETURN_ID = ['5012345678', '5098765432', '5055512345'];
const ORDER = ['12-34567-89012', '23-45678-90123', '34-56789-01234'];
const DUE = ['Respond by 9 Dec', 'Respond by 10 Dec', 'Respond by 8 Dec'];
const ASKED = ['5 Dec 2026 18:40', '6 Dec 2026 09:12', '4 Dec 2026 21:03'];
const SOLD = ['3 Dec 2026 14:03', '5 Dec 2026 08:55', '2 Dec 2026 19:30'];
const TOTAL = ['£42.50', '£18.99', '£120.00'];

const keysOf = (labels: string[], columns: string[][]): (string | undefined)[] => guessColumns(labels, columns).map((g) => g.key);

describe('guessColumns: a return list with a reply deadline and the return request date', () => {
  it('takes the Sale date column for when the order was placed', () => {
    const keys = keysOf(['Return ID', 'Order number', 'Order total', 'Action needed', 'Requested', 'Sale date'], [RETURN_ID, ORDER, TOTAL, DUE, ASKED, SOLD]);
    expect(keys[1]).toBe('orderId');
    expect(keys[5]).toBe('placedAt');
    expect(keys[3]).toBeUndefined();
  });

  it('takes Date sold the same way', () => {
    const keys = keysOf(['Order number', 'Order total', 'Requested', 'Date sold'], [ORDER, TOTAL, ASKED, SOLD]);
    expect(keys[3]).toBe('placedAt');
    expect(keys[2]).toBeUndefined();
  });

  it('never takes a column of reply deadlines for the order date, with no date header', () => {
    const keys = keysOf(['Order number', 'Order total', 'Action needed', ''], [ORDER, TOTAL, DUE, SOLD]);
    expect(keys[2]).toBeUndefined();
    expect(keys[3]).toBe('placedAt');
  });
});
