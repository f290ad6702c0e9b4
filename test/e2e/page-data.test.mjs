// The console's own order data, observed in Chromium at Pinduoduo's and Douyin's real addresses: the
// 订单查询 page asks POST /mangkhut/mms/recentOrderList itself (fetch or XHR), 抖店 订单管理 GET
// /api/order/searchlist, and the built extension reads the answer the page received. A 5 MB answer, a malformed one, a hostile one and a page that
// replaced fetch/XMLHttpRequest before the extension loaded leave the page working, write nothing
// invalid, and the extension sends no request of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture, launchWithExtension, pageDataStatus, readStore, REPLACE_FETCH_BEFORE_PAGE, requestsFromExtension, tabIdOf } from './browser.mjs';

// Lets Playwright report requests made by the extension's service worker too (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const LIST = 'https://mms.pinduoduo.com/orders/list';
const DATA = 'https://mms.pinduoduo.com/mangkhut/mms/recentOrderList';
const data = (name) => readFileSync(new URL(`../fixtures/pagedata/${name}`, import.meta.url), 'utf8');

/** One order entry as the list's data carries it, with a title of `size` characters. */
const bigAnswer = (size) =>
  JSON.stringify({ success: true, result: { totalItemNum: 1, pageItems: [{ order_sn: '261129-500000000000005', order_status_str: '待发货', created_at: 1795831500, order_amount: 100, goods_name: 'x'.repeat(size) }] } });

const ANSWERS = {
  normal: data('pinduoduo-recentOrderList.2026-12.json'),
  big: bigAnswer(5 * 1024 * 1024),
  malformed: '{"success":true,"result":{"pageItems":[{"order_sn":"261130-6000',
  hostile: data('pinduoduo-hostile.2026-12.json'),
  huge: data('pinduoduo-1e309.2026-12.json'),
};

// The saved 订单查询 page, plus what the console's own code does: ask for the list's data and use it.
const PAGE_SCRIPT = `<script>
(async () => {
  const params = new URLSearchParams(location.search);
  const url = '/mangkhut/mms/recentOrderList?case=' + params.get('case');
  let text;
  if (params.get('via') === 'xhr') {
    text = await new Promise((resolve, reject) => {
      const x = new XMLHttpRequest();
      x.open('POST', url);
      x.onload = () => resolve(x.responseText);
      x.onerror = () => reject(new Error('xhr failed'));
      x.send('{"pageNumber":1}');
    });
  } else {
    const response = await fetch(url, { method: 'POST', body: '{"pageNumber":1}' });
    text = await response.text();
  }
  let items = 'unparsed';
  try { items = String(JSON.parse(text).result.pageItems.length); } catch {}
  document.body.dataset.got = text.length + ' ' + items;
})().catch((e) => { document.body.dataset.got = 'error ' + e.message; });
</script>`;
const PAGE = fixture('pinduoduo', 'orders-list.2026-11.html').replace('</body>', `${PAGE_SCRIPT}</body>`);

/**
 * The popup's first line and its line on the console's own data for the tab showing `url`, once they
 * say `expected`: the status is asked for when the popup opens, so a popup showing a read not yet
 * complete (the page's text or its data still to come) is opened again until the lines settle.
 */
