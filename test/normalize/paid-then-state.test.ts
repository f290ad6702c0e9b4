/**
 * A status that says the order was paid and then where its parcel is (eBay Seller Hub's "Paid and shipped") is the
 * parcel's state; British sellers' words for an order still to ship ("Not dispatched") are not read as "dispatched".
 * The fourteenth blind set's eBay and Etsy pages had these wrong (test/corpus/render/heldout14.mjs, 2026-12-08).
 */
import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../lib/normalize';

describe('parseStatus: payment words before the parcel state, and British words for not yet sent', () => {
  it.each<[string, string]>([
    ['Paid and shipped', 'shipped'],
    ['Paid - shipped', 'shipped'],
    ['Paid and dispatched', 'shipped'],
    ['Paid and delivered', 'delivered'],
    ['Bezahlt, versendet', 'shipped'],
    ['已付款 已发货', 'shipped'],
    // Paid alone, or paid and not yet sent, is still to ship; an open request beside it is still the one to answer.
    ['Paid', 'awaiting_shipment'],
    ['Paid, not shipped', 'awaiting_shipment'],
    ['Paid, return requested', 'return_requested'],
    ['Not dispatched', 'awaiting_shipment'],
    ['Not yet dispatched', 'awaiting_shipment'],
    ['Undispatched', 'awaiting_shipment'],
    ['To dispatch', 'awaiting_shipment'],
    ['Not sent', 'awaiting_shipment'],
    ['Dispatched', 'shipped'],
  ])('"%s" is %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, known: true });
  });
});
