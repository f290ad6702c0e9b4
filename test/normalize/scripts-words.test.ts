/**
 * Hindi, Persian and Bengali order states, and Iran's rial as Intl's fa-IR prints it (the fifteenth blind set,
 * test/corpus/render/heldout15.mjs, 2026-12-08): each read to the state and the amount a seller reads.
 */
import { describe, expect, it } from 'vitest';
import { parseMoney, parseStatus } from '../../lib/normalize';
import { moneyStrength } from '../../lib/extract/sniff';

describe('states in Hindi, Persian and Bengali, and the rial', () => {
  it.each<[string, string]>([
    ['शिप नहीं किया गया', 'awaiting_shipment'],
    ['शिप किया गया', 'shipped'],
    ['डिलीवर किया गया', 'delivered'],
    ['रद्द किया गया', 'cancelled'],
    ['در انتظار ارسال', 'awaiting_shipment'],
    ['ارسال شده', 'shipped'],
    ['تحویل داده شده', 'delivered'],
    ['لغو شده', 'cancelled'],
    ['পাঠানোর জন্য প্রস্তুত', 'awaiting_shipment'],
    ['পাঠানো হয়েছে', 'shipped'],
    ['ডেলিভারি হয়েছে', 'delivered'],
    ['বাতিল করা হয়েছে', 'cancelled'],
  ])('"%s" is %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, known: true });
  });

  it('reads "not sent" in Persian as no state of its own, not as sent', () => {
    expect(parseStatus('ارسال نشده').status).not.toBe('shipped');
  });

  it('reads the rial before or after the amount, in Persian or Latin digits, with Intl\'s direction mark', () => {
    expect(parseMoney('\u200eریال ۷۸٬۴۹۰٬۰۰۰', { currency: 'USD' })).toEqual({ ok: true, value: { amount: 78_490_000, currency: 'IRR' } });
    expect(parseMoney('۷۸٬۴۹۰٬۰۰۰ ریال', { currency: 'USD' })).toEqual({ ok: true, value: { amount: 78_490_000, currency: 'IRR' } });
    expect(moneyStrength('\u200eریال ۷۸٬۴۹۰٬۰۰۰')).toBe(2);
  });
});