async function popupPageData(b, url, expected) {
  let lines;
  for (let i = 0; i < 20; i++) {
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdOf(b.worker, url)}`);
    await popup.locator('[data-testid="page-status"]').waitFor({ timeout: 15_000 });
    lines = await popup.evaluate(() => ['page-status', 'page-data'].map((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null));
    await popup.close();
    if (JSON.stringify(lines) === JSON.stringify(expected)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return lines;
}

test('Pinduoduo 订单查询: the orders in the list\'s own data are read, and hostile answers break nothing', async () => {
  const b = await launchWithExtension();
  const fromExtension = requestsFromExtension(b);
  const dataRequests = [];
  b.context.on('request', (request) => {
    if (request.url().startsWith(DATA)) dataRequests.push(request.url());
  });
  await b.context.route((url) => url.href.startsWith(`${LIST}?`), (route) => route.fulfill({ body: PAGE, contentType: 'text/html; charset=utf-8' }));
  await b.context.route(
    (url) => url.href.startsWith(`${DATA}?`),
    (route) => route.fulfill({ body: ANSWERS[new URL(route.request().url()).searchParams.get('case')], contentType: 'application/json;charset=UTF-8' }),
  );
  const orders = async () => (await readStore(b.worker, [['orders', 'getAll']]))[0];
  const visit = async (page, query) => {
    const since = Date.now();
    const url = `${LIST}?${query}`;
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
    return { url, got: await page.evaluate(() => document.body.dataset.got), status: await pageDataStatus(b.worker, url, since) };
  };
  try {
    const page = await b.context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    // The list's own data, by fetch: the page gets its answer whole, and its three orders are stored with
    // what the table does not show (the buyer's message, the 承诺发货时间).
    const normal = await visit(page, 'case=normal');
    assert.equal(normal.got, `${ANSWERS.normal.length} 3`);
    assert.deepEqual(normal.status.pageData, { ordersRead: 3, skipped: 0, at: normal.status.pageData.at });
    let stored = await orders();
    const fromData = stored.filter((o) => o.orderId.startsWith('2611') || o.orderId.startsWith('2612'));
    assert.deepEqual(fromData.map((o) => [o.orderId, o.status, o.money.paid, o.buyer]).sort(), [
      ['261128-583920174650112', 'awaiting_shipment', 59.9, '小鱼儿'],
      ['261201-112233445566778', 'shipped', 128, 'tb_8812'],
      ['261205-998877665544332', 'awaiting_shipment', 39, '晴天'],
    ]);
    const late = fromData.find((o) => o.orderId === '261128-583920174650112');
    assert.equal(late.buyerMessage, '请发顺丰');
    assert.equal(new Date(late.shipBy).toISOString(), '2026-11-30T02:07:00.000Z');
    const cases = (await readStore(b.worker, [['cases', 'getAll']]))[0];
    assert.deepEqual(cases.filter((c) => c.orderId === '261128-583920174650112').map((c) => [c.detector, c.severity]), [['ship-deadline', 'P1']]);
    // The page's text is read as before: its six orders too.
    const fromText = async () => (await orders()).filter((o) => /^2411\d\d-/.test(o.orderId)).length;
    for (let i = 0; i < 100 && (await fromText()) < 6; i++) await page.waitForTimeout(100);
    assert.equal(await fromText(), 6);
    const normalLines = ['Read 6 orders', "Also read from the console's own order data: 3 orders"];
    assert.deepEqual(await popupPageData(b, normal.url, normalLines), normalLines);

    // The same by XMLHttpRequest.
    const byXhr = await visit(page, 'case=normal&via=xhr');
    assert.equal(byXhr.got, `${ANSWERS.normal.length} 3`);
    assert.equal(byXhr.status.pageData.ordersRead, 3);

    const count = (await orders()).length;
    // 5 MB: the page reads it whole; the extension stops at 2 MB and says so.
    const big = await visit(page, 'case=big');
    assert.equal(big.got, `${ANSWERS.big.length} 1`);
    assert.equal(big.status.pageData.problem, 'the response was too large to read');
    const bigLines = ['Read 6 orders', "The console's own order data could not be read (the response was too large to read): the page's text was read instead."];
    assert.deepEqual(await popupPageData(b, big.url, bigLines), bigLines);
    const bigByXhr = await visit(page, 'case=big&via=xhr');
    assert.equal(bigByXhr.got, `${ANSWERS.big.length} 1`);
    assert.equal(bigByXhr.status.pageData.problem, 'the response was too large to read');
    // Malformed: the page gets the same broken text; nothing is written.
    const malformed = await visit(page, 'case=malformed');
    assert.equal(malformed.got, `${ANSWERS.malformed.length} unparsed`);
    assert.equal(malformed.status.pageData.problem, 'the response is malformed: not JSON');
    // 1e309: refused whole as a malformed number.
    const huge = await visit(page, 'case=huge');
    assert.equal(huge.got, `${ANSWERS.huge.length} 1`);
    assert.equal(huge.status.pageData.problem, "the response is malformed: 'order_amount' is not a number JSON can hold");
    stored = await orders();
    assert.equal(stored.length, count);
    assert.equal(stored.some((o) => o.orderId === '261129-500000000000005' || o.orderId === '261204-700000000000009'), false);

    // Hostile: script-like strings are stored as the same inert text, __proto__ keys are dropped, the
    // entries that are no order are skipped; nothing runs in the page or in the extension.
    const hostile = await visit(page, 'case=hostile');
    assert.equal(hostile.got, `${ANSWERS.hostile.length} 3`);
    assert.deepEqual(hostile.status.pageData, { ordersRead: 1, skipped: 2, at: hostile.status.pageData.at });
    stored = await orders();
    assert.equal(stored.length, count + 1);
    const inert = stored.find((o) => o.orderId === '261203-700000000000001');
    assert.deepEqual(inert.items.map((i) => i.title), ['<img src=x onerror="window.__osPwned=1"><script>window.__osPwned=1</script>']);
    assert.equal(inert.buyerMessage, "{{constructor.constructor('window.__osPwned=1')()}}");
    assert.equal(JSON.stringify(stored).includes('polluted'), false);
    assert.equal(await page.evaluate(() => window.__osPwned === undefined && ({}).polluted === undefined), true);
    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.waitForSelector('[data-case-order="261203-700000000000001"]');
    assert.equal(await panel.evaluate(() => window.__osPwned === undefined && document.querySelector('img[src="x"]') === null), true);
    await panel.close();
    assert.deepEqual(pageErrors, []);

    // A page that replaced fetch (unwritably) and XMLHttpRequest before the extension loaded: its own
    // requests work and are made once each, and the answer is still read.
    const replaced = await b.context.newPage();
    await replaced.addInitScript(REPLACE_FETCH_BEFORE_PAGE);
    const before = dataRequests.length;
    for (const via of ['fetch', 'xhr']) {
      const since = Date.now();
      const url = `${LIST}?case=normal&via=${via}&replaced=1`;
      await replaced.goto(url);
      await replaced.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
      assert.equal(await replaced.evaluate(() => document.body.dataset.got), `${ANSWERS.normal.length} 3`);
      assert.equal(await replaced.evaluate(() => window.__sends), 1);
      assert.equal((await pageDataStatus(b.worker, url, since))?.pageData.ordersRead, 3, via);
    }
    assert.equal(dataRequests.length - before, 2);

    // Each visit asked for the list's data once, by the page; the extension asked nothing of anyone.
    assert.equal(dataRequests.length, 9);
    assert.deepEqual(fromExtension, []);
  } finally {
    await b.close();
  }
});

test('Douyin 订单管理: the list\'s own searchlist answer is read, and 5 MB, malformed, hostile answers and a replaced fetch break nothing', async () => {
  const b = await launchWithExtension();
  const LIST_URL = 'https://fxg.jinritemai.com/ffa/morder/order/list';
  const API = 'https://fxg.jinritemai.com/api/order/searchlist';
  const answers = {
    normal: data('douyin-searchlist.2026-12.json'),
    big: JSON.stringify({ st: 0, code: 0, msg: '', data: [{ shop_order_id: '6938812345678909001', create_time: 1796303700, pay_amount: 100, order_status_info: { order_status_text: '待发货' }, product_item: [{ product_name: 'x'.repeat(5 * 1024 * 1024) }] }], total: 1 }),
    malformed: '{"st":0,"code":0,"data":[{"shop_order_id":"69388123456789',
    hostile: data('douyin-hostile.2026-12.json'),
    huge: data('douyin-1e309.2026-12.json'),
  };
  // What the console's own code does: GET the list's data (fetch or XHR) and use it.
  const script = `<script>
(async () => {
  const params = new URLSearchParams(location.search);
  const url = '/api/order/searchlist?page=0&pageSize=10&tab=all&case=' + params.get('case');
  let text;
  if (params.get('via') === 'xhr') {
    text = await new Promise((resolve, reject) => {
      const x = new XMLHttpRequest();
      x.open('GET', url);
      x.onload = () => resolve(x.responseText);
      x.onerror = () => reject(new Error('xhr failed'));
      x.send();
    });
  } else {
    text = await (await fetch(url, { credentials: 'include' })).text();
  }
  let items = 'unparsed';
  try { items = String(JSON.parse(text).data.length); } catch {}
  document.body.dataset.got = text.length + ' ' + items;
})().catch((e) => { document.body.dataset.got = 'error ' + e.message; });
</script>`;
  const html = fixture('douyin', 'order-list.2026-11.html').replace('</body>', `${script}</body>`);
  const fromExtension = requestsFromExtension(b);
  const dataRequests = [];
  b.context.on('request', (request) => {
    if (request.url().startsWith(API)) dataRequests.push(request.url());
  });
  await b.context.route((url) => url.href.startsWith(`${LIST_URL}?`), (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await b.context.route(
    (url) => url.href.startsWith(`${API}?`),
    (route) => route.fulfill({ body: answers[new URL(route.request().url()).searchParams.get('case')], contentType: 'application/json; charset=utf-8' }),
  );
  const orders = async () => (await readStore(b.worker, [['orders', 'getAll']]))[0];
  const visit = async (page, query) => {
    const since = Date.now();
    const url = `${LIST_URL}?${query}`;
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
    return { url, got: await page.evaluate(() => document.body.dataset.got), status: await pageDataStatus(b.worker, url, since) };
  };
  try {
    const page = await b.context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    const normal = await visit(page, 'case=normal');
    assert.equal(normal.got, `${answers.normal.length} 4`);
    assert.deepEqual(normal.status.pageData, { ordersRead: 4, skipped: 0, at: normal.status.pageData.at });
    const byXhr = await visit(page, 'case=normal&via=xhr');
    assert.equal(byXhr.got, `${answers.normal.length} 4`);
    assert.equal(byXhr.status.pageData.ordersRead, 4);

    const count = (await orders()).length;
    for (const via of ['fetch', 'xhr']) {
      const big = await visit(page, `case=big&via=${via}`);
      assert.equal(big.got, `${answers.big.length} 1`);
      assert.equal(big.status.pageData.problem, 'the response was too large to read');
    }
    const bigLines = ['Read 7 orders', "The console's own order data could not be read (the response was too large to read): the page's text was read instead."];
    assert.deepEqual(await popupPageData(b, `${LIST_URL}?case=big&via=xhr`, bigLines), bigLines);
    const malformed = await visit(page, 'case=malformed');
    assert.equal(malformed.got, `${answers.malformed.length} unparsed`);
    assert.equal(malformed.status.pageData.problem, 'the response is malformed: not JSON');
    const huge = await visit(page, 'case=huge');
    assert.equal(huge.got, `${answers.huge.length} 1`);
    assert.equal(huge.status.pageData.problem, "the response is malformed: 'pay_amount' is not a number JSON can hold");
    let stored = await orders();
    assert.equal(stored.length, count);
    assert.equal(stored.some((o) => o.orderId === '6938812345678909001' || o.orderId === '6938812345678906001'), false);

    // Hostile: inert text, no __proto__ key, the entries that are no order skipped; nothing runs.
    const hostile = await visit(page, 'case=hostile');
    assert.equal(hostile.got, `${answers.hostile.length} 3`);
    assert.deepEqual(hostile.status.pageData, { ordersRead: 1, skipped: 2, at: hostile.status.pageData.at });
    stored = await orders();
    assert.equal(stored.length, count + 1);
    const inert = stored.find((o) => o.orderId === '6938812345678905001');
    assert.deepEqual(inert.items.map((i) => i.title), ['<img src=x onerror="window.__osPwned=1"><script>window.__osPwned=1</script>']);
    assert.equal(inert.buyer, 'javascript:alert(1)');
    assert.equal(JSON.stringify(stored).includes('polluted'), false);
    assert.equal(await page.evaluate(() => window.__osPwned === undefined && ({}).polluted === undefined), true);
    assert.deepEqual(pageErrors, []);

    // A page that replaced fetch (unwritably) and XMLHttpRequest before the extension loaded.
    const replaced = await b.context.newPage();
    await replaced.addInitScript(REPLACE_FETCH_BEFORE_PAGE);
    for (const via of ['fetch', 'xhr']) {
      const since = Date.now();
      const url = `${LIST_URL}?case=normal&via=${via}&replaced=1`;
      await replaced.goto(url);
      await replaced.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
      assert.equal(await replaced.evaluate(() => document.body.dataset.got), `${answers.normal.length} 4`);
      assert.equal(await replaced.evaluate(() => window.__sends), 1);
      assert.equal((await pageDataStatus(b.worker, url, since))?.pageData.ordersRead, 4, via);
    }

    // Each of the nine visits asked for the list's data once, by the page; the extension asked nothing of anyone.
    assert.equal(dataRequests.length, 9);
    assert.deepEqual(fromExtension, []);
  } finally {
    await b.close();
  }
});

test('Shopify orders: the order connection in the admin\'s own GraphQL answers is read, its other answers are passed over', async () => {
  const b = await launchWithExtension();
  const LIST_URL = 'https://admin.shopify.com/store/sage-and-suds/orders';
  const API = 'https://admin.shopify.com/api/shopify/sage-and-suds';
  const answers = {
    ShopName: '{"data":{"shop":{"name":"Sage & Suds","currencyCode":"USD"}}}',
    OrderListData: data('shopify-orders.2026-12.json'),
  };
  // What the admin's own code does: ask its GraphQL address for the shop, then for the orders.
  const script = `<script>
(async () => {
  const got = [];
  for (const operation of ['ShopName', 'OrderListData']) {
    const r = await fetch('/api/shopify/sage-and-suds?operation=' + operation + '&type=query', { method: 'POST', body: '{}' });
    got.push(Object.keys((await r.json()).data)[0]);
  }
  document.body.dataset.got = got.join(' ');
})().catch((e) => { document.body.dataset.got = 'error ' + e.message; });
</script>`;
  const html = fixture('shopify', 'orders.2026-11.html').replace('</body>', `${script}</body>`);
  await b.context.route((url) => url.href === LIST_URL, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await b.context.route(
    (url) => url.href.startsWith(`${API}?`),
    (route) => route.fulfill({ body: answers[new URL(route.request().url()).searchParams.get('operation')], contentType: 'application/json' }),
  );
  try {
    const page = await b.context.newPage();
    const since = Date.now();
    await page.goto(LIST_URL);
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
    assert.equal(await page.evaluate(() => document.body.dataset.got), 'shop orders');
    const status = await pageDataStatus(b.worker, LIST_URL, since);
    // #1103's createdAt is no date: skipped; the shop's answer is no order data and is not counted.
    assert.deepEqual(status.pageData, { ordersRead: 2, skipped: 1, at: status.pageData.at });
    const stored = (await readStore(b.worker, [['orders', 'getAll']]))[0].filter((o) => o.orderId.startsWith('#11'));
    assert.deepEqual(stored.map((o) => [o.orderId, o.status, o.statusRaw, o.money.paid, o.money.currency, o.buyer, o.items.length]).sort(), [
      ['#1101', 'awaiting_shipment', 'Paid / Unfulfilled', 48.5, 'USD', 'Maya Chen', 2],
      ['#1102', 'refunded', 'Partially refunded / Fulfilled', 22, 'USD', undefined, 1],
    ]);
    const shopLines = ['Read 9 orders', "Also read from the console's own order data: 2 orders"];
    assert.deepEqual(await popupPageData(b, LIST_URL, shopLines), shopLines);
  } finally {
    await b.close();
  }
});

test('Taobao 已卖出的宝贝: the orders of the list\'s own asyncSold.htm answer (XHR, GBK) are read beside the page\'s text', async () => {
  const b = await launchWithExtension();
  const LIST_URL = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
  const API = 'https://trade.taobao.com/trade/itemlist/asyncSold.htm';
  // What the page's own code does: ask for the next page of the list by XHR, as a form post.
  const script = `<script>
const x = new XMLHttpRequest();
x.open('POST', '/trade/itemlist/asyncSold.htm?event_submit_do_query=1&_input_charset=utf8');
x.setRequestHeader('content-type', 'application/x-www-form-urlencoded; charset=UTF-8');
x.onload = () => { document.body.dataset.got = String(JSON.parse(x.responseText).mainOrders.length); };
x.send('action=itemlist%2FSoldQueryAction&pageNum=2&pageSize=15');
</script>`;
  const html = fixture('taobao', 'sold-items.2026-11.html').replace('</body>', `${script}</body>`);
  // The answer in GBK, declared in its content type, as older Taobao pages are served.
  const gbk = encodeGbk(data('taobao-asyncSold.2026-12.json'));
  await b.context.route((url) => url.href === LIST_URL, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await b.context.route(
    (url) => url.href.startsWith(`${API}?`),
    (route) => route.fulfill({ body: gbk, contentType: 'application/json;charset=GBK' }),
  );
  try {
    const page = await b.context.newPage();
    const since = Date.now();
    await page.goto(LIST_URL);
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
    assert.equal(await page.evaluate(() => document.body.dataset.got), '3');
    const status = await pageDataStatus(b.worker, LIST_URL, since);
    // The third main order's number is a JSON number past 2^53 (its last digits lost): skipped, never stored as another order.
    assert.deepEqual(status.pageData, { ordersRead: 2, skipped: 1, at: status.pageData.at });
    const stored = (await readStore(b.worker, [['orders', 'getAll']]))[0].filter((o) => o.orderId.startsWith('37991'));
    assert.deepEqual(stored.map((o) => [o.orderId, o.status, o.money.paid, o.money.shipping, o.buyer, o.items.map((i) => i.sku)]).sort(), [
      ['3799100000000000011', 'awaiting_shipment', 89, 10, 'tb_buyer_a', ['颜色分类：薰衣草']],
      ['3799100000000000012', 'shipped', 45.8, undefined, '星星点灯', ['尺码：均码；颜色：灰']],
    ]);
  } finally {
    await b.close();
  }
});

/** `text` in GBK (the few characters of the Taobao answer), by the browser's own decoder table read backwards. */
function encodeGbk(text) {
  const table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GBK for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
