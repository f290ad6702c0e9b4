// Amazon Seller Central's Feedback Manager, served at its real URL: the seller reads Manage Orders
// first, then opens Feedback Manager. Only Feedback Manager shows the 1-star feedback of a delivered
// order (by its order ID), so only then does the built extension open a negative-review case, and
// the seller sees it on the order's row. A rating out of 1–5 is reported and skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, popupPageStatus, readBadges, readStore, serveFixtures, tabIdOf, until, withExtension } from './browser.mjs';

const ALL_ORDERS = 'https://sellercentral.amazon.com/orders-v3?page=1';
const FEEDBACK = 'https://sellercentral.amazon.com/feedback-manager/index.html';
const RATED_ONE = '113-1112223-3344455';

test('Amazon Feedback Manager: the 1-star feedback of an order read from Manage Orders raises negative-review (P2) on its row', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [ALL_ORDERS]: fixture('amazon', 'manage-orders.2026-11.html'),
      [FEEDBACK]: fixture('amazon-feedback', 'feedback-manager.2026-12.html'),
    });
    const orders = async () => (await readStore(b.worker, [['orders', 'getAll']]))[0];
    const casesOf = async (id) => (await readStore(b.worker, [['cases', 'getAll']]))[0].filter((c) => c.orderId === id).map((c) => [c.detector, c.severity, c.explanation.en]);

    const page = await b.context.newPage();
    await page.goto(ALL_ORDERS);
    await readBadges(page);
    const fromList = await until(async () => (await orders()).find((o) => o.orderId === RATED_ONE));
    assert.deepEqual([fromList.status, fromList.buyer, fromList.rating], ['delivered', 'Aiko Tanaka', undefined]);
    assert.deepEqual(await casesOf(RATED_ONE), []);

    const feedback = await b.context.newPage();
    await feedback.goto(FEEDBACK);
    const rated = await until(async () => {
      const o = (await orders()).find((x) => x.orderId === RATED_ONE);
      return o?.rating === undefined ? undefined : o;
    });
    // "11/25/2026" is the start of that day in Los Angeles.
    assert.deepEqual([rated.rating, rated.review, new Date(rated.reviewedAt).toISOString(), rated.buyer], [1, 'Arrived broken and the bag was torn. Very disappointed.', '2026-11-25T08:00:00.000Z', 'Aiko Tanaka']);
    assert.deepEqual(await until(async () => ((await casesOf(RATED_ONE)).length > 0 ? casesOf(RATED_ONE) : undefined)), [
      ['negative-review', 'P2', 'A negative review on Amazon: rated 1 of 5 stars (negative at 2 or fewer) and the review says “broken”, “disappointed”; answer or explain it while the buyer can still change it.'],
    ]);
    assert.equal(await popupPageStatus(b, FEEDBACK), "Read 3 orders, 1 row skipped:row 4 (112-9876543-2101234): rating '7' is not 1–5 stars");

    await page.reload();
    const badges = await readBadges(page, { atLeast: 2 });
    assert.deepEqual(badges.find(([id]) => id === RATED_ONE), [RATED_ONE, 'negative-review', 'P2']);
    const text = await page.locator(`[data-os-order-id="${RATED_ONE}"]`).evaluate((host) => host.shadowRoot.querySelector('.badge').textContent);
    assert.equal(text, 'P2 Negative review');
  }));

/** The popup's read health of `url` once it says `expected`: a page says it found no list only after it had time to render. */
const healthOnce = (b, url, expected) => until(async () => ((await popupPageStatus(b, url)) === expected ? expected : undefined));

