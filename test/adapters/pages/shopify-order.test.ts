// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterById, ADAPTERS } from '../../../lib/adapters';
import { annotationPageById } from '../../../lib/adapters/pages';
import { readEntries } from '../../../lib/adapters/pages/read';
import { shopifyOrder, testUrls } from '../../../lib/adapters/pages/shopify-order';
import { buildContext, evaluate } from '../../../lib/detectors';
import { explanationsUsed } from '../../../lib/detectors/amount-mismatch';
import { parseAnnotations, withAnnotation } from '../../../lib/ingest/annotate';
import type { AnnotationRow, Order } from '../../../lib/schema';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);
const page = (file: string): Document => new DOMParser().parseFromString(readFileSync(`test/fixtures/shopify-order/${file}`, 'utf8'), 'text/html');
const shopify = adapterById('shopify')!;
const rules = { marketplace: 'shopify', timeZone: shopify.timeZone, dateOrder: 'MDY' } as const;
const rowsOf = (doc: Document) => readEntries(shopifyOrder, doc).rows;

/** Order #1008 as the Orders list shows it: paid, its total only. */
const listed = (orderId: string, paid: number): Order => ({
  marketplace: 'shopify',
  orderId,
  placedAt: Date.UTC(2026, 10, 19, 16, 30),
  status: 'awaiting_shipment',
  statusRaw: 'Paid Unfulfilled',
  buyer: 'Ava Martin',
  items: [{ title: '2 items', quantity: 1 }],
  money: { currency: 'USD', paid, shipping: 4.5 },
  source: { url: 'https://admin.shopify.com/store/sage-and-suds/orders', adapter: 'shopify', observedAt: NOW },
});

const annotated = (order: Order, rows: AnnotationRow[]) => {
  const { read, skipped } = parseAnnotations(rows, rules, NOW);
  return { order: read[0] === undefined ? order : withAnnotation(order, read[0].fields), skipped };
};

const mismatches = (order: Order) =>
  evaluate([order], buildContext([order]), NOW, DEFAULT_SETTINGS).findings.filter((f) => f.detector === 'amount-mismatch');

