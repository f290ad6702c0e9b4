// Dismissing asks why; the options page then tells the seller what they dismissed per check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDemoOrders, plantedFindings } from '../../scripts/demo-console/orders.mjs';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension } from './browser.mjs';

test('a dismissal with its reason shows in the side panel and in the options statistics', async () => {
  const demo = await startDemoConsole();
  const mismatch = plantedFindings(generateDemoOrders({ now: Date.now() })).find((p) => p.detector === 'amount-mismatch');
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await page.waitForSelector(`[data-os-order-id="${mismatch.orderId}"]`, { state: 'attached', timeout: 15_000 });

    const panel = await b.context.newPage();
    const key = `amount-mismatch|demo|${mismatch.orderId}`;
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html#case=${encodeURIComponent(key)}`);
    await panel.click('[data-testid="case-status"] button[data-status="dismissed"]');
    await panel.click('[data-testid="dismiss-reasons"] button[data-reason="false_positive"]');
    await panel.waitForSelector('[data-testid="dismissed-because"]');
    assert.equal(await panel.textContent('[data-testid="dismissed-because"]'), 'Dismissed: false alarm.');
    // Dismissed cases leave the open list.
    await panel.waitForFunction((k) => !document.querySelector(`li[data-case-key="${k}"]`), key);

    // …and the badge leaves the row.
    await page.waitForFunction((id) => !document.querySelector(`[data-os-order-id="${id}"]`), mismatch.orderId, { timeout: 10_000 });

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.waitForSelector('[data-testid="dismissals-amount-mismatch"]');
    assert.equal(
      await options.textContent('[data-testid="dismissals-amount-mismatch"]'),
      'Dismissed in the last 30 days: 1 (1 false alarm).',
    );
  } finally {
    await b.close();
    await demo.close();
  }
});
