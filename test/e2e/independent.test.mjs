// The independent console pages (test/fixtures/independent: Taobao's 已卖出的宝贝, Pinduoduo's 订单查询
// and JD's 订单管理, two layouts each, written from public descriptions, not fitted to the adapters)
// served at the consoles' real URLs, read by the built extension's content scripts as a seller's
// browser would read them: no order the pages do not show is ever stored, and the pages read
// are stored exactly.
//
// Measured 2026-12-07 through the built extension (orders stored exactly / shown; the same as
// readOrders under happy-dom, test/extract/independent.test.ts): every page reads every order,
// 54/54, 0 false (20/54 before that morning's reader fixes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { popupPageStatus, readStore, serveFixtures, withExtension } from './browser.mjs';

/** What a seller checks of an order, as the truth files write it. */
const essentials = (o) => ({ id: o.orderId, total: o.money.paid, currency: o.money.currency, placedAtMs: o.placedAt, status: o.status });

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

test('independent console pages at their real URLs: no order they do not show is stored, and every page reads exactly', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, Object.fromEntries(Object.entries(PAGES).map(([name, url]) => [url, page(name, 'html')])));
    const tab = await b.context.newPage();
    const shown = new Set();
    for (const [name, url] of Object.entries(PAGES)) {
      const truth = JSON.parse(page(name, 'json')).orders;
      for (const o of truth) shown.add(o.id);
      await tab.goto(url);
      // The popup answers once the page's read is done: every page gives some answer.
      assert.match(await popupPageStatus(b, url), /^(Read \d+ orders?|Read 0 orders, \d+ rows? skipped)/);
      const orders = await settledOrders(b.worker);
      assert.deepEqual(orders.map((o) => o.orderId).filter((id) => !shown.has(id)), [], `${name}: orders it does not show`);
      assert.equal(await popupPageStatus(b, url), `Read ${truth.length} orders`);
      const ids = new Set(truth.map((o) => o.id));
      const stored = orders.filter((o) => ids.has(o.orderId)).map(essentials).sort((x, y) => x.id.localeCompare(y.id));
      const expected = truth.map(({ id, total, currency, placedAtMs, status }) => ({ id, total, currency, placedAtMs, status }));
      assert.deepEqual(stored, expected.sort((x, y) => x.id.localeCompare(y.id)), `${name}: the orders as stored`);
    }
  }));
