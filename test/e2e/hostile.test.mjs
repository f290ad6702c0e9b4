// A console page whose cells hold hostile text (markup, script, template strings, RTL
// overrides, zero-width characters, a 100 KB cell, numbers like 1e309 / NaN / ¥-0), served at
// a console URL. Nothing the page contains runs in the page, the overlay, the popup or the
// side panel; valid rows are read; bad ones are counted with their reasons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, popupPageStatus, readBadges, readStore } from './browser.mjs';

const URL_ = 'http://order-sentinel-demo.localhost:8125/orders';
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad = (n) => String(n).padStart(2, '0');
/** Shanghai wall time `hoursAgo` hours before now, as the console shows it. */
function shanghai(hoursAgo) {
  const d = new Date(Date.now() - hoursAgo * 3_600_000 + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
}

const PAYLOADS = {
  img: '<img src=x onerror="window.__pwned=\'img\'">',
  script: '<script>window.__pwned="script"</script>',
  template: "{{constructor.constructor('window.__pwned=\"template\"')()}}",
  link: 'javascript:window.__pwned="link"',
  rtl: '\u202Egnp.exe\u202C 手工皂',
};

// [order id, buyer, item, paid, status, paid hours ago]; text cells are escaped, so a reader
// that turned them into markup would run them.
const ROWS = [
  ['DSH000000000001', PAYLOADS.img, PAYLOADS.script, '¥59.80', '待发货', 60],
  ['DSH000000000002', PAYLOADS.template, PAYLOADS.rtl, '¥1e309', '待发货', 2],
  ['DSH000000000003', PAYLOADS.link, '手工皂', 'NaN', '已发货', 5],
  ['DSH000000000004', '买家\u200b\u200d零宽', '手工皂', '¥-0', '已发货', 5],
  ['DSH000000000005', '长文本买家', 'x'.repeat(100_000), '¥10.00', '已发货', 5],
  ['DSH000000000006', '正常买家', '薰衣草手工皂', '¥29.90', '已发货', 5],
];

const page = `<!doctype html><meta charset="utf-8"><title>已卖出的宝贝</title>
<table class="order-table"><thead><tr><th>订单号</th><th>买家</th><th>商品</th><th>数量</th><th>单价</th><th>运费</th><th>优惠</th><th>实付款</th><th>下单时间</th><th>付款时间</th><th>订单状态</th></tr></thead><tbody>
${ROWS.map(([id, buyer, item, paid, status, hours]) => `<tr><td>${id}</td><td>${escape(buyer)}</td><td>${escape(item)}</td><td>1</td><td>${escape(paid)}</td><td>¥0.00</td><td>¥0.00</td><td>${escape(paid)}</td><td>${shanghai(hours + 0.1)}</td><td>${shanghai(hours)}</td><td>${status}</td></tr>`).join('\n')}
</tbody></table>`;

test('hostile cells: nothing runs anywhere, valid rows read, bad rows counted with reasons', async () => {
  const b = await launchWithExtension();
  try {
    await b.context.route(URL_, (r) => r.fulfill({ body: page, contentType: 'text/html; charset=utf-8' }));
    const tab = await b.context.newPage();
    await tab.goto(URL_);
    const badges = await readBadges(tab, { atLeast: 1 });
    // ¥-0 reads as zero paid for an item priced ¥-0: a free order, read without a crash and quiet.
    assert.deepEqual(badges, [['DSH000000000001', 'ship-deadline', 'P1']]);
    // The overlay's findings panel and note popover on the hostile row: still text.
    await tab.locator('[data-os-order-id="DSH000000000001"]').hover();
    await tab.waitForTimeout(300);
    assert.equal(await tab.evaluate(() => window.__pwned), undefined);

    assert.equal(
      await popupPageStatus(b, URL_),
      [
        // The 100 KB item title is kept, cut to 2 000 characters, so its row is read.
        'Read 4 orders, 2 rows skipped:',
        "row 2 (DSH000000000002): 实付款 '¥1e309' is not an amount",
        "row 3 (DSH000000000003): 实付款 'NaN' is not an amount",
      ].join(''),
    );
    // Once the read is reported whole, still that one badge: the free order raised nothing.
    assert.deepEqual(await readBadges(tab, { atLeast: 1 }), [['DSH000000000001', 'ship-deadline', 'P1']]);
    const [stored] = await readStore(b.worker, [['orders', 'get', 'demo|DSH000000000005']]);
    assert.equal(stored.items[0].title.length, 2000);

    // The side panel shows the hostile buyer and item as text.
    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html#case=${encodeURIComponent('ship-deadline|demo|DSH000000000001')}`);
    await panel.waitForSelector('[data-testid="case-detail"]');
    const detail = await panel.textContent('[data-testid="case-detail"]');
    assert.ok(detail.includes(PAYLOADS.img), 'the buyer shows as the text it is');
    assert.equal(await panel.evaluate(() => window.__pwned), undefined);
    assert.equal(await panel.locator('[data-testid="case-detail"] img, [data-testid="case-detail"] script').count(), 0);
    assert.equal(await tab.evaluate(() => window.__pwned), undefined);
  } finally {
    await b.close();
  }
});
