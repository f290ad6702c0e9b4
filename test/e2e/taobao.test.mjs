// Taobao's 已卖出的宝贝, served at its real URL so the manifest's match patterns are what
// is tested: the built extension reads the saved page, badges the late order, and the
// popup tells the seller what it read (or why it could not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchWithExtension, popupPageStatus } from './browser.mjs';

const fixture = (name) => readFileSync(new URL(`../fixtures/taobao/${name}`, import.meta.url), 'utf8');
const SOLD_ITEMS = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const TMALL_SOLD_ITEMS = 'https://trade.tmall.com/trade/itemlist/list_sold_items.htm';
const WORKBENCH_HOME = 'https://myseller.taobao.com/home.htm';

test('Taobao sold items: the unshipped order gets a badge, the popup reports the read', async () => {
  const b = await launchWithExtension();
  try {
    const pages = {
      [SOLD_ITEMS]: fixture('sold-items.2026-11.html'),
      [TMALL_SOLD_ITEMS]: fixture('sold-items-empty.2026-11.html'),
      [WORKBENCH_HOME]: '<!doctype html><meta charset="utf-8"><title>千牛卖家工作台</title><h1>工作台</h1>',
    };
    for (const [url, body] of Object.entries(pages)) {
      await b.context.route(url, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
    }
    const page = await b.context.newPage();
    await page.goto(SOLD_ITEMS);
    await page.waitForSelector('[data-os-order-id]', { state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(300);
    const badges = await page.$$eval('[data-os-order-id]', (hosts) =>
      hosts.map((h) => [h.dataset.osOrderId, h.dataset.osDetectors, h.dataset.osSeverity]),
    );
    // Only the 买家已付款 order is waiting to ship; placed 2026-11-20, it is long past 48 h.
    assert.deepEqual(badges, [['3712804412345678901', 'ship-deadline', 'P1']]);
    assert.match(await popupPageStatus(b, SOLD_ITEMS), /^Read 6 orders$/);

    await page.goto(TMALL_SOLD_ITEMS);
    assert.equal(await popupPageStatus(b, TMALL_SOLD_ITEMS), 'The order list on this page is empty.');

    await page.goto(WORKBENCH_HOME);
    assert.equal(await popupPageStatus(b, WORKBENCH_HOME), 'Cannot read this page: not an order list page');

    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.waitForSelector('[data-case-detector]');
    const cases = await panel.$$eval('[data-case-detector]', (items) =>
      items.map((li) => [li.dataset.caseOrder, li.dataset.caseDetector, li.dataset.caseSeverity]),
    );
    assert.deepEqual(cases, [['3712804412345678901', 'ship-deadline', 'P1']]);
  } finally {
    await b.close();
  }
});
