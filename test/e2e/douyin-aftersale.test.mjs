// Douyin 抖店 售后工作台 at its real address: the page asks POST /after_sale/pc/list itself (fetch or XHR),
// and the built extension reads the answer the page received for when each buyer asked. A refund the
// order list shows as 退款中 is then timed from the request, not from when the seller opened the list.
// A 5 MB answer, a malformed one, a hostile one and a page that replaced fetch/XMLHttpRequest before the
// extension loaded leave the page working, write nothing invalid, and the extension sends no request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture, launchWithExtension, pageDataStatus, readStore, REPLACE_FETCH_BEFORE_PAGE, requestsFromExtension, tabIdOf } from './browser.mjs';

process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const LIST_URL = 'https://fxg.jinritemai.com/ffa/morder/order/list';
const SEARCH = 'https://fxg.jinritemai.com/api/order/searchlist';
const PAGE_URL = 'https://fxg.jinritemai.com/ffa/merchant-aftersale-workbench/aftersale/list';
const API = 'https://fxg.jinritemai.com/after_sale/pc/list';
const own = (name) => readFileSync(new URL(`../fixtures/douyin-aftersale/${name}`, import.meta.url), 'utf8');
const listData = readFileSync(new URL('../fixtures/pagedata/douyin-searchlist.2026-12.json', import.meta.url), 'utf8');

const ANSWERS = {
  normal: own('aftersale-list.2026-12.json'),
  big: JSON.stringify({ st: 0, code: 0, msg: '', data: { items: [{ after_sale_info: { apply_time: 1796347800, after_sale_status: 6 }, order_info: { shop_order_id: '6938812345678907003' }, text_part: { after_sale_status_text: 'x'.repeat(5 * 1024 * 1024) } }] }, total: 1 }),
  malformed: '{"st":0,"code":0,"data":{"items":[{"after_sale_info":{"apply_time":17963',
  hostile: own('aftersale-hostile.2026-12.json'),
  huge: own('aftersale-1e309.2026-12.json'),
};

// What the console's own code does: POST for the after-sales list (fetch or XHR) and use it.
const PAGE_SCRIPT = `<script>
(async () => {
  const params = new URLSearchParams(location.search);
  const url = '/after_sale/pc/list?appid=1&_bid=ffa_aftersale&aid=4272&aftersale_platform_source=fxg&case=' + params.get('case');
  const body = '{"page":1,"pageSize":10,"order_by":["status_deadline asc"]}';
  let text;
  if (params.get('via') === 'xhr') {
    text = await new Promise((resolve, reject) => {
      const x = new XMLHttpRequest();
      x.open('POST', url);
      x.onload = () => resolve(x.responseText);
      x.onerror = () => reject(new Error('xhr failed'));
      x.send(body);
    });
  } else {
    text = await (await fetch(url, { method: 'POST', body, credentials: 'include' })).text();
  }
  let items = 'unparsed';
  try { items = String(JSON.parse(text).data.items.length); } catch {}
  document.body.dataset.got = text.length + ' ' + items;
})().catch((e) => { document.body.dataset.got = 'error ' + e.message; });
</script>`;
const PAGE = own('aftersale-list.2026-12.html').replace('</body>', `${PAGE_SCRIPT}</body>`);
const LIST_SCRIPT = `<script>
fetch('/api/order/searchlist?page=0&pageSize=10&tab=all').then((r) => r.text()).then((t) => { document.body.dataset.got = String(t.length); });
</script>`;
const LIST = fixture('douyin', 'order-list.2026-11.html').replace('</body>', `${LIST_SCRIPT}</body>`);

