/**
 * The sixth held-out set's consoles (test/corpus/render/heldout6.mjs): their header words name their meaning in
 * lib/extract/keys-world.ts, ₦ and the NGN/KES codes make an amount for lib/extract/sniff.ts, and a Nigerian or
 * Kenyan page's bare amounts are naira or shillings (lib/extract/generic.ts).
 */
import { describe, expect, it } from 'vitest';
import { type CellKey } from '../../lib/extract/keys';
import { worldHeaderLookup } from '../../lib/extract/keys-world';
import { moneyStrength } from '../../lib/extract/sniff';
import { currencyOfLanguage } from '../../lib/extract/generic';

const lookup = worldHeaderLookup();

describe('headerLookup: the sixth held-out set', () => {
  it.each<[string, CellKey]>([
    ['Bestellnummer', 'orderId'],
    ['Bestell-ID', 'orderId'],
    ['N° de commande', 'orderId'],
    ['Numéro de commande', 'orderId'],
    ['Order Nr', 'orderId'],
    ['PO #', 'orderId'],
    ['Purchase Order #', 'orderId'],
    ['备货单号', 'orderId'],
    ['Bestelldatum', 'placedAt'],
    ['Bestellt am', 'placedAt'],
    ['Date de commande', 'placedAt'],
    ['Ordered', 'placedAt'],
    ['Kunde', 'buyer'],
    ['Client', 'buyer'],
    ['Gesamtbetrag', 'paid'],
    ['Betrag', 'paid'],
    ['Montant TTC', 'paid'],
    ['Montant', 'paid'],
    ['Statut', 'status'],
    ['Sendungsnummer', 'trackingNo'],
    ['N° de suivi', 'trackingNo'],
  ])('%s → %s', (header, key) => {
    expect(lookup(header)).toBe(key);
  });

  it('names no order number by the numbers beside one (Auftrags-ID, Bestelleinheit, Customer Order #, 子订单号)', () => {
    expect(lookup('Auftrags-ID')).toBeUndefined();
    expect(lookup('Bestelleinheit')).toBeUndefined();
    expect(lookup('Customer Order #')).toBeUndefined();
    expect(lookup('子订单号')).toBeUndefined();
  });
});

describe('moneyStrength: naira and shilling amounts', () => {
  it.each(['₦ 12,345', '₦12,345', 'NGN 8,900', 'KES 1,250.00'])('%s is an amount with its currency', (text) => {
    expect(moneyStrength(text)).toBe(2);
  });
});

describe("currencyOfLanguage: Jumia's Nigeria and Kenya", () => {
  it('reads a bare amount on an en-NG page as naira and on an en-KE or sw-KE page as shillings', () => {
    expect(['en-NG', 'en-KE', 'sw-KE'].map(currencyOfLanguage)).toEqual(['NGN', 'KES', 'KES']);
  });
});