test('Amazon Feedback Manager: read health says a page shows no feedback, a page whose list is not found, and a list read by meaning', () =>
  withExtension(async (b) => {
    const saved = fixture('amazon-feedback', 'feedback-manager.2026-12.html');
    const NONE = 'https://sellercentral.amazon.com/feedback-manager/index.html';
    const CHANGED = 'https://sellercentral.amazon.de/feedback-manager/index.html';
    const BARE = 'https://sellercentral.amazon.co.uk/feedback-manager/index.html';
    await serveFixtures(b.context, {
      [NONE]: saved.replace(/<kat-table-body>[\s\S]*<\/kat-table-body>/, '<kat-table-body></kat-table-body>').replace('<h3>Recent Feedback</h3>', '<h3>Recent Feedback</h3><p>You have not received any feedback</p>'),
      [CHANGED]: '<!doctype html><meta charset="utf-8"><title>Feedback Manager</title><div id="sc-content-container"><h2>Feedback Manager</h2><p>Loading…</p></div>',
      [BARE]: saved.replace(/ class="[^"]*"/g, ''),
    });
    for (const url of [NONE, CHANGED, BARE]) await (await b.context.newPage()).goto(url);

    assert.equal(await healthOnce(b, NONE, 'No reviews on this page.'), 'No reviews on this page.');
    const changed = 'No review list found on this page: the layout may have changed.';
    assert.equal(await healthOnce(b, CHANGED, changed), changed);

    // Every class gone: the rows are read by meaning, and read health says the layout changed.
    const bare = "Read 3 orders, 1 row skipped:row 4 (112-9876543-2101234): rating '7' is not 1–5 stars";
    assert.equal(await healthOnce(b, BARE, bare), bare);
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdOf(b.worker, BARE)}`);
    assert.equal(await popup.locator('[data-testid="page-by-structure"]').textContent(), "Read by the page's structure: this console's layout has changed. Check a few orders against the page.");
  }));

test('Amazon Feedback Manager: once the seller answers the buyer after the 1-star feedback (its Buyer-Seller Messages thread leaves "Response needed"), negative-review drops to a P3 follow-up', () =>
  withExtension(async (b) => {
    const INBOX = 'https://sellercentral.amazon.com/messaging/inbox';
    const INBOX_LATER = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded';
    const inboxPage = fixture('amazon-messages', 'inbox-response-needed.2026-12.html');
    await serveFixtures(b.context, {
      [ALL_ORDERS]: fixture('amazon', 'manage-orders.2026-11.html'),
      [FEEDBACK]: fixture('amazon-feedback', 'feedback-manager.2026-12.html'),
      [INBOX]: inboxPage,
      // The same view after the seller answered Aiko Tanaka's thread: it is gone from the list.
      [INBOX_LATER]: inboxPage.replace(/<div class="thread-row a-row">\s*<span class="a-size-small thread-buyername">Aiko Tanaka<\/span>[\s\S]*?<\/div>/, ''),
    });
    const orderOf = async () => (await readStore(b.worker, [['orders', 'getAll']]))[0].find((o) => o.orderId === RATED_ONE);
    const reviewCase = async () => (await readStore(b.worker, [['cases', 'getAll']]))[0].find((c) => c.orderId === RATED_ONE && c.detector === 'negative-review');

    const page = await b.context.newPage();
    await page.goto(ALL_ORDERS);
    await readBadges(page);
    await until(orderOf);
    // The buyer wrote on 11/24 and left 1 star on 11/25; nothing answered yet.
    await (await b.context.newPage()).goto(INBOX);
    await until(async () => ((await orderOf())?.buyerMessageAt === undefined ? undefined : true));
    await (await b.context.newPage()).goto(FEEDBACK);
    const asking = await until(async () => {
      const c = await reviewCase();
      return c === undefined ? undefined : c;
    });
    assert.deepEqual([asking.severity, asking.evidence.reviewedAt, asking.evidence.repliedAt], ['P2', '2026-11-25T08:00:00.000Z', null]);

    // The seller answers; the inbox no longer lists the thread, so a reply after the review is read.
    const readAt = Date.now();
    await (await b.context.newPage()).goto(INBOX_LATER);
    const following = await until(async () => {
      const c = await reviewCase();
      return c?.severity === 'P3' ? c : undefined;
    });
    assert.equal(following.status, 'open');
    assert.ok(Date.parse(following.evidence.repliedAt) >= readAt - 1000, 'the reply is the one read after the review');
    assert.equal(
      following.explanation.en,
      'A negative review on Amazon: rated 1 of 5 stars (negative at 2 or fewer) and the review says “broken”, “disappointed”; you have answered the buyer since the review, so nothing needs a reply now: check later whether the buyer changed it.',
    );
    assert.equal(following.explanation.zh, '亚马逊差评：评分 1 星（2 星及以下为差评），评价中有“broken”、“disappointed”；评价之后您已回复买家，暂无需再回复：稍后查看买家是否修改了评价。');

    await page.reload();
    const badges = await readBadges(page, { atLeast: 1 });
    assert.deepEqual(badges.find(([id]) => id === RATED_ONE), [RATED_ONE, 'negative-review', 'P3']);
  }));