/** 订单管理, its searchlist answer, 售后工作台 and its after-sales answers at their real addresses; the after-sales asks counted. */
async function routeConsole(b) {
  const apiRequests = [];
  b.context.on('request', (request) => {
    if (request.url().startsWith(API)) apiRequests.push(request.url());
  });
  await b.context.route((url) => url.href === LIST_URL, (route) => route.fulfill({ body: LIST, contentType: 'text/html; charset=utf-8' }));
  await b.context.route((url) => url.href.startsWith(`${SEARCH}?`), (route) => route.fulfill({ body: listData, contentType: 'application/json; charset=utf-8' }));
  await b.context.route((url) => url.href.startsWith(`${PAGE_URL}?`), (route) => route.fulfill({ body: PAGE, contentType: 'text/html; charset=utf-8' }));
  await b.context.route(
    (url) => url.href.startsWith(`${API}?`),
    (route) => route.fulfill({ body: ANSWERS[new URL(route.request().url()).searchParams.get('case')], contentType: 'application/json; charset=utf-8' }),
  );
  return apiRequests;
}

/**
 * The popup's read health for the tab showing `url` once it says `expected` ([first line, line on the
 * console's own data, line on requests kept]): the status is asked for when the popup opens, so a
 * popup showing an earlier read is opened again until the lines settle, then the last lines are returned.
 */
