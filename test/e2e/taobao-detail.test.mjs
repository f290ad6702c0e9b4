// Taobao's order detail page, served at its real URL: the seller reads 已卖出的宝贝 first, then
// opens one shipped order's 详情. Only the detail page shows the carrier and tracking number (in
// the data it writes into its own script), so only then does the built extension see that the
// ZTO number is a digit short and raise tracking-invalid, while everything the list showed stays.
// Broken, oversized and hostile detail pages break nothing, and the extension makes no request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, launchWithExtension, popupPageStatus, readBadges, readStore, requestsFromExtension, serveFixtures } from './browser.mjs';

// Lets Playwright report requests made by the extension's service worker too (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const LIST = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const DETAIL_OF = (id) => `https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${id}`;
const SHIPPED = '3712811122233344455';
const detailPage = fixture('pagedata', 'taobao-detail-shipped.2026-11.html');

/** A detail page whose script holds `literal` as its order data. */
const pageWith = (literal) => detailPage.replace(/var data = JSON\.parse\('.*'\);/, () => `var data = JSON.parse('${literal}');`);

// Pages that must change nothing: no JSON, 5 MB of data, and data that tries to reach the page's
// prototype or carry markup (each for an order of its own, so any write would show).
const BROKEN = {
  '3712800000000000001': pageWith('{\\"mainOrder\\":{\\"id\\":\\"3712800000000000001\\",'),
  '3712800000000000002': pageWith(`{\\"mainOrder\\":{\\"id\\":\\"3712800000000000002\\",\\"note\\":\\"${'x'.repeat(5 * 1024 * 1024)}\\"}}`),
  '3712800000000000003': pageWith('{\\"__proto__\\":{\\"polluted\\":1},\\"mainOrder\\":{\\"id\\":\\"3712800000000000003\\",\\"statusInfo\\":{\\"text\\":\\"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\"},\\"payInfo\\":{\\"actualFee\\":{\\"value\\":1e309}}}}'),
};

test('Taobao order detail: the tracking number only the detail page shows raises tracking-invalid on an order first read from the list', async () => {
  const b = await launchWithExtension();
  const fromExtension = requestsFromExtension(b);
  try {
    await serveFixtures(b.context, {
      [LIST]: fixture('taobao', 'sold-items.2026-11.html'),
      [DETAIL_OF(SHIPPED)]: detailPage,
      ...Object.fromEntries(Object.entries(BROKEN).map(([id, html]) => [DETAIL_OF(id), html])),
    });
    const stored = async () => (await readStore(b.worker, [['orders', 'getAll']]))[0].find((o) => o.orderId === SHIPPED);
    const casesOf = async (id) => (await readStore(b.worker, [['cases', 'getAll']]))[0].filter((c) => c.orderId === id).map((c) => [c.detector, c.severity]);
    const until = async (check) => {
      for (let i = 0; i < 150; i++) {
        const value = await check();
        if (value) return value;
        await new Promise((r) => setTimeout(r, 100));
      }
      return undefined;
    };

    // The list: the shipped order is read with its buyer and items, but no carrier or number.
    const page = await b.context.newPage();
    await page.goto(LIST);
    await readBadges(page);
    const fromList = await until(stored);
    assert.deepEqual([fromList.status, fromList.buyer, fromList.carrier, fromList.trackingNo], ['shipped', '山间清风2018', undefined, undefined]);
    assert.deepEqual(await casesOf(SHIPPED), []);

    // The detail page: its carrier and number arrive, and the number does not fit ZTO's 12–14 digits.
    const detail = await b.context.newPage();
    await detail.goto(DETAIL_OF(SHIPPED));
    const fromDetail = await until(async () => {
      const o = await stored();
      return o?.trackingNo === undefined ? undefined : o;
    });
    assert.deepEqual([fromDetail.carrier, fromDetail.trackingNo, fromDetail.buyerMessage], ['中通快递', '73112233445', '周末家里没人，麻烦放丰巢柜，谢谢']);
    assert.equal(new Date(fromDetail.paidAt).toISOString(), '2026-11-21T01:31:47.000Z');
    // What only the list showed is kept: the buyer, each item's SKU and price.
    assert.equal(fromDetail.buyer, '山间清风2018');
    assert.deepEqual(fromDetail.items, [
      { title: '艾草精油皂 3块装 家庭装', sku: '颜色分类：艾草', quantity: 1, unitPrice: 45 },
      { title: '手工皂起泡网 双层', sku: '颜色分类：白色', quantity: 2, unitPrice: 5 },
    ]);
    assert.deepEqual(await until(async () => ((await casesOf(SHIPPED)).length > 0 ? casesOf(SHIPPED) : undefined)), [['tracking-invalid', 'P1']]);
    // The popup on the detail tab says the page's order was read (not that a list is empty).
    assert.equal(await popupPageStatus(b, DETAIL_OF(SHIPPED)), 'Read 1 order');

    // Back on the list, the seller sees it on the order's row.
    await page.reload();
    const badges = await readBadges(page);
    assert.deepEqual(badges.find(([id]) => id === SHIPPED), [SHIPPED, 'tracking-invalid', 'P1']);

    // Broken, 5 MB and hostile detail pages: the page keeps working, nothing is written.
    for (const id of Object.keys(BROKEN)) {
      await detail.goto(DETAIL_OF(id));
      assert.equal(await detail.title(), '交易详情');
      assert.equal(await detail.evaluate(() => ({}).polluted), undefined);
    }
    await detail.waitForTimeout(1000);
    const all = (await readStore(b.worker, [['orders', 'getAll']]))[0];
    assert.deepEqual(all.filter((o) => o.orderId.startsWith('37128000000000000')).map((o) => o.orderId), []);

    assert.deepEqual(fromExtension, []);
  } finally {
    await b.close();
  }
});
