// Pinduoduo's order detail at its real address: the seller reads 订单查询 first (the list's own
// data marks an order shipped), then opens one order's 详情, whose page asks the console for the
// parcel's 物流轨迹 itself. The built extension reads that answer: a parcel whose latest event is
// 4+ days old raises tracking-stalled (P2, "Tracking stalled" in the side panel); a parcel with
// an event hours old raises nothing. A malformed answer breaks nothing, and the extension makes
// no request of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, launchWithExtension, openSidePanel, readStore, requestsFromExtension } from './browser.mjs';

process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const LIST = 'https://mms.pinduoduo.com/orders/list';
const DATA = 'https://mms.pinduoduo.com/mangkhut/mms/recentOrderList';
const TRACK = 'https://mms.pinduoduo.com/express_base/mms/track/get';
const DETAIL_OF = (sn) => `https://mms.pinduoduo.com/orders/detail?type=4399&sn=${sn}`;
const STALLED = '261201-112233445566778';
const MOVING = '261201-556677889900112';
const BROKEN = '261201-000011112222333';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `instant` as the console writes it: Beijing wall time, "2026-12-02 09:47:12" (to the second). */
const beijing = (instant) => new Date(instant + 8 * HOUR).toISOString().slice(0, 19).replace('T', ' ');

// The list's saved data, with a second and a third shipped order (the same shape, other numbers).
const saved = JSON.parse(fixture('pagedata', 'pinduoduo-recentOrderList.2026-12.json'));
const shippedEntry = saved.result.pageItems.find((i) => i.order_sn === STALLED);
saved.result.pageItems.push({ ...shippedEntry, order_sn: MOVING, nickname: '阿福' }, { ...shippedEntry, order_sn: BROKEN, nickname: '小林' });
saved.result.totalItemNum = saved.result.pageItems.length;
const LIST_ANSWER = JSON.stringify(saved);

