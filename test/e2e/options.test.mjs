// A seller switches off a console's adapter in the options (e.g. after a redesign makes it
// misread): its page is no longer read, its badges go, and the popup says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension, popupPageStatus } from './browser.mjs';

test('switching an adapter off in the options stops reading that console', async () => {
  const demo = await startDemoConsole();
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await page.waitForSelector('[data-os-order-id]', { state: 'attached', timeout: 15_000 });

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    // The switch follows the saved settings (it turns off once the change is stored).
    await options.click('[data-adapter="demo"]');
    await options.waitForSelector('[role="status"].saved');
    await options.waitForFunction(() => !document.querySelector('[data-adapter="demo"]').checked);

    await page.waitForFunction(() => document.querySelectorAll('[data-os-order-id]').length === 0, null, { timeout: 10_000 });
    assert.equal(
      await popupPageStatus(b, demo.url),
      'Cannot read this page: reading Demo console is switched off in the options',
    );

    // Switched back on, the page is read again.
    await options.click('[data-adapter="demo"]');
    await page.waitForSelector('[data-os-order-id]', { state: 'attached', timeout: 10_000 });
  } finally {
    await b.close();
    await demo.close();
  }
});

test('the toolbar icon can open the side panel straight away instead of the popup', async () => {
  const b = await launchWithExtension();
  try {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const behaviour = () =>
      b.worker.evaluate(async () => ({
        popup: await chrome.action.getPopup({}),
        panel: (await chrome.sidePanel.getPanelBehavior()).openPanelOnActionClick,
      }));
    await options.waitForSelector('[data-testid="toolbar-click"]');
    assert.deepEqual(await behaviour(), { popup: `chrome-extension://${b.extensionId}/popup.html`, panel: false });
    await options.selectOption('[data-testid="toolbar-click"]', 'sidepanel');
    await options.waitForTimeout(500);
    assert.deepEqual(await behaviour(), { popup: '', panel: true });
    await options.selectOption('[data-testid="toolbar-click"]', 'popup');
    await options.waitForTimeout(500);
    assert.deepEqual(await behaviour(), { popup: `chrome-extension://${b.extensionId}/popup.html`, panel: false });
  } finally {
    await b.close();
  }
});

test('options a seller can scan: checks by family with their main setting beside them, consoles with what was read, addresses folded', async () => {
  const demo = await startDemoConsole();
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await page.waitForFunction(() => document.querySelectorAll('[data-os-row]').length === 20, null, { timeout: 15_000 });

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    // The demo console says what was read from it; a console never opened says how to start.
    await options.waitForFunction(() => /^20 orders known · last read /.test(document.querySelector('[data-testid="read-status-demo"]').textContent));
    assert.equal(await options.textContent('[data-testid="read-status-taobao"]'), 'Not read yet: open its order list');
    // Its web addresses wait behind a fold.
    const addresses = options.locator('[data-console="taobao"] details.addresses');
    assert.equal(await addresses.evaluate((d) => d.open), false);
    assert.equal(await addresses.locator('small').isVisible(), false);
    await addresses.locator('summary').click();
    assert.match(await addresses.locator('small').textContent(), /^https:\/\/trade\.taobao\.com\/trade\/itemlist\/\*/);

    // Checks are grouped by family: shipping first, with its deadline check and main setting shown.
    const families = await options.$$eval('[data-testid="detectors"] .family', (els) => els.map((f) => f.dataset.family));
    assert.equal(families[0], 'shipping');
    assert.equal(new Set(families).size, families.length);
    const shipping = options.locator('.family[data-family="shipping"] .check').first();
    assert.equal(await shipping.locator('.check-name strong').textContent(), 'Shipping deadline');
    assert.equal(await shipping.locator('.check-settings > label').first().textContent(), 'warn hours before ');
    // The rest of its settings are folded away.
    assert.equal(await shipping.locator('details.advanced').evaluate((d) => d.open), false);
    assert.equal(await shipping.locator('details.advanced > summary').textContent(), 'More settings');

    // A switch turned off says so beside the console.
    await options.click('[data-adapter="demo"]');
    await options.waitForFunction(() => document.querySelector('[data-testid="read-status-demo"]').textContent === 'Switched off');
  } finally {
    await b.close();
    await demo.close();
  }
});
