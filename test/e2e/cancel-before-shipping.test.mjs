// A buyer cancelling a paid order on the Chinese consoles asks for a refund before it ships: the order list shows
// the order still to ship beside a refund in progress (Douyin 待发货 with 退款中, Pinduoduo 待发货 with 售后状态 退款中,
// Taobao 买家已付款 with 退款中 in 售后). Served at the consoles' real addresses, the built extension raises it as
// cancel-pending (do not ship it, agree the refund) once the seller's 12 h wait is over, timed from the request where
// 售后工作台 gave it, raises no refund-pending case for the same request meanwhile, and hands it to refund-pending
// (P1) once the platform's 48 h before shipping are over, when it may have refunded on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture, pageDataStatus, readStore, serveFixtures, withExtension } from './browser.mjs';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DOUYIN_LIST = 'https://fxg.jinritemai.com/ffa/morder/order/list';
const SEARCH = 'https://fxg.jinritemai.com/api/order/searchlist';
const AFTERSALE_PAGE = 'https://fxg.jinritemai.com/ffa/merchant-aftersale-workbench/aftersale/list';
const AFTERSALE_API = 'https://fxg.jinritemai.com/after_sale/pc/list';
const PDD_LIST = 'https://mms.pinduoduo.com/orders/list?msfrom=mms_sidenav';
const TAOBAO_LIST = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const REFUNDING = '6938812345678907002';

/** The stored cancel-pending and refund-pending cases, as [order, check, priority, due, cleared, what the seller reads]. */
async function requestCases(b) {
  const [cases] = await readStore(b.worker, [['cases', 'getAll']]);
  return cases
    .filter((c) => c.detector === 'cancel-pending' || c.detector === 'refund-pending')
    .map((c) => [c.orderId, c.detector, c.severity, new Date(c.dueAt).toISOString(), c.conditionCleared, c.explanation.en])
    .sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
}

