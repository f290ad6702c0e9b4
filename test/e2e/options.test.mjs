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
