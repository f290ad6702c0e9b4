// Pinduoduo's 评价管理, served at its real URL: the seller reads 订单查询 first, then opens the review
// list. Only the review page shows the 1-star review of a delivered order (it names the order by
// 订单编号 only), so only then does the built extension open a negative-review case on it, and the
// seller sees the badge on the order list. A review of an order not read yet waits for its order;
// a review whose time cannot be read is reported and skipped; the extension makes no request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, popupPageStatus, readBadges, readStore, requestsFromExtension, serveFixtures, until, withExtension } from './browser.mjs';

// Lets Playwright report requests made by the extension's service worker too (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const ORDER_LIST = 'https://mms.pinduoduo.com/orders/list?msfrom=mms_sidenav';
const REVIEWS = 'https://mms.pinduoduo.com/goods/evaluation/index?msfrom=mms_sidenav';
const RATED_ONE = '241118-258288801122334';
const RATED_FIVE = '241121-258309912233445';
const UNREAD = '241110-258200011122233';

test('Pinduoduo 评价管理: the 1-star review of an order read from 订单查询 raises negative-review (P2, 差评) on its row', () =>
  withExtension(async (b) => {
    const fromExtension = requestsFromExtension(b);
    await serveFixtures(b.context, {
      [ORDER_LIST]: fixture('pinduoduo', 'orders-list.2026-11.html'),
      [REVIEWS]: fixture('pinduoduo-reviews', 'evaluation.2026-12.html'),
    });
    const orders = async () => (await readStore(b.worker, [['orders', 'getAll']]))[0];
    const casesOf = async (id) => (await readStore(b.worker, [['cases', 'getAll']]))[0].filter((c) => c.orderId === id).map((c) => [c.detector, c.severity]);

    // The list: the delivered order is read with no rating, and has no case.
    const page = await b.context.newPage();
    await page.goto(ORDER_LIST);
    await readBadges(page);
    const fromList = await until(async () => (await orders()).find((o) => o.orderId === RATED_ONE));
    assert.deepEqual([fromList.status, fromList.buyer, fromList.rating, fromList.review], ['delivered', '木子李', undefined, undefined]);
    assert.deepEqual(await casesOf(RATED_ONE), []);

    // The review page: its stars, text and time are merged into the stored orders.
    const reviews = await b.context.newPage();
    await reviews.goto(REVIEWS);
    const rated = await until(async () => {
      const o = (await orders()).find((x) => x.orderId === RATED_ONE);
      return o?.rating === undefined ? undefined : o;
    });
    assert.deepEqual([rated.rating, rated.review, new Date(rated.reviewedAt).toISOString()], [1, '收到就是坏的，外壳破损，很失望', '2026-11-24T11:05:12.000Z']);
    // What the list showed stays.
    assert.deepEqual([rated.status, rated.buyer, rated.money.paid], ['delivered', '木子李', 78]);
    assert.equal((await orders()).find((o) => o.orderId === RATED_FIVE).rating, 5);
    assert.deepEqual(await until(async () => ((await casesOf(RATED_ONE)).length > 0 ? casesOf(RATED_ONE) : undefined)), [['negative-review', 'P2']]);
    assert.deepEqual(await casesOf(RATED_FIVE), []);
    // The order not read yet is not invented; its review waits for it.
    assert.equal((await orders()).some((o) => o.orderId === UNREAD), false);
    const waiting = await b.worker.evaluate(async () => (await chrome.storage.local.get('pendingAnnotations')).pendingAnnotations);
    assert.deepEqual(waiting.map((p) => [p.orderId, p.fields.rating]), [[UNREAD, 2]]);
    // Read health: three reviews read; the one with an impossible time and the one with no order number skipped.
    assert.equal(await popupPageStatus(b, REVIEWS), 'Read 3 orders, 2 rows skipped:row 4 (241117-258280099887766): review time \'2026-13-45 25:00:00\' is not a date and time');

    // Back on the list, the seller sees it on the order's row, titled in the seller's words.
    await page.reload();
    const badges = await readBadges(page, { atLeast: 2 });
    assert.deepEqual(badges.find(([id]) => id === RATED_ONE), [RATED_ONE, 'negative-review', 'P2']);
    const text = await page.locator(`[data-os-order-id="${RATED_ONE}"]`).evaluate((host) => host.shadowRoot.querySelector('.badge').textContent);
    assert.match(text, /^P2 (Negative review|差评)$/);

    assert.deepEqual(fromExtension, []);
  }));

test('Pinduoduo 评价管理: read health says a review list showing 暂无数据 has no reviews, and a page without the list that its layout may have changed', () =>
  withExtension(async (b) => {
    const saved = fixture('pinduoduo-reviews', 'evaluation.2026-12.html');
    const CHANGED = 'https://mms.pinduoduo.com/goods/evaluation/index';
    await serveFixtures(b.context, {
      [REVIEWS]: saved.replace(/(<tbody[^>]*>)[\s\S]*<\/tbody>/, '$1</tbody>').replace('共 5 条', '暂无数据'),
      [CHANGED]: saved.replace(/<div class="TB_outerWrapper[\s\S]*<\/table>\s*<\/div>/, '<div>加载中</div>').replace('共 5 条', ''),
    });
    for (const url of [REVIEWS, CHANGED]) await (await b.context.newPage()).goto(url);
    const healthOnce = (url, expected) => until(async () => ((await popupPageStatus(b, url)) === expected ? expected : undefined));
    assert.equal(await healthOnce(REVIEWS, 'No reviews on this page.'), 'No reviews on this page.');
    const changed = 'No review list found on this page: the layout may have changed.';
    assert.equal(await healthOnce(CHANGED, changed), changed);
  }));
