// The independent console pages (test/fixtures/independent: Taobao's 已卖出的宝贝, Pinduoduo's 订单查询
// and JD's 订单管理, two layouts each, written from public descriptions, not fitted to the adapters)
// served at the consoles' real URLs, read by the built extension's content scripts as a seller's
// browser would read them: no order the pages do not show is ever stored.
//
// Measured 2026-12-07 through the built extension (orders stored exactly / shown, false orders;
// the same as readOrders under happy-dom, test/extract/independent.test.ts):
//   taobao-table 1/10, taobao-grid 6/8, pinduoduo-table 0/12 (popup: 12 rows skipped, no order time),
//   pinduoduo-blocks 6/7, jd-blocks 0/9 (popup: 1 row skipped, no paid amount), jd-grid 7/8; 0 false.
// No page reads every order exactly through the extension yet, so none is asserted exactly here;
// why each falls short is in test/extract/independent.test.ts's top comment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { popupPageStatus, readStore, serveFixtures, withExtension } from './browser.mjs';

/** Each page at a URL its console's adapter matches (two per console, as sellers open them). */
const PAGES = {
  'taobao-table': 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm',
  'taobao-grid': 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
  'pinduoduo-table': 'https://mms.pinduoduo.com/orders/list',
  'pinduoduo-blocks': 'https://mms.pinduoduo.com/orders/list?tab=1',
  'jd-blocks': 'https://shop.jd.com/jdm/trade/orders/order-list',
  'jd-grid': 'https://porder.shop.jd.com/order/orderlist/allOrders',
};
/** The stored orders once two reads 400 ms apart agree: the background stores a read after the popup can tell it. */
async function settledOrders(worker) {
  let [last] = await readStore(worker, [['orders', 'getAll']]);
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 400));
    const [now] = await readStore(worker, [['orders', 'getAll']]);
    if (now.length === last.length) return now;
    last = now;
  }
  return last;
}
const page = (name, ext) => readFileSync(new URL(`../fixtures/independent/${name}.${ext}`, import.meta.url), 'utf8');

test('independent console pages at their real URLs: the extension stores no order they do not show', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, Object.fromEntries(Object.entries(PAGES).map(([name, url]) => [url, page(name, 'html')])));
    const tab = await b.context.newPage();
    const shown = new Set();
    for (const [name, url] of Object.entries(PAGES)) {
      for (const o of JSON.parse(page(name, 'json')).orders) shown.add(o.id);
      await tab.goto(url);
      // The popup answers once the page's read is done: every page gives some answer.
      assert.match(await popupPageStatus(b, url), /^(Read \d+ orders?|Read 0 orders, \d+ rows? skipped)/);
      const orders = await settledOrders(b.worker);
      assert.deepEqual(orders.map((o) => o.orderId).filter((id) => !shown.has(id)), [], `${name}: orders it does not show`);
    }
  }));
