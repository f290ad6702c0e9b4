// Amazon Seller Central's Buyer-Seller Messages, served at its real URL in its "Response needed"
// view: the seller reads Manage Orders first, then opens the inbox. Only the inbox shows that the
// buyer of a delivered order wrote and was not answered (the thread names the order), so only then
// does the built extension open message-unanswered on it: past Amazon's 24 hours, P1. A thread of an
// order not read yet waits for it; a thread about no order is counted, not guessed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, popupPageStatus, readBadges, readStore, serveFixtures, until, withExtension } from './browser.mjs';

const ALL_ORDERS = 'https://sellercentral.amazon.com/orders-v3?page=1';
const INBOX = 'https://sellercentral.amazon.com/messaging/inbox';
/** The same view after the seller answered the first thread: it is gone from the list. */
const INBOX_LATER = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded';
const ASKED = '113-1112223-3344455';
const UNREAD = '114-0009998-8877766';

test('Amazon Buyer-Seller Messages: a buyer left unanswered for more than 24 h raises message-unanswered (P1) on the order read from Manage Orders', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [ALL_ORDERS]: fixture('amazon', 'manage-orders.2026-11.html'),
      [INBOX]: fixture('amazon-messages', 'inbox-response-needed.2026-12.html'),
      [INBOX_LATER]: fixture('amazon-messages', 'inbox-response-needed.2026-12.html').replace(/<div class="thread-row a-row">\s*<span class="a-size-small thread-buyername">Aiko Tanaka<\/span>[\s\S]*?<\/div>/, ''),
    });
    const orders = async () => (await readStore(b.worker, [['orders', 'getAll']]))[0];
    const casesOf = async (id) => (await readStore(b.worker, [['cases', 'getAll']]))[0].filter((c) => c.orderId === id).map((c) => [c.detector, c.severity, c.explanation.en]);

    const page = await b.context.newPage();
    await page.goto(ALL_ORDERS);
    await readBadges(page);
    const fromList = await until(async () => (await orders()).find((o) => o.orderId === ASKED));
    assert.deepEqual([fromList.status, fromList.buyerMessageAt], ['delivered', undefined]);
    assert.deepEqual(await casesOf(ASKED), []);

    const inbox = await b.context.newPage();
    await inbox.goto(INBOX);
    const asked = await until(async () => {
      const o = (await orders()).find((x) => x.orderId === ASKED);
      return o?.buyerMessageAt === undefined ? undefined : o;
    });
    // "11/24/2026 10:15 PM PST"
    assert.deepEqual([new Date(asked.buyerMessageAt).toISOString(), asked.sellerReplyAt, asked.buyerMessage, asked.buyer], [
      '2026-11-25T06:15:00.000Z', undefined, 'Inquiry from Amazon customer Aiko Tanaka (Order: 113-1112223-3344455)', 'Aiko Tanaka',
    ]);
    assert.deepEqual(await until(async () => ((await casesOf(ASKED)).length > 0 ? casesOf(ASKED) : undefined)), [
      ['message-unanswered', 'P1', 'The buyer wrote with no reply since; Amazon expects a reply within 24 h — the window has passed.'],
    ]);
    assert.equal((await orders()).some((o) => o.orderId === UNREAD), false);
    assert.equal(await popupPageStatus(b, INBOX), 'Read 2 orders, 1 row skipped:');

    await page.reload();
    const badges = await readBadges(page, { atLeast: 2 });
    assert.deepEqual(badges.find(([id]) => id === ASKED), [ASKED, 'message-unanswered', 'P1']);
    const text = await page.locator(`[data-os-order-id="${ASKED}"]`).evaluate((host) => host.shadowRoot.querySelector('.badge').textContent);
    assert.match(text, /^P1 Unanswered message · /);

    // The seller answers; the inbox's one page of threads awaiting a reply no longer lists it: the case clears.
    const readAt = Date.now();
    await inbox.goto(INBOX_LATER);
    const answered = await until(async () => {
      const o = (await orders()).find((x) => x.orderId === ASKED);
      return o?.sellerReplyAt === undefined ? undefined : o;
    });
    assert.ok(answered.sellerReplyAt >= readAt && answered.sellerReplyAt <= Date.now(), 'answered by the time the inbox was read');
    const cleared = await until(async () => {
      const c = (await readStore(b.worker, [['cases', 'getAll']]))[0].find((x) => x.orderId === ASKED);
      return c?.conditionCleared ? c : undefined;
    });
    assert.deepEqual([cleared.detector, cleared.conditionCleared], ['message-unanswered', true]);
    await page.reload();
    await page.waitForTimeout(1500);
    assert.equal(await page.locator(`[data-os-order-id="${ASKED}"]`).count(), 0);
  }));

test('Amazon Buyer-Seller Messages: read health says an empty Response needed view has no messages waiting, an inbox whose threads are not found that its layout may have changed, and another view which view is read', () =>
  withExtension(async (b) => {
    const saved = fixture('amazon-messages', 'inbox-response-needed.2026-12.html');
    const NONE = 'https://sellercentral.amazon.com/messaging/inbox';
    const CHANGED = 'https://sellercentral.amazon.co.uk/messaging/inbox';
    const ALL_VIEW = 'https://sellercentral.amazon.de/messaging/inbox';
    await serveFixtures(b.context, {
      [ALL_VIEW]: saved.replace('>Response needed<', '>All Messages<'),
      [NONE]: saved.replace(/<div id="threads-list">[\s\S]*?<\/div>\s*<div id="pagination-box">[\s\S]*?<\/div>/, '<div id="threads-list"></div><p>No messages</p>'),
      [CHANGED]: saved.replace(/<span id="current-filter-text"[^>]*>Response needed<\/span>/, '<span>Response needed</span>').replace(/<div id="threads-list">[\s\S]*?<\/div>\s*<div id="pagination-box">/, '<div id="pagination-box">'),
    });
    for (const url of [NONE, CHANGED]) await (await b.context.newPage()).goto(url);
    const healthOnce = (url, expected) => until(async () => ((await popupPageStatus(b, url)) === expected ? expected : undefined));
    const none = 'No messages waiting for your reply on this page.';
    assert.equal(await healthOnce(NONE, none), none);
    const changed = 'No message list found on this page: the layout may have changed.';
    assert.equal(await healthOnce(CHANGED, changed), changed);
    // "All Messages": a thread's time there may be the seller's reply, so the view is not read, and read health says which is.
    await (await b.context.newPage()).goto(ALL_VIEW);
    const other = 'This view is not read: open the messages waiting for your reply (on Amazon, “Response needed”).';
    assert.equal(await healthOnce(ALL_VIEW, other), other);
  }));
