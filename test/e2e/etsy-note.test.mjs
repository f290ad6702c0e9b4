// Etsy Orders & Shipping with notes from buyers, served at its real URL: the built extension reads the
// note on each order card, and a note asking to ship to a new address raises address-issue (P2) on
// that order while an ordinary gift note raises nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedRows, fixture, readBadges, readStore, serveFixtures, sidePanelCases, until, withExtension } from './browser.mjs';

const NEW = 'https://www.etsy.com/your/orders/sold/new?ref=seller-platform-mcnav';

test("Etsy Orders & Shipping: a buyer's note asking for a new address raises address-issue on its order", () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, { [NEW]: fixture('etsy', 'sold-note.2026-12.html') });
    const page = await b.context.newPage();
    await page.goto(NEW);
    // Ship by Nov 28 and Nov 29 (the end of those days in New York), long passed: one badge per order, its most urgent severity.
    assert.deepEqual(await readBadges(page, { atLeast: 2 }), [
      ['3013100001', 'ship-deadline address-issue', 'P1'],
      ['3013100002', 'ship-deadline', 'P1'],
    ]);

    // The read's writes land after its badges are drawn: wait for the case itself.
    const [orders, cases] = await until(async () => {
      const read = await readStore(b.worker, [['orders', 'getAll'], ['cases', 'getAll']]);
      return read[1].some((c) => c.detector === 'address-issue') ? read : undefined;
    });
    assert.deepEqual(
      orders.map((o) => [o.orderId, o.buyerMessage]).sort(),
      [
        ['3013100001', 'Please ship to my new address: 88 Orchard St, Apt 4B, Portland, OR 97205. The one on my account is where I lived before.'],
        ['3013100002', 'It is a birthday gift, please leave the price off the packing slip.'],
      ],
    );
    assert.deepEqual(
      cases.filter((c) => c.detector === 'address-issue').map((c) => [c.orderId, c.severity, c.evidence.keyword, c.explanation.en, c.explanation.zh]),
      [
        [
          '3013100001',
          'P2',
          'new address',
          'The buyer asked to change the address after paying ("new address") — settle it with the buyer before shipping (the ship-by deadline has passed).',
          '买家付款后要求修改地址（“new address”），请在发货前与买家确认（发货时限已过）。',
        ],
      ],
    );
    // The side panel lists each case on its own.
    assert.deepEqual(
      await sidePanelCases(b),
      expectedRows([
        ['3013100001', 'ship-deadline', 'P1'],
        ['3013100001', 'address-issue', 'P2'],
        ['3013100002', 'ship-deadline', 'P1'],
      ]),
    );
  }));
