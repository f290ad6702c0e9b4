// The overlay in the seller's rows, in real Chromium on the demo console: a note written
// from a row lands on the order's case (a new seller-note case on a row without findings),
// a chip saves in one click, a badge lists its findings on hover/focus and opens its case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDemoOrders, plantedFindings } from '../../scripts/demo-console/orders.mjs';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension, readBadges } from './browser.mjs';

/** Read rows on the demo's first page: 21 rows, one of them malformed (not an order). */
const READ_ROWS = 20;

/** The notes of a case, as the side panel's detail shows them (text after the timestamp). */
async function caseNotes(b, caseKey) {
  const panel = await b.context.newPage();
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html#case=${encodeURIComponent(caseKey)}`);
  await panel.waitForSelector(`[data-testid="case-detail"][data-case-key="${caseKey}"]`);
  await panel.waitForSelector('[data-testid="case-notes"] li');
  const notes = await panel.$$eval('[data-testid="case-notes"] li', (items) =>
    items.map((li) => li.textContent.slice(li.querySelector('time')?.textContent.length ?? 0)),
  );
  return { panel, notes };
}

/** What the row's note popover says once it has an answer. */
async function popoverStatus(page, orderId) {
  const status = page.locator(`[data-os-row="${orderId}"] .popover .status.saved, [data-os-row="${orderId}"] .popover .status.error`);
  await status.waitFor({ timeout: 10_000 });
  return status.textContent();
}

/** The element focused inside the overlay, as "orderId className". */
const focusedInOverlay = (page) =>
  page.evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement;
    return inner ? `${host.getAttribute('data-os-row')} ${inner.className || inner.tagName.toLowerCase()}` : null;
  });

