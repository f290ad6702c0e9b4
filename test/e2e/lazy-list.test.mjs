// A lazily rendered order list (rows exist only while in view, as in virtualised data grids):
// read health says how much was read, "Read the whole list" scrolls the list's own container
// to read every row, and the seller's scroll position is put back afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, tabIdOf } from './browser.mjs';

const URL_ = 'http://order-sentinel-demo.localhost:8123/orders?view=virtual';
const TOTAL = 120;
const ROW_HEIGHT = 30;

// Shanghai wall times in the past week; orders are shipped, so no detector fires.
const page = `<!doctype html><meta charset="utf-8"><title>已卖出的宝贝（虚拟列表）</title>
<style>#scroller{height:300px;overflow:auto;border:1px solid #ccc} td,th{height:${ROW_HEIGHT - 1}px;padding:0 6px;font:13px sans-serif}</style>
<h1>晨光小铺 · 订单列表</h1>
<div id="scroller"><table class="order-table" aria-rowcount="${TOTAL + 1}">
<thead><tr><th>订单号</th><th>买家</th><th>商品</th><th>数量</th><th>单价</th><th>运费</th><th>优惠</th><th>实付款</th><th>下单时间</th><th>付款时间</th><th>订单状态</th></tr></thead>
<tbody id="body"></tbody></table></div>
<script>
  const total = ${TOTAL}, h = ${ROW_HEIGHT}, body = document.getElementById('body'), scroller = document.getElementById('scroller');
  const pad = (n) => String(n).padStart(2, '0');
  function row(i) {
    const tr = document.createElement('tr');
    const day = 18 + (i % 6), hour = pad(i % 24);
    const cells = ['VL' + String(100000 + i), '买家' + i, '手工皂', '1', '¥10.00', '¥0.00', '¥0.00', '¥10.00',
      '2026-11-' + day + ' ' + hour + ':00:00', '2026-11-' + day + ' ' + hour + ':05:00', '已发货'];
    for (const text of cells) { const td = document.createElement('td'); td.textContent = text; tr.append(td); }
    return tr;
  }
  function spacer(px) { const tr = document.createElement('tr'); tr.style.height = px + 'px'; tr.setAttribute('aria-hidden', 'true'); return tr; }
  function render() {
    const first = Math.floor(scroller.scrollTop / h), count = Math.ceil(scroller.clientHeight / h) + 2;
    const last = Math.min(total, first + count);
    const rows = [spacer(first * h)];
    for (let i = first; i < last; i++) rows.push(row(i));
    rows.push(spacer((total - last) * h));
    body.replaceChildren(...rows);
  }
  scroller.addEventListener('scroll', render);
  render();
</script>`;

test('a lazily rendered list: partial read reported, whole list read on request, scroll restored', async () => {
  const b = await launchWithExtension();
  try {
    await b.context.route(URL_, (route) => route.fulfill({ body: page, contentType: 'text/html; charset=utf-8' }));
    const tab = await b.context.newPage();
    await tab.goto(URL_);
    await tab.evaluate(() => {
      document.getElementById('scroller').scrollTop = 600; // the seller is looking at rows 20…
    });

    let tabId;
    for (let i = 0; i < 50 && tabId === undefined; i++) {
      tabId = await tabIdOf(b.worker, URL_);
      if (tabId === undefined) await tab.waitForTimeout(100);
    }
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="page-partial"]');
    const partial = await popup.textContent('[data-testid="page-partial"]');
    assert.match(partial, /^This list holds 120 rows and shows them as you scroll; \d+ read so far\./);

    await popup.click('[data-testid="page-partial"] button');
    // The real popup floats over a visible page; here the popup is a tab of its own, so
    // bring the console back to the front (a hidden tab does not render while scrolled).
    await tab.bringToFront();
    // When the whole list has been read, the popup's read health says so.
    await popup.waitForFunction(
      () => document.querySelector('[data-testid="page-status"]')?.textContent === 'Read 120 orders',
      null,
      // Generous: the read scrolls the list a screen at a time and waits for each to render, which
      // a loaded two-core machine slows several-fold.
      { timeout: 120_000, polling: 250 },
    );
    assert.equal(await popup.locator('[data-testid="page-partial"]').count(), 0);
    // The seller's place in the list is where it was.
    assert.equal(await tab.evaluate(() => document.getElementById('scroller').scrollTop), 600);

    await popup.reload();
    await popup.waitForSelector('[data-testid="page-known"]');
    assert.equal(await popup.locator('[data-testid="page-partial"]').count(), 0);
    assert.equal(await popup.textContent('[data-testid="page-status"]'), 'Read 120 orders');
    assert.match(await popup.textContent('[data-testid="page-known"]'), /^120 orders known for Demo console · 120 seen in the last hour$/);
  } finally {
    await b.close();
  }
});