async function popupLines(b, url, expected) {
  let lines;
  for (let i = 0; i < 20; i++) {
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdOf(b.worker, url)}`);
    await popup.locator('[data-testid="page-status"]').waitFor({ timeout: 15_000 });
    lines = await popup.evaluate(() => ['page-status', 'page-data', 'page-data-waiting'].map((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null));
    await popup.close();
    if (JSON.stringify(lines) === JSON.stringify(expected)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return lines;
}

test('Douyin 售后工作台: the buyer\'s request time in the after-sales answer starts the refund clock, and hostile answers break nothing', async () => {
  const b = await launchWithExtension();
  const fromExtension = requestsFromExtension(b);
  const apiRequests = await routeConsole(b);
  const orders = async () => (await readStore(b.worker, [['orders', 'getAll']]))[0];
  const order = async (id) => (await orders()).find((o) => o.orderId === id);
  const refundCases = async () => (await readStore(b.worker, [['cases', 'getAll']]))[0].filter((c) => c.detector === 'refund-pending');
  const visit = async (page, query) => {
    const since = Date.now();
    const url = `${PAGE_URL}?${query}`;
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
    return { url, got: await page.evaluate(() => document.body.dataset.got), status: await pageDataStatus(b.worker, url, since) };
  };
  try {
    const page = await b.context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    // 订单管理 first: its answer stores 6938812345678907002 as 退款中, first seen now, so its 48 h have not begun to run out.
    const since = Date.now();
    await page.goto(LIST_URL);
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
    assert.equal((await pageDataStatus(b.worker, LIST_URL, since))?.pageData.ordersRead, 4);
    assert.equal((await order('6938812345678907002')).status, 'refund_requested');
    assert.equal((await order('6938812345678907002')).requestedAt, undefined);
    assert.deepEqual(await refundCases(), []);

    // 售后工作台: the buyer asked on 2026-12-04 09:30 (Beijing): 抖店's 48 h ran out on 12-06, so P1 now.
    const normal = await visit(page, 'case=normal');
    assert.equal(normal.got, `${ANSWERS.normal.length} 4`);
    // 6938812345678909901 is not on 订单管理: its request waits for it instead of counting as read.
    assert.deepEqual(normal.status.pageData, { ordersRead: 1, skipped: 0, waiting: 1, at: normal.status.pageData.at });
    assert.equal(new Date((await order('6938812345678907002')).requestedAt).toISOString(), '2026-12-04T01:30:00.000Z');
    let refund = [];
    for (let i = 0; i < 100 && refund.length === 0; i++) {
      refund = await refundCases();
      if (refund.length === 0) await page.waitForTimeout(100);
    }
    assert.deepEqual(refund.map((c) => [c.orderId, c.severity, c.evidence.requestedAt, c.evidence.requestedAtSource]), [['6938812345678907002', 'P1', '2026-12-04T01:30:00.000Z', 'console']]);
    assert.equal(refund[0].explanation.en, "Refund of ¥45.00 requested; Douyin's 48 h limit before shipping has run out — it may already be agreed automatically.");
    // An order never read from 订单管理 is not made up from the after-sales answer.
    assert.equal(await order('6938812345678909901'), undefined);
    const normalLines = [
      'Read 2 after-sales requests from this page: 1 matched an order already read, 1 waits for the order list',
      null,
      '1 after-sales request kept for an order not read yet: open the order list (Douyin Shop orders) to read it',
    ];
    assert.deepEqual(await popupLines(b, normal.url, normalLines), normalLines);

    const byXhr = await visit(page, 'case=normal&via=xhr');
    assert.equal(byXhr.got, `${ANSWERS.normal.length} 4`);
    assert.equal(byXhr.status.pageData.ordersRead, 1);

    const before = JSON.stringify(await orders());
    for (const via of ['fetch', 'xhr']) {
      const big = await visit(page, `case=big&via=${via}`);
      assert.equal(big.got, `${ANSWERS.big.length} 1`);
      assert.equal(big.status.pageData.problem, 'the response was too large to read');
    }
    // The first line says why no request was read there, not that an order list is empty.
    const bigLines = ['The after-sales requests on this page could not be read (the response was too large to read)', null, null];
    assert.deepEqual(await popupLines(b, `${PAGE_URL}?case=big&via=xhr`, bigLines), bigLines);
    const malformed = await visit(page, 'case=malformed');
    assert.equal(malformed.got, `${ANSWERS.malformed.length} unparsed`);
    assert.equal(malformed.status.pageData.problem, 'the response is malformed: not JSON');
    const huge = await visit(page, 'case=huge');
    assert.equal(huge.got, `${ANSWERS.huge.length} 1`);
    assert.equal(huge.status.pageData.problem, "the response is malformed: 'apply_time' is not a number JSON can hold");
    // Nothing of those four answers was written.
    assert.equal(JSON.stringify(await orders()), before);

    // Hostile: only the well-formed request is taken; the script-like texts are never stored nor run.
    const hostile = await visit(page, 'case=hostile');
    assert.equal(hostile.got, `${ANSWERS.hostile.length} 3`);
    assert.deepEqual(hostile.status.pageData, { ordersRead: 1, skipped: 2, at: hostile.status.pageData.at });
    const hostileLines = ['Read 1 after-sales request from this page: it matched an order already read', null, null];
    assert.deepEqual(await popupLines(b, hostile.url, hostileLines), hostileLines);
    let first;
    for (let i = 0; i < 100 && first?.requestedAt === undefined; i++) {
      first = await order('6938812345678907001');
      if (first?.requestedAt === undefined) await page.waitForTimeout(100);
    }
    assert.equal(new Date(first.requestedAt).toISOString(), '2026-12-04T01:30:00.000Z');
    const stored = JSON.stringify(await orders());
    assert.equal(stored.includes('polluted') || stored.includes('__osPwned') || stored.includes('javascript:'), false);
    assert.equal(await page.evaluate(() => window.__osPwned === undefined && ({}).polluted === undefined), true);
    assert.deepEqual(pageErrors, []);

    // A page that replaced fetch (unwritably) and XMLHttpRequest before the extension loaded.
    const replaced = await b.context.newPage();
    await replaced.addInitScript(REPLACE_FETCH_BEFORE_PAGE);
    for (const via of ['fetch', 'xhr']) {
      const at = Date.now();
      const url = `${PAGE_URL}?case=normal&via=${via}&replaced=1`;
      await replaced.goto(url);
      await replaced.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
      assert.equal(await replaced.evaluate(() => document.body.dataset.got), `${ANSWERS.normal.length} 4`);
      assert.equal(await replaced.evaluate(() => window.__sends), 1);
      assert.equal((await pageDataStatus(b.worker, url, at))?.pageData.ordersRead, 1, via);
    }

    // Each of the nine visits asked for the list once, by the page; the extension asked nothing of anyone.
    assert.equal(apiRequests.length, 9);
    assert.deepEqual(fromExtension, []);
  } finally {
    await b.close();
  }
});

test('Douyin 售后工作台 opened before 订单管理: the request times wait, read health says so, and the order list then times the refund from the request (P1)', async () => {
  const b = await launchWithExtension();
  const fromExtension = requestsFromExtension(b);
  const apiRequests = await routeConsole(b);
  const orders = async () => (await readStore(b.worker, [['orders', 'getAll']]))[0];
  const refundCases = async () => (await readStore(b.worker, [['cases', 'getAll']]))[0].filter((c) => c.detector === 'refund-pending');
  const waitingOrders = async () => ((await b.worker.evaluate(() => chrome.storage.local.get('pendingAnnotations')))['pendingAnnotations'] ?? []).map((p) => [p.orderId, new Date(p.fields.requestedAt).toISOString()]);
  try {
    const page = await b.context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    // 售后工作台 first: neither order is read yet, so both request times wait and none counts as read.
    let since = Date.now();
    const url = `${PAGE_URL}?case=normal`;
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
    const first = await pageDataStatus(b.worker, url, since);
    assert.deepEqual(first?.pageData, { ordersRead: 0, skipped: 0, waiting: 2, at: first?.pageData.at });
    assert.deepEqual(await orders(), []);
    assert.deepEqual(await waitingOrders(), [
      ['6938812345678907002', '2026-12-04T01:30:00.000Z'],
      ['6938812345678909901', '2026-12-06T12:00:00.000Z'],
    ]);
    const firstLines = [
      'Read 2 after-sales requests from this page: they wait for the order list',
      null,
      '2 after-sales requests kept for orders not read yet: open the order list (Douyin Shop orders) to read them',
    ];
    assert.deepEqual(await popupLines(b, url, firstLines), firstLines);

    // 订单管理 next: 6938812345678907002 is 退款中, and its request was made 2026-12-04 09:30 (Beijing): 抖店's
    // 48 h ran out 2026-12-06 09:30, so refund-pending is P1 at once instead of starting 48 h from this read.
    since = Date.now();
    await page.goto(LIST_URL);
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
    assert.equal((await pageDataStatus(b.worker, LIST_URL, since))?.pageData.ordersRead, 4);
    let refund = [];
    for (let i = 0; i < 100 && refund.length === 0; i++) {
      refund = await refundCases();
      if (refund.length === 0) await page.waitForTimeout(100);
    }
    assert.deepEqual(
      refund.map((c) => [c.orderId, c.severity, new Date(c.dueAt).toISOString(), c.evidence.requestedAt, c.evidence.requestedAtSource]),
      [['6938812345678907002', 'P1', '2026-12-06T01:30:00.000Z', '2026-12-04T01:30:00.000Z', 'console']],
    );
    assert.equal(refund[0].explanation.en, "Refund of ¥45.00 requested; Douyin's 48 h limit before shipping has run out — it may already be agreed automatically.");
    assert.equal(new Date((await orders()).find((o) => o.orderId === '6938812345678907002').requestedAt).toISOString(), '2026-12-04T01:30:00.000Z');
    // The order not on the list keeps waiting, and is still not made up.
    assert.deepEqual(await waitingOrders(), [['6938812345678909901', '2026-12-06T12:00:00.000Z']]);
    assert.equal((await orders()).some((o) => o.orderId === '6938812345678909901'), false);

    // 售后工作台 again: the order read counts as read, the other still waits.
    since = Date.now();
    const again = `${PAGE_URL}?case=normal&again=1`;
    await page.goto(again);
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
    const second = await pageDataStatus(b.worker, again, since);
    assert.deepEqual(second?.pageData, { ordersRead: 1, skipped: 0, waiting: 1, at: second?.pageData.at });
    const secondLines = [
      'Read 2 after-sales requests from this page: 1 matched an order already read, 1 waits for the order list',
      null,
      '1 after-sales request kept for an order not read yet: open the order list (Douyin Shop orders) to read it',
    ];
    assert.deepEqual(await popupLines(b, again, secondLines), secondLines);
    assert.deepEqual(pageErrors, []);
    assert.equal(apiRequests.length, 2);
    assert.deepEqual(fromExtension, []);
  } finally {
    await b.close();
  }
});
