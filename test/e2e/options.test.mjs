// A seller switches off a console's adapter in the options (e.g. after a redesign makes it
// misread): its page is no longer read, its badges go, and the popup says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDemoOrders } from '../../scripts/demo-console/orders.mjs';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension, popupPageStatus, readBadges, readStore } from './browser.mjs';

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
    await options.waitForFunction(() => /^20 orders known · last read /.test(document.querySelector('[data-testid="read-status-demo"]')?.textContent ?? ''));
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

test('the seller edits the checklist a kind of case starts from: cases already opened keep theirs, and reset brings back the built-in list', async () => {
  const demo = await startDemoConsole();
  const late = generateDemoOrders({ now: Date.now() }).find((o) => o.plant === 'late-52h');
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await readBadges(page, { atLeast: 5 });
    const opened = `ship-deadline|demo|${late.orderId}`;
    assert.equal((await readStore(b.worker, [['cases', 'get', opened]]))[0].checklist, undefined);

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const section = options.locator('[data-testid="checklists"]');
    const measures = () => section.locator('[data-testid="checklist-defaults"] li .measure').allTextContents();
    await section.locator('[data-testid="checklist-kind"]').selectOption('late_shipment');
    assert.equal(await section.locator('[data-testid="checklist-source"]').textContent(), 'The built-in list');
    assert.equal(await section.locator('[data-testid="checklist-reset"]').isDisabled(), true);
    assert.deepEqual(await measures(), [
      'Tell the buyer at once, and why',
      'Give the buyer a new time',
      'Offer a partial refund, compensation or a substitute',
      'Ship the order',
      'Check the carrier’s first scan',
    ]);

    // Add, rename, remove.
    await section.locator('[data-testid="checklist-default-add"] input').fill('Add a thank-you card');
    await section.locator('[data-testid="checklist-default-add"] button').click();
    await options.waitForFunction(() => document.querySelectorAll('[data-testid="checklist-defaults"] li').length === 6);
    assert.equal(await section.locator('[data-testid="checklist-source"]').textContent(), 'Your own list');
    await section.locator('li[data-item="ship"] button[data-action="rename"]').click();
    await section.locator('li[data-item="ship"] input[name="rename"]').fill('Ship with a tracked carrier');
    await section.locator('li[data-item="ship"] button[type="submit"]').click();
    await section.locator('li[data-item="check_first_scan"] button[data-action="remove"]').click();
    await options.waitForFunction(() => document.querySelectorAll('[data-testid="checklist-defaults"] li').length === 5);
    assert.deepEqual(await measures(), [
      'Tell the buyer at once, and why',
      'Give the buyer a new time',
      'Offer a partial refund, compensation or a substitute',
      'Ship with a tracked carrier',
      'Add a thank-you card',
    ]);
    assert.equal(await section.locator('[data-testid="checklist-said"]').textContent(), 'Saved. Cases opened from now on start from this list.');
    const [settings, kept] = await readStore(b.worker, [
      ['settings', 'get', 'settings'],
      ['cases', 'get', opened],
    ]);
    assert.deepEqual(settings.checklists, {
      late_shipment: [
        { id: 'tell_buyer_why', measure: 'tell_buyer_why' },
        { id: 'give_new_time', measure: 'give_new_time' },
        { id: 'offer_compensation', measure: 'offer_compensation' },
        { id: 'ship', measure: 'ship', text: 'Ship with a tracked carrier' },
        { id: 'own-1', text: 'Add a thank-you card' },
      ],
    });
    // The late shipment opened before the change keeps the list it had.
    assert.deepEqual(kept.checklist.map((i) => i.id), ['tell_buyer_why', 'give_new_time', 'offer_compensation', 'ship', 'check_first_scan']);

    // In Chinese the built-in measures speak Chinese; the seller's own words stay theirs.
    await options.selectOption('[data-testid="language"]', 'zh');
    await options.waitForFunction(() => document.querySelector('[data-testid="checklist-source"]').textContent === '您自己的清单');
    assert.deepEqual(await measures(), ['第一时间告知买家并说明原因', '告知买家新的发货或送达时间', '提供部分退款、补偿或替代商品', 'Ship with a tracked carrier', 'Add a thank-you card']);

    // Back to the built-in list.
    await section.locator('[data-testid="checklist-reset"]').click();
    await options.waitForFunction(() => document.querySelector('[data-testid="checklist-source"]').textContent === '内置清单');
    assert.equal((await measures()).at(-1), '核对快递揽收记录');
    assert.deepEqual((await readStore(b.worker, [['settings', 'get', 'settings']]))[0].checklists, {});
  } finally {
    await b.close();
    await demo.close();
  }
});