/** The request cases once `check` holds for them, failing after 20 s with what it waited for. */
async function casesWhen(b, check, what) {
  let cases;
  for (let i = 0; i < 100; i++) {
    cases = await requestCases(b);
    if (check(cases)) return cases;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(cases)}`);
}

/** Days pass in the service worker with nobody acting, and its periodic re-check runs at once. */
async function daysPass(b, days) {
  await b.worker.evaluate(async (ms) => {
    const real = Date.now.bind(Date);
    Date.now = () => real() + ms;
    // Unpacked extensions may set an alarm this close; it is the extension's own re-check alarm.
    await chrome.alarms.create('reevaluate', { when: real() + 100 });
  }, days * DAY);
}

/** 售后工作台's saved answer with its refund before shipping asked `hoursAgo` before now (its second item 95 min later). */
function afterSalesAskedAgo(hoursAgo) {
  const answer = JSON.parse(readFileSync(new URL('../fixtures/douyin-aftersale/aftersale-list.2026-12.json', import.meta.url), 'utf8'));
  const asked = Math.floor((Date.now() - hoursAgo * HOUR) / 1000);
  const mine = answer.data.items.filter((item) => item.order_info.shop_order_id === REFUNDING);
  assert.deepEqual(mine.map((item) => [item.after_sale_info.after_sale_type, item.text_part.logistics_shipped_text]), [[2, '未发货'], [2, '未发货']]);
  mine.forEach((item, i) => {
    item.after_sale_info.apply_time = item.after_sale_info.create_time = asked + i * 95 * 60;
  });
  return { body: JSON.stringify(answer), askedAt: asked * 1000 };
}

test('Douyin 订单管理 and 售后工作台: a refund asked before shipping 20 h ago is a cancellation to stop (P2), and refund-pending\'s only once Douyin\'s 48 h are over', () =>
  withExtension(async (b) => {
    const { body, askedAt } = afterSalesAskedAgo(20);
    const list = fixture('douyin', 'order-list.2026-11.html').replace(
      '</body>',
      `<script>fetch('/api/order/searchlist?page=0&pageSize=10&tab=all').then((r) => r.text()).then((t) => { document.body.dataset.got = String(t.length); });</script></body>`,
    );
    const workbench = fixture('douyin-aftersale', 'aftersale-list.2026-12.html').replace(
      '</body>',
      `<script>fetch('/after_sale/pc/list?appid=1&_bid=ffa_aftersale&aid=4272', { method: 'POST', body: '{"page":1,"pageSize":10}' }).then((r) => r.text()).then((t) => { document.body.dataset.got = String(t.length); });</script></body>`,
    );
    await serveFixtures(b.context, { [DOUYIN_LIST]: list, [AFTERSALE_PAGE]: workbench });
    await b.context.route(
      (url) => url.href.startsWith(`${SEARCH}?`),
      (route) => route.fulfill({ body: fixture('pagedata', 'douyin-searchlist.2026-12.json'), contentType: 'application/json; charset=utf-8' }),
    );
    await b.context.route((url) => url.href.startsWith(`${AFTERSALE_API}?`), (route) => route.fulfill({ body, contentType: 'application/json; charset=utf-8' }));
    const page = await b.context.newPage();

    // 订单管理: 6938812345678907002 is 待发货 with its item 退款中, first seen now: nothing to raise yet.
    let since = Date.now();
    await page.goto(DOUYIN_LIST);
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
    assert.equal((await pageDataStatus(b.worker, DOUYIN_LIST, since))?.pageData.ordersRead, 4);
    const [orders] = await readStore(b.worker, [['orders', 'getAll']]);
    const refunding = orders.find((o) => o.orderId === REFUNDING);
    assert.deepEqual([refunding.status, refunding.statusRaw, refunding.trackingNo ?? null], ['refund_requested', '待发货 / 退款中', null]);
    assert.deepEqual(await requestCases(b), []);

    // 售后工作台: the buyer asked 20 h ago, so the 12 h wait is over: a cancellation to stop, not a refund case.
    since = Date.now();
    await page.goto(AFTERSALE_PAGE);
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
    assert.equal((await pageDataStatus(b.worker, AFTERSALE_PAGE, since))?.pageData.ordersRead, 1);
    const cancel = [
      REFUNDING,
      'cancel-pending',
      'P2',
      new Date(askedAt + 12 * HOUR).toISOString(),
      false,
      'The buyer asked for a refund before the order shipped ("待发货 / 退款中") more than 12 h ago: the buyer is cancelling — do not ship it, and agree the refund before Douyin refunds it on its own (48 h after the request).',
    ];
    assert.deepEqual(await casesWhen(b, (cases) => cases.length > 0, 'the cancel-pending case'), [cancel]);
    const [stored] = await readStore(b.worker, [['cases', 'getAll']]);
    assert.deepEqual(stored.find((c) => c.detector === 'cancel-pending').evidence, {
      signal: '待发货 / 退款中',
      requestedAt: new Date(askedAt).toISOString(),
      requestedAtSource: 'console',
      shipped: false,
      waitHours: 12,
      refundDecisionAt: new Date(askedAt + 48 * HOUR).toISOString(),
      refundDecisionHours: 48,
    });

    // Two days on, nobody acted: Douyin's 48 h are over and it may have refunded on its own: refund-pending's P1,
    // and the cancellation's condition cleared.
    await daysPass(b, 2);
    const later = await casesWhen(b, (cases) => cases.some((c) => c[0] === REFUNDING && c[1] === 'refund-pending'), 'the refund-pending case');
    assert.deepEqual(later.filter((c) => c[0] === REFUNDING), [
      [...cancel.slice(0, 4), true, cancel[5]],
      [REFUNDING, 'refund-pending', 'P1', new Date(askedAt + 48 * HOUR).toISOString(), false, "Refund of ¥45.00 requested; Douyin's 48 h limit before shipping has run out — it may already be agreed automatically."],
    ]);
  }));

test('Pinduoduo 订单查询 and Taobao 已卖出的宝贝: a refund asked before shipping is a cancellation a day after it was first seen, and refund-pending\'s two days after', () =>
  withExtension(async (b) => {
    await serveFixtures(b.context, {
      [PDD_LIST]: fixture('pinduoduo', 'orders-list.2026-11.html'),
      [TAOBAO_LIST]: fixture('taobao', 'sold-items-refunds.2026-11.html'),
    });
    const page = await b.context.newPage();
    const firstRead = Date.now();
    await page.goto(PDD_LIST);
    const pdd = await (async () => {
      for (let i = 0; i < 100; i++) {
        const [orders] = await readStore(b.worker, [['orders', 'getAll']]);
        const found = orders.find((o) => o.orderId === '241122-258312233445566');
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error('timed out waiting for the Pinduoduo order');
    })();
    assert.deepEqual([pdd.status, pdd.statusRaw, pdd.trackingNo ?? null], ['refund_requested', '待发货 / 退款中', null]);
    await page.goto(TAOBAO_LIST);
    const taobao = await (async () => {
      for (let i = 0; i < 100; i++) {
        const [orders] = await readStore(b.worker, [['orders', 'getAll']]);
        const found = orders.find((o) => o.orderId === '3712866600033344405');
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error('timed out waiting for the Taobao order');
    })();
    assert.deepEqual([taobao.status, taobao.statusRaw], ['refund_requested', '买家已付款 / 退款中']);
    const lastRead = Date.now();
    // First seen just now, with no request time shown: the 12 h wait has not begun to run out.
    assert.deepEqual(await requestCases(b), []);

    await daysPass(b, 1);
    const day = await casesWhen(b, (cases) => cases.length >= 2, 'two cancel-pending cases');
    assert.deepEqual(
      day.map((c) => c.slice(0, 3).concat(c[5])),
      [
        ['241122-258312233445566', 'cancel-pending', 'P2', 'A refund asked before the order shipped ("待发货 / 退款中") was first seen more than 12 h ago: the buyer is cancelling — do not ship it, and agree the refund before Pinduoduo refunds it on its own (48 h from when it was first seen).'],
        ['3712866600033344405', 'cancel-pending', 'P2', 'A refund asked before the order shipped ("买家已付款 / 退款中") was first seen more than 12 h ago: the buyer is cancelling — do not ship it, and agree the refund before Taobao refunds it on its own (48 h from when it was first seen).'],
      ],
    );
    // Due 12 h after each was first seen: the reads above.
    for (const c of day) assert.ok(Date.parse(c[3]) >= firstRead + 12 * HOUR - 1000 && Date.parse(c[3]) <= lastRead + 12 * HOUR, c[3]);

    await daysPass(b, 1);
    const later = await casesWhen(b, (cases) => cases.filter((c) => c[1] === 'refund-pending').length === 2, 'two refund-pending cases');
    assert.deepEqual(
      later.map((c) => c.slice(0, 3).concat(c[4])),
      [
        ['241122-258312233445566', 'cancel-pending', 'P2', true],
        ['241122-258312233445566', 'refund-pending', 'P1', false],
        ['3712866600033344405', 'cancel-pending', 'P2', true],
        ['3712866600033344405', 'refund-pending', 'P1', false],
      ],
    );
  }));
