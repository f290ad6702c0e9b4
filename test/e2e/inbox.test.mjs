// The side panel inbox as a seller uses it on the demo console: filters with counts, free
// text, a case moved to "waiting on carrier" then resolved with ¥5 compensation (both on its
// timeline); and 10 000 cases listed without 10 000 rows in the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDemoOrders, plantedFindings } from '../../scripts/demo-console/orders.mjs';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension, listedCases, openSidePanel, readBadges } from './browser.mjs';

const byOrder = (a, b) => String(a[0]).localeCompare(String(b[0]));

test('filter by severity and text, open a case, wait on the carrier, resolve with compensation', async () => {
  const demo = await startDemoConsole();
  const planted = plantedFindings(generateDemoOrders({ now: Date.now() }));
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await readBadges(page, { atLeast: new Set(planted.map((p) => p.orderId)).size });
    const panel = await openSidePanel(b);
    await panel.waitForFunction((n) => document.querySelectorAll('li[data-case-key]').length === n, planted.length);

    // Severity P1: exactly the two planted P1 cases; every choice shows its count.
    await panel.click('[data-testid="filter-severity"] button[data-value="P1"]');
    await panel.waitForFunction(() => document.querySelectorAll('li[data-case-key]').length === 2);
    const p1 = planted.filter((p) => p.severity === 'P1').map((p) => [p.orderId, p.detector, p.severity]);
    assert.deepEqual((await listedCases(panel)).sort(byOrder), p1.sort(byOrder));
    const counts = await panel.$$eval('[data-testid="filter-severity"] button', (buttons) =>
      buttons.map((button) => [button.dataset.value, button.querySelector('.n').textContent]),
    );
    assert.deepEqual(counts, [['all', '5'], ['P1', '2'], ['P2', '3'], ['P3', '0']]);
    // Other filters count within P1: both are overdue ship deadlines.
    assert.equal(await panel.textContent('[data-testid="filter-due"] button[data-value="overdue"] .n'), '2');
    assert.equal(
      await panel.textContent('[data-testid="filter-check"] option[value="detector:ship-deadline"]'),
      'Shipping deadline (2)',
    );
    assert.equal(await panel.textContent('[data-testid="filter-status"] option[value="live"]'), 'Still to handle (2)');

    // Free text on an order id, back on all severities.
    await panel.click('[data-testid="filter-severity"] button[data-value="all"]');
    const duplicate = planted.find((p) => p.detector === 'duplicate-order');
    await panel.fill('[data-testid="filter-text"]', duplicate.orderId.slice(-6));
    await panel.waitForFunction(() => document.querySelectorAll('li[data-case-key]').length === 1);
    assert.deepEqual(await listedCases(panel), [[duplicate.orderId, 'duplicate-order', 'P2']]);
    assert.equal(await panel.textContent('[data-testid="cases-shown"]'), '1 of 5 cases');

    // Open it; wait on the carrier, then resolve with ¥5 partial compensation.
    await panel.click(`li[data-case-order="${duplicate.orderId}"] button`);
    await panel.waitForSelector('[data-testid="case-detail"] [data-testid="case-countdown"]');
    assert.match(await panel.textContent('[data-testid="case-countdown"]'), /every hour counts, nights and weekends included/);
    await panel.click('[data-testid="case-status"] button[data-status="waiting"]');
    await panel.click('[data-testid="waiting-on"] button[data-waiting="carrier"]');
    await panel.waitForSelector('[data-testid="case-status-now"]');
    assert.equal(await panel.textContent('[data-testid="case-status-now"]'), 'Now: waiting on carrier.');

    await panel.click('[data-testid="case-status"] button[data-status="resolved"]');
    await panel.click('[data-testid="resolutions"] button[data-resolution="partial_compensation"]');
    await panel.fill('[data-testid="resolution-amount"] input[name="amount"]', '5');
    await panel.click('[data-testid="resolution-amount"] button[type="submit"]');
    await panel.waitForFunction(() => document.querySelector('[data-testid="case-status-now"]')?.textContent?.includes('Resolved'));
    assert.equal(await panel.textContent('[data-testid="case-status-now"]'), 'Now: Resolved (partial compensation, ¥5.00).');
    const statusLines = await panel.$$eval('[data-testid="case-timeline"] li[data-kind="status"]', (items) =>
      items.map((li) => li.lastChild.textContent),
    );
    assert.deepEqual(statusLines, ['Status: Open → waiting on carrier', 'Status: Waiting → Resolved (partial compensation, ¥5.00)']);
    // Resolved cases leave the default list ("still to handle").
    await panel.waitForFunction(() => document.querySelectorAll('li[data-case-key]').length === 0);
  } finally {
    await b.close();
    await demo.close();
  }
});

test('10 000 cases: only the rows in view are in the page, and scrolling reaches the last', async () => {
  const b = await launchWithExtension();
  try {
    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.waitForSelector('[data-testid="case-scroll"]');
    // Written straight into the extension's database, as 10 000 detections would leave it.
    await panel.evaluate(async () => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('order-sentinel');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const now = Date.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('cases', 'readwrite');
        const store = tx.objectStore('cases');
        for (let i = 0; i < 10_000; i++) {
          const orderId = `BULK-${String(i).padStart(5, '0')}`;
          store.put({
            key: `ship-deadline|taobao|${orderId}`,
            detector: 'ship-deadline',
            marketplace: 'taobao',
            orderId,
            severity: 'P2',
            dueAt: now + (i + 1) * 60_000,
            evidence: {},
            explanation: { en: 'Ship soon.', zh: '尽快发货。' },
            status: 'open',
            conditionCleared: false,
            openedAt: now,
            updatedAt: now,
            lastDetectedAt: now,
          });
        }
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await panel.reload();
    await panel.waitForSelector('li[data-case-key="ship-deadline|taobao|BULK-00000"]');
    assert.equal(await panel.textContent('[data-testid="cases-shown"]'), '10000 of 10000 cases');
    assert.equal(await panel.textContent('[data-testid="filter-severity"] button[data-value="P2"] .n'), '10000');
    const rendered = await panel.$$eval('li[data-case-key]', (items) => items.length);
    assert.ok(rendered > 5 && rendered < 100, `${rendered} rows in the page`);

    await panel.$eval('[data-testid="case-scroll"]', (el) => (el.scrollTop = el.scrollHeight));
    await panel.waitForSelector('li[data-case-key="ship-deadline|taobao|BULK-09999"]', { timeout: 5_000 });
    assert.equal(await panel.$('li[data-case-key="ship-deadline|taobao|BULK-00000"]'), null);
    assert.ok((await panel.$$eval('li[data-case-key]', (items) => items.length)) < 100);
  } finally {
    await b.close();
  }
});