// What the console's own code does on each page: ask for its data and use it.
const asks = (url, method) => `<script>
fetch(${JSON.stringify(url)}, { method: '${method}', credentials: 'include' }).then((r) => r.text()).then((t) => { document.body.dataset.got = String(t.length); }, (e) => { document.body.dataset.got = 'error ' + e.message; });
</script>`;
const LIST_PAGE = fixture('pinduoduo', 'orders-list.2026-11.html').replace('</body>', `${asks('/mangkhut/mms/recentOrderList', 'POST')}</body>`);
const detailPage = (sn) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>订单详情</title></head><body><h1>订单详情</h1><p>订单编号：${sn}</p>` +
  asks(`/express_base/mms/track/get?orderSn=${sn}&source=MMS_TRACK_STATUS`, 'GET') +
  '</body></html>';

test('Pinduoduo order detail: a parcel idle 4+ days raises tracking-stalled from the tracking the console shows; a moving parcel raises nothing', async () => {
  const now = Date.now();
  const stalledAt = now - 4.5 * DAY;
  const movingAt = now - 3 * HOUR;
  const answers = {
    [STALLED]: JSON.stringify({
      success: true,
      result: {
        traces: [
          { time: beijing(stalledAt - DAY), info: '【金华市】圆通速递 义乌转运中心 已揽收' },
          { time: beijing(stalledAt), info: '【杭州市】快件已到达 杭州转运中心' },
        ],
      },
    }),
    [MOVING]: JSON.stringify({ success: true, result: { traceList: [{ time: beijing(movingAt), info: '【上海市】快件派送中' }, { time: beijing(movingAt - DAY), info: '已揽收' }] } }),
    [BROKEN]: '{"success":true,"result":{"traces":[{"time":"2026-12-0',
  };
  const b = await launchWithExtension();
  const fromExtension = requestsFromExtension(b);
  const html = (body) => ({ body, contentType: 'text/html; charset=utf-8' });
  const json = (body) => ({ body, contentType: 'application/json;charset=UTF-8' });
  await b.context.route((url) => url.href === LIST, (route) => route.fulfill(html(LIST_PAGE)));
  await b.context.route((url) => url.href === DATA, (route) => route.fulfill(json(LIST_ANSWER)));
  await b.context.route((url) => url.href.startsWith('https://mms.pinduoduo.com/orders/detail?'), (route) => route.fulfill(html(detailPage(new URL(route.request().url()).searchParams.get('sn')))));
  await b.context.route((url) => url.href.startsWith(`${TRACK}?`), (route) => route.fulfill(json(answers[new URL(route.request().url()).searchParams.get('orderSn')])));
  const stored = async (sn) => (await readStore(b.worker, [['orders', 'getAll']]))[0].find((o) => o.orderId === sn);
  // The list's data raises other cases on these parcels (tracking-invalid among them): only tracking-stalled is looked at here.
  const casesOf = async (sn) => (await readStore(b.worker, [['cases', 'getAll']]))[0].filter((c) => c.orderId === sn && c.detector === 'tracking-stalled');
  const until = async (check) => {
    for (let i = 0; i < 150; i++) {
      const value = await check();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 100));
    }
    return undefined;
  };
  const open = async (page, sn) => {
    await page.goto(DETAIL_OF(sn));
    await page.waitForFunction(() => document.body.dataset.got !== undefined, null, { timeout: 15_000 });
  };
  try {
    // The list: three shipped parcels, none with tracking events read, so tracking-stalled stays silent.
    const list = await b.context.newPage();
    await list.goto(LIST);
    const fromList = await until(async () => {
      const all = await Promise.all([STALLED, MOVING, BROKEN].map(stored));
      return all.every((o) => o !== undefined) ? all : undefined;
    });
    assert.deepEqual(fromList.map((o) => [o.orderId, o.status, o.lastTrackingAt]), [
      [STALLED, 'shipped', undefined],
      [MOVING, 'shipped', undefined],
      [BROKEN, 'shipped', undefined],
    ]);
    assert.deepEqual((await casesOf(STALLED)).map((c) => c.detector), []);
    assert.deepEqual((await casesOf(MOVING)).map((c) => c.detector), []);

    // The stalled parcel's detail: its latest event, 4.5 days old, is read and the case is raised.
    const detail = await b.context.newPage();
    const pageErrors = [];
    detail.on('pageerror', (e) => pageErrors.push(e.message));
    await open(detail, STALLED);
    const tracked = await until(async () => {
      const o = await stored(STALLED);
      return o?.lastTrackingAt === undefined ? undefined : o;
    });
    assert.deepEqual([tracked.lastTrackingAt, tracked.trackingEvent], [Math.floor(stalledAt / 1000) * 1000, '【杭州市】快件已到达 杭州转运中心']);
    const raised = await until(async () => ((await casesOf(STALLED)).length > 0 ? casesOf(STALLED) : undefined));
    assert.deepEqual(raised.map((c) => [c.detector, c.severity]), [['tracking-stalled', 'P2']]);
    assert.equal(raised[0].explanation.en, 'No tracking movement for at least 3 days: stalled (from 3 days), suspected lost at 7 days for a domestic parcel.');
    assert.equal(raised[0].explanation.zh, '物流已 3 天以上无更新：包裹停滞（3 天起算），国内包裹满 7 天视为疑似丢失。');

    // The moving parcel's detail: an event 3 hours old, read, and no case.
    await open(detail, MOVING);
    const moving = await until(async () => {
      const o = await stored(MOVING);
      return o?.lastTrackingAt === undefined ? undefined : o;
    });
    assert.deepEqual([moving.lastTrackingAt, moving.trackingEvent], [Math.floor(movingAt / 1000) * 1000, '【上海市】快件派送中']);

    // A malformed answer: the page keeps working, the order is left as it was.
    await open(detail, BROKEN);
    assert.equal(await detail.title(), '订单详情');
    await detail.waitForTimeout(1000);
    assert.equal((await stored(BROKEN)).lastTrackingAt, undefined);
    assert.deepEqual(pageErrors, []);

    // What the seller reads in the side panel: one case, P2, titled "Tracking stalled".
    const panel = await openSidePanel(b);
    const lines = await panel.$$eval('[data-case-detector="tracking-stalled"]', (items) =>
      items.map((li) => [li.dataset.caseOrder, li.dataset.caseSeverity, li.querySelector('.case-title')?.textContent]),
    );
    assert.deepEqual(lines, [[STALLED, 'P2', 'Tracking stalled']]);
    assert.deepEqual((await casesOf(MOVING)).map((c) => c.detector), []);
    assert.deepEqual((await casesOf(BROKEN)).map((c) => c.detector), []);

    assert.deepEqual(fromExtension, []);
  } finally {
    await b.close();
  }
});
