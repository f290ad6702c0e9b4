// Pinduoduo's 订单查询, served at its real URL so the manifest's match patterns are what is tested:
// the built extension reads the saved page, badges the late order, and the popup tells the
// seller what it read (or that the list is empty).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchWithExtension, popupPageStatus } from './browser.mjs';

const fixture = (name) => readFileSync(new URL(`../fixtures/pinduoduo/${name}`, import.meta.url), 'utf8');
const ORDER_LIST = 'https://mms.pinduoduo.com/orders/list?msfrom=mms_sidenav';
const EMPTY_LIST = 'https://mms.pinduoduo.com/orders/list?tab=1';
const HOME = 'https://mms.pinduoduo.com/orders/detail?type=4399&sn=241120-258301446712345';

test('Pinduoduo 订单查询: the order past its 承诺发货时间 gets a badge, the popup reports the read', async () => {
  const b = await launchWithExtension();
  try {
    const pages = {
      [ORDER_LIST]: fixture('orders-list.2026-11.html'),
      [EMPTY_LIST]: fixture('orders-list-empty.2026-11.html'),
      [HOME]: '<!doctype html><meta charset="utf-8"><title>订单详情</title><h1>订单详情</h1>',
    };
    for (const [url, body] of Object.entries(pages)) {
      await b.context.route(url, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
    }
    const page = await b.context.newPage();
    await page.goto(ORDER_LIST);
    await page.waitForSelector('[data-os-order-id]', { state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(300);
    const badges = await page.$$eval('[data-os-order-id]', (hosts) =>
      hosts.map((h) => [h.dataset.osOrderId, h.dataset.osDetectors, h.dataset.osSeverity]),
    );
    // Only 241120-… is 待发货 with its 承诺发货时间 (2026-11-22 09:12) passed; 241122-… is 待发货 but 退款中.
    assert.deepEqual(badges, [['241120-258301446712345', 'ship-deadline', 'P1']]);
    assert.match(await popupPageStatus(b, ORDER_LIST), /^Read 6 orders$/);

    await page.goto(EMPTY_LIST);
    assert.equal(await popupPageStatus(b, EMPTY_LIST), 'The order list on this page is empty.');

    await page.goto(HOME);
    assert.equal(await popupPageStatus(b, HOME), 'Cannot read this page: not an order list page');

    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.waitForSelector('[data-case-detector]');
    const cases = await panel.$$eval('[data-case-detector]', (items) =>
      items.map((li) => [li.dataset.caseOrder, li.dataset.caseDetector, li.dataset.caseSeverity]),
    );
    assert.deepEqual(cases, [['241120-258301446712345', 'ship-deadline', 'P1']]);
  } finally {
    await b.close();
  }
});
