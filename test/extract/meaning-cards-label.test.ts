// @vitest-environment happy-dom
// A date's label word followed by no date is some other text: on Walmart's order cards a line's
// status "Created" stands over the item's name, and the card's unlabelled date is its order time
// (lib/extract/meaning.ts labelledFields; test/corpus/render/heldout6.mjs cites the page).
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../lib/extract';
import { genericAdapter } from '../../lib/extract/generic';

const NOW = Date.UTC(2026, 11, 7, 18, 0, 0);
const URL = 'https://seller.example.com/orders';

function card(i: number, line: string): string {
  return (
    `<div><div><span>PO # </span><a href="#">19296045592${10 + i}</a></div>` +
    `<div>Dec ${i}, 2026, 8:${10 + i} AM</div>` +
    `<div><span>${line}</span><span>Wireless earbuds</span><span>$${30 + i}.00</span><span>x1</span></div>` +
    `<div>Order total $${30 + i}.00</div></div>`
  );
}

describe('order cards with a line status shaped like a date label', () => {
  it('reads each card at its own order time, whether its line says Created or Delivered', () => {
    const cards = [1, 2, 3, 4, 5, 6].map((i) => card(i, i % 2 === 0 ? 'Created' : 'Delivered'));
    const doc = new DOMParser().parseFromString(`<!doctype html><html lang="en-US"><body><main>${cards.join('')}</main></body></html>`, 'text/html');
    const read = readOrders(genericAdapter({ language: 'en-US', timeZone: 'America/New_York' }), doc, { url: URL, now: NOW });
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((r) => [r.order.orderId, r.order.placedAt])).toEqual(
      [1, 2, 3, 4, 5, 6].map((i) => [`19296045592${10 + i}`, Date.UTC(2026, 11, i, 13, 10 + i)]),
    );
  });
});