describe('Shopify admin order page', () => {
  it('is a page part of the Shopify console on its own pages only, which its order-list script does not read', () => {
    expect(annotationPageById('shopify-order')).toBe(shopifyOrder);
    expect([shopifyOrder.console, shopifyOrder.kind]).toEqual(['shopify', 'order']);
    // No host beyond the console's own: the admin opens an order without a page load.
    expect(shopifyOrder.matches).toEqual(shopify.matches);
    expect(testUrls.match.map((u) => shopifyOrder.isPage(new URL(u)))).toEqual([true, true, true]);
    expect(testUrls.noMatch.map((u) => shopifyOrder.isPage(new URL(u)))).toEqual(testUrls.noMatch.map(() => false));
    expect(testUrls.match.filter((u) => ADAPTERS.some((a) => a.isOrderList(new URL(u))))).toEqual([]);
  });

  it('reads the order name and the payment summary by its labels, with the tax row whole', () => {
    expect(rowsOf(page('order-1008.2026-11.html'))).toEqual([
      { position: 1, orderId: '#1008', texts: { subtotal: '$24.00', discount: '−$2.40', shipping: '$4.50', tax: 'NY State Tax 4%\n$0.90', total: '$27.00' } },
    ]);
    expect(rowsOf(page('order-1011.2026-11.html'))).toEqual([
      { position: 1, orderId: '#1011', texts: { subtotal: '$30.00', discount: '−$3.00', shipping: '$3.70', tax: 'Included\n$1.50', total: '$32.50' } },
    ]);
  });

  it('reads the same with every class stripped (the admin hashes them)', () => {
    const doc = page('order-1008.2026-11.html');
    for (const el of Array.from(doc.querySelectorAll('[class]'))) el.removeAttribute('class');
    expect(rowsOf(doc).map((r) => [r.orderId, r.texts.total, r.texts.discount])).toEqual([['#1008', '$27.00', '−$2.40']]);
  });

  it('reads nothing before the payment summary renders, nor on another admin page', () => {
    const doc = page('order-1008.2026-11.html');
    doc.querySelector('._PaymentSummary_3ak1t')!.remove();
    expect(rowsOf(doc)).toEqual([]);
  });

  it('a summary without discount or shipping rows reads them as not shown; a "Shipping address" heading elsewhere is not a row', () => {
    const doc = page('order-1008.2026-11.html');
    for (const label of ['Discount', 'Shipping']) {
      const cell = Array.from(doc.querySelectorAll('._PaymentSummary_3ak1t span')).find((s) => s.textContent === label)!;
      cell.parentElement!.remove();
    }
    expect(rowsOf(doc)[0]!.texts).toEqual({ subtotal: '$24.00', tax: 'NY State Tax 4%\n$0.90', total: '$27.00' });
  });

  it('fills the stored order\'s amounts: a clean order stays quiet, and the check says tax balanced it', () => {
    const { order, skipped } = annotated(listed('#1008', 27), rowsOf(page('order-1008.2026-11.html')));
    expect(skipped).toEqual([]);
    expect(order.money).toEqual({ currency: 'USD', paid: 27, subtotal: 24, discount: 2.4, shipping: 4.5, tax: 0.9 });
    expect(mismatches(order)).toEqual([]);
    expect(explanationsUsed(order, 1)).toEqual(['tax']);
    // Without the tax the page shows on top, the same amounts are 0.90 off.
    expect(mismatches({ ...order, money: { ...order.money, tax: undefined } }).map((f) => f.evidence['difference'])).toEqual([0.9]);
  });

  it('raises amount-mismatch when the summary\'s rows do not make its total; a tax included in the prices is not added', () => {
    const { order } = annotated({ ...listed('#1011', 32.5), status: 'shipped', statusRaw: 'Paid Fulfilled' }, rowsOf(page('order-1011.2026-11.html')));
    expect(order.money).toEqual({ currency: 'USD', paid: 32.5, subtotal: 30, discount: 3, shipping: 3.7 });
    expect(mismatches(order).map((f) => [f.severity, f.evidence['expected'], f.evidence['difference'], f.explanation.en, f.explanation.zh])).toEqual([
      [
        'P2',
        30.7,
        1.8,
        'Paid $32.50 but items $30.00 − discount $3.00 + shipping $3.70 = $30.70 ($1.80 more).',
        '实付 $32.50，但商品 $30.00 − 优惠 $3.00 + 运费 $3.70 = $30.70（多 $1.80）。',
      ],
    ]);
  });

  it('names a tax it tried when the amounts still do not add up', () => {
    const { order } = annotated(listed('#1008', 27), rowsOf(page('order-1008.2026-11.html')));
    const [finding] = mismatches({ ...order, money: { ...order.money, paid: 29 } });
    expect(finding!.evidence['tax']).toBe(0.9);
    expect(finding!.explanation.en).toBe('Paid $29.00 but items $24.00 − discount $2.40 + shipping $4.50 = $26.10 ($2.90 more). Counting the tax $0.90 shown does not close it.');
    expect(finding!.explanation.zh).toBe('实付 $29.00，但商品 $24.00 − 优惠 $2.40 + 运费 $4.50 = $26.10（多 $2.90）。计入后台显示的税费 $0.90后仍对不上。');
  });

  it('reads a subtotal shown after the discount, and a tax included without the word, by the reading that makes the total', () => {
    const row = (texts: AnnotationRow['texts']): AnnotationRow => ({ position: 1, orderId: '#1008', texts });
    // Shopify's own export writes the subtotal after discounts (Subtotal 21.60 + Shipping 4.50 + Taxes 0.90 = Total 27.00).
    const net = annotated(listed('#1008', 27), [row({ subtotal: '$21.60', discount: '−$2.40', shipping: '$4.50', tax: 'NY State Tax 4%\n$0.90', total: '$27.00' })]).order;
    expect(net.money).toEqual({ currency: 'USD', paid: 27, subtotal: 24, discount: 2.4, shipping: 4.5, tax: 0.9 });
    expect(mismatches(net)).toEqual([]);
    // A VAT store's prices include the tax: the total is the rows without it.
    const vat = annotated(listed('#1008', 33.7), [row({ subtotal: '$30.00', shipping: '$3.70', tax: 'VAT 20%\n$5.00', total: '$33.70' })]).order;
    expect(vat.money).toEqual({ currency: 'USD', paid: 33.7, subtotal: 30, discount: 0, shipping: 3.7 });
    expect(mismatches(vat)).toEqual([]);
    // A tax the page says is included is never put on top to make the total.
    const said = annotated(listed('#1008', 35), [row({ subtotal: '$30.00', tax: 'Included\n$5.00', total: '$35.00' })]).order;
    expect(said.money).toEqual({ currency: 'USD', paid: 35, subtotal: 30, discount: 0, shipping: 0 });
    expect(mismatches(said).map((f) => f.evidence['difference'])).toEqual([5]);
  });

  it('skips, with its reason, a summary with duties, tips or fees, amounts it cannot read, or another currency', () => {
    const row = (texts: AnnotationRow['texts']): AnnotationRow => ({ position: 1, orderId: '#1008', texts });
    const { skipped } = annotated(listed('#1008', 27), [row({ subtotal: '$24.00', total: '$30.00', otherCharges: 'Tip' })]);
    expect(skipped).toEqual([{ row: 1, orderId: '#1008', reason: 'shows Tip, which the amount check does not count' }]);
    expect(annotated(listed('#1008', 27), [row({ subtotal: '$24.00' })]).skipped[0]!.reason).toBe('shows no subtotal and total');
    expect(annotated(listed('#1008', 27), [row({ subtotal: '$24.00', total: 'free' })]).skipped[0]!.reason).toBe("total 'free' is not an amount");
    expect(annotated(listed('#1008', 27), [row({ subtotal: '€24.00', total: '$27.00' })]).skipped[0]!.reason).toBe('its amounts are in several currencies (EUR, USD)');
    // Amounts in another currency than the stored order's are not mixed into it.
    const euro = annotated(listed('#1008', 27), [row({ subtotal: '€24.00', total: '€27.00' })]);
    expect([euro.skipped, euro.order.money]).toEqual([[], { currency: 'USD', paid: 27, shipping: 4.5 }]);
  });

  it('reads a row named Duties, Tip or Additional fees in the summary as a charge it does not count', () => {
    const doc = page('order-1008.2026-11.html');
    const tax = Array.from(doc.querySelectorAll('._PaymentSummary_3ak1t span')).find((s) => s.textContent === 'Taxes')!.parentElement!;
    const tip = doc.createElement('div');
    for (const text of ['Tip', '$2.00']) tip.appendChild(doc.createElement('span')).textContent = text;
    tax.after(tip);
    expect(rowsOf(doc)[0]!.texts.otherCharges).toBe('Tip');
  });
});
