// Amazon Seller Central › Manage Orders with a buyer's cancel request, served at its real URL: the
// built extension reads the "Buyer cancellation …" line under the order's status, and once the request
// has waited past cancel-pending's 12 h with nobody acting it is raised on that order only; the same
// buyer's same item ordered twice within the hour is raised as a duplicate at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, readBadges, readStore, serveFixtures, withExtension } from './browser.mjs';

const DAY = 86_400_000;
const UNSHIPPED = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1';

/** The stored cases, as [order, check, priority, what the seller reads], sorted by order then check. */
async function storedCases(b) {
  const [cases] = await readStore(b.worker, [['cases', 'getAll']]);
  return cases
    .map((c) => [c.orderId, c.detector, c.severity, c.explanation.en])
    .sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
}

/** The stored cases once `check` holds for them, failing after 20 s with what it waited for. */
async function casesWhen(b, check, what) {
  for (let i = 0; i < 100; i++) {
    const cases = await storedCases(b);
    if (check(cases)) return cases;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A day passes in the service worker with nobody acting, and its periodic re-check runs at once. */
async function aDayPasses(b) {
  await b.worker.evaluate(async (ms) => {
    const real = Date.now.bind(Date);
    Date.now = () => real() + ms;
    // Unpacked extensions may set an alarm this close; it is the extension's own re-check alarm.
    await chrome.alarms.create('reevaluate', { when: real() + 100 });
  }, DAY);
}

test("Amazon Manage Orders: a buyer's cancel request left for a day is raised on its order, and a repeated order at once", () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, { [UNSHIPPED]: fixture('amazon', 'manage-orders-cancel.2026-11.html') });
    const page = await b.context.newPage();
    await page.goto(UNSHIPPED);
    // Ship by Nov 26, long passed: every order is late; the later of Grace Whitfield's two orders is a repeat.
    assert.deepEqual(await readBadges(page, { atLeast: 3 }), [
      ['111-2030405-0607080', 'ship-deadline', 'P1'],
      ['112-2030405-0607999', 'ship-deadline duplicate-order', 'P1'],
      ['113-7001122-3344556', 'ship-deadline', 'P1'],
    ]);
    const [orders] = await readStore(b.worker, [['orders', 'getAll']]);
    assert.deepEqual(
      orders.map((o) => [o.orderId, o.status, o.statusRaw]).sort((x, y) => x[0].localeCompare(y[0])),
      [
        ['111-2030405-0607080', 'awaiting_shipment', 'Unshipped'],
        ['112-2030405-0607999', 'awaiting_shipment', 'Unshipped'],
        ['113-7001122-3344556', 'awaiting_shipment', 'UnshippedBuyer cancellation requestedCancellation reason: Order Created by Mistake'],
      ],
    );
    // The request was first seen just now: nothing to raise for it yet.
    const first = await casesWhen(b, (cases) => cases.some((c) => c[1] === 'duplicate-order'), 'the duplicate-order case');
    assert.deepEqual(first.filter((c) => c[1] === 'cancel-pending'), []);

    await aDayPasses(b);
    const later = await casesWhen(b, (cases) => cases.some((c) => c[1] === 'cancel-pending'), 'the cancel-pending case');
    assert.deepEqual(
      later.filter((c) => c[1] !== 'ship-deadline'),
      [
        ['112-2030405-0607999', 'duplicate-order', 'P2', 'Same buyer and same items as order 111-2030405-0607080, placed 39 min earlier (window 24 h).'],
        [
          '113-7001122-3344556',
          'cancel-pending',
          'P2',
          'A cancellation request ("cancellation requested") was first seen more than 12 h ago and nothing has happened since — confirm the cancellation and refund before the order ships.',
        ],
      ],
    );
  }));