test('notes from the rows, findings on hover and focus, a badge opens its case', async (t) => {
  const demo = await startDemoConsole();
  const planted = plantedFindings(generateDemoOrders({ now: Date.now() }));
  const mismatch = planted.find((p) => p.detector === 'amount-mismatch');
  const late = planted.find((p) => p.detector === 'ship-deadline' && p.severity === 'P1');
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await readBadges(page, { atLeast: planted.length });
    await page.waitForFunction((n) => document.querySelectorAll('[data-os-row]').length === n, READ_ROWS);

    // A row no detector flagged: a note button, no badge.
    const plainId = await page.$eval('[data-os-row]:not([data-os-order-id])', (h) => h.getAttribute('data-os-row'));
    assert.ok(!planted.some((p) => p.orderId === plainId));
    const plainNote = page.locator(`[data-os-row="${plainId}"] .note`);
    assert.equal(await plainNote.getAttribute('aria-label'), `Add a note to order ${plainId}`);

    // Quiet until the pointer is on the row (the row's buttons are hidden and let clicks through).
    await page.mouse.move(0, 0);
    assert.deepEqual(await plainNote.evaluate((el) => [getComputedStyle(el.parentElement).opacity, getComputedStyle(el.parentElement).pointerEvents]), ['0', 'none']);
    await page.hover(`tr:has([data-os-row="${plainId}"]) td:nth-last-child(2)`);
    // (after its short fade-in)
    await page.waitForFunction(
      (id) => getComputedStyle(document.querySelector(`[data-os-row="${id}"]`).shadowRoot.querySelector('.wrap')).opacity === '1',
      plainId,
      { timeout: 2_000 },
    );
    assert.equal(await page.getAttribute(`[data-os-row="${plainId}"]`, 'data-os-hover'), '');

    // Click → the field is focused → type → Enter. The first note on a page waits for the
    // popover's script, which the background injects then (notes.js).
    await plainNote.click();
    await page.locator(`[data-os-row="${plainId}"] .popover textarea`).waitFor({ timeout: 5_000 });
    assert.equal(await focusedInOverlay(page), `${plainId} textarea`);
    await page.keyboard.type('Buyer asked to hold the parcel until Monday');
    await page.keyboard.press('Enter');
    assert.equal(await popoverStatus(page, plainId), 'Note saved');
    // It closes by itself and gives focus back to the note button.
    await page.locator(`[data-os-row="${plainId}"] .popover`).waitFor({ state: 'detached', timeout: 5_000 });
    assert.equal(await focusedInOverlay(page), `${plainId} note`);
    // The order now has a seller-note case, shown on the row as well.
    await page.waitForSelector(`[data-os-order-id="${plainId}"][data-os-detectors="seller-note"][data-os-severity="P3"]`, {
      state: 'attached',
      timeout: 10_000,
    });
    const sellerNoteKey = `seller-note|demo|${plainId}`;
    const plainCase = await caseNotes(b, sellerNoteKey);
    assert.deepEqual(plainCase.notes, ['Buyer asked to hold the parcel until Monday']);
    await plainCase.panel.close();

    // A chip on a planted row saves in one click, on that order's case.
    await page.bringToFront();
    await page.hover(`tr:has([data-os-row="${mismatch.orderId}"]) td:nth-last-child(2)`);
    await page.locator(`[data-os-row="${mismatch.orderId}"] .note`).click();
    await page.locator(`[data-os-row="${mismatch.orderId}"] .popover [data-chip="contacted"]`).click();
    assert.equal(await popoverStatus(page, mismatch.orderId), 'Note saved');
    const mismatchCase = await caseNotes(b, `amount-mismatch|demo|${mismatch.orderId}`);
    assert.deepEqual(mismatchCase.notes, ['Contacted buyer']);
    await mismatchCase.panel.close();
    // No seller-note case was made for it: the note went to the live case.
    await page.bringToFront();
    assert.equal(
      await page.getAttribute(`[data-os-order-id="${mismatch.orderId}"]`, 'data-os-detectors'),
      'amount-mismatch',
    );

    // The pointer on a flagged row shows its badge; hover on the badge lists all of the
    // order's findings, severity in words.
    await page.hover(`tr:has([data-os-row="${late.orderId}"]) td:nth-last-child(2)`);
    const lateBadge = page.locator(`[data-os-order-id="${late.orderId}"] .badge`);
    const lateTip = page.locator(`[data-os-order-id="${late.orderId}"] .tip`);
    await lateBadge.hover();
    await lateTip.waitFor({ state: 'visible' });
    const detectors = (await page.getAttribute(`[data-os-order-id="${late.orderId}"]`, 'data-os-detectors')).split(' ');
    assert.deepEqual(await lateTip.locator('li').evaluateAll((items) => items.map((li) => li.dataset.detector)), detectors);
    assert.equal(await lateTip.locator('h2').textContent(), `Findings on order ${late.orderId}`);
    assert.equal(await lateTip.locator('li .severity').first().textContent(), 'P1 Act now');
    assert.match(await lateTip.locator('li .due').first().textContent(), /^overdue \d/);
    // Positioned fixed in the viewport, right under the badge.
    const [badgeBox, tipBox] = [await lateBadge.boundingBox(), await lateTip.boundingBox()];
    assert.equal(Math.round(tipBox.y), Math.round(badgeBox.y + badgeBox.height + 4));
    await page.mouse.move(0, 0);
    await lateTip.waitFor({ state: 'hidden' });

    // …and on keyboard focus; Tab goes from the badge to the same row's note button.
    await lateBadge.focus();
    await lateTip.waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    assert.equal(await focusedInOverlay(page), `${late.orderId} note`);
    await lateTip.waitFor({ state: 'hidden' });

    // A click on the badge opens its most urgent case: in the side panel where Chrome allows
    // it, else in a tab. Record which one the background did.
    await b.worker.evaluate(() => {
      const panel = chrome.sidePanel;
      const open = panel.open.bind(panel);
      const setOptions = panel.setOptions.bind(panel);
      globalThis.__panelCalls = [];
      panel.open = (options) =>
        open(options).then(
          () => void globalThis.__panelCalls.push({ call: 'open', ok: true }),
          (error) => {
            globalThis.__panelCalls.push({ call: 'open', ok: false, error: String(error?.message ?? error) });
            throw error;
          },
        );
      panel.setOptions = (options) => (globalThis.__panelCalls.push({ call: 'setOptions', path: options.path }), setOptions(options));
    });
    const caseKey = `${detectors[0]}|demo|${late.orderId}`;
    const caseUrl = `chrome-extension://${b.extensionId}/sidepanel.html#case=${encodeURIComponent(caseKey)}`;
    await lateBadge.click();
    let outcome;
    for (let i = 0; i < 100 && !outcome; i++) {
      outcome = await b.worker.evaluate(async (url) => {
        const calls = globalThis.__panelCalls;
        const tabs = await chrome.tabs.query({ url: url.split('#')[0] });
        const tab = tabs.find((tb) => tb.url === url || tb.pendingUrl === url);
        if (tab) return { how: 'tab', calls };
        if (calls.some((c) => c.call === 'open' && c.ok)) return { how: 'panel', calls };
        return undefined;
      }, caseUrl);
      if (!outcome) await page.waitForTimeout(100);
    }
    assert.ok(outcome, 'clicking the badge opened neither the side panel nor a tab');
    t.diagnostic(
      `badge click opened the case in the ${outcome.how === 'panel' ? 'side panel' : 'fallback tab'}; side panel calls: ${JSON.stringify(outcome.calls)}`,
    );
    // The background opens the panel within the click's user gesture, so Chromium allows it
    // (the fallback tab is for browsers without a side panel).
    assert.equal(outcome.how, 'panel');
    assert.deepEqual(outcome.calls, [
      { call: 'setOptions', path: `sidepanel.html#case=${encodeURIComponent(caseKey)}` },
      { call: 'open', ok: true },
    ]);
  } finally {
    await b.close();
    await demo.close();
  }
});
