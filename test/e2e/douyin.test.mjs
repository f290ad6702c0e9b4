// Douyin's 抖店 订单管理, served at its real URL so the manifest's match patterns are what is tested:
// the built extension reads the saved page, badges the late order, and the popup tells the
// seller what it read (or that the list is empty).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchWithExtension, popupPageStatus } from './browser.mjs';

const fixture = (name) => readFileSync(new URL(`../fixtures/douyin/${name}`, import.meta.url), 'utf8');
const ORDER_LIST = 'https://fxg.jinritemai.com/ffa/morder/order/list';
const EMPTY_LIST = 'https://fxg.jinritemai.com/ffa/morder/order/list?tab=stock_up';
const HOME = 'https://fxg.jinritemai.com/ffa/mshop/homepage/index';

test('Douyin 订单管理: the unshipped order gets one badge on its two rows, the popup reports the read', async () => {
  const b = await launchWithExtension();
  try {
    const pages = {
      [ORDER_LIST]: fixture('order-list.2026-11.html'),
      [EMPTY_LIST]: fixture('order-list-empty.2026-11.html'),
      [HOME]: '<!doctype html><meta charset="utf-8"><title>抖店首页</title><h1>抖店首页</h1>',
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
    // Only 6938812345678901001 is 待发货; ordered 2026-11-21 19:20 (no payment time shown), it is past 48 h.
    assert.deepEqual(badges, [['6938812345678901001', 'ship-deadline', 'P1']]);
    assert.match(await popupPageStatus(b, ORDER_LIST), /^Read 7 orders$/);

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
    assert.deepEqual(cases, [['6938812345678901001', 'ship-deadline', 'P1']]);
  } finally {
    await b.close();
  }
});
