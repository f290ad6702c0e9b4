// Reliability in the real browser: the same page read 100 times changes nothing and keeps the
// seller's edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension, readBadges, tabIdOf } from './browser.mjs';

/** Counts of the extension's stores, read with raw IndexedDB from an extension page. */
const counts = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('order-sentinel');
        open.onsuccess = () => {
          const names = ['orders', 'cases', 'notes', 'statusHistory'];
          const tx = open.result.transaction(names);
          const out = {};
          let left = names.length;
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => {
              out[name] = request.result;
              if (--left === 0) {
                open.result.close();
                resolve(out);
              }
            };
          }
        };
      }),
  );

test('the same page read 100 times: identical orders, cases and history; the seller’s edits untouched', async () => {
  const demo = await startDemoConsole({ now: (() => { const t = Date.now(); return () => t; })() });
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await readBadges(page, { atLeast: 5 });
    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.click('li[data-case-key] button');
    await panel.fill('.note-form textarea', '已联系买家');
    await panel.click('.note-form button[type="submit"]');
    await panel.waitForSelector('[data-testid="case-notes"] li');
    await panel.click('[data-testid="case-status"] button[data-status="in_progress"]');
    await panel.waitForTimeout(300);
    const before = await counts(panel);
    const edited = await panel.getAttribute('[data-testid="case-detail"]', 'data-case-key');

    const tabId = await tabIdOf(b.worker, demo.url);
    for (let i = 0; i < 100; i++) {
      // "Read the page anew": the content script forgets what it sent and sends every order again.
      await b.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page.reread' }), tabId);
    }
    await page.waitForTimeout(500);
    assert.deepEqual(await counts(panel), before);
    await panel.reload();
    await panel.waitForSelector('[data-testid="case-notes"] li');
    assert.equal(await panel.getAttribute('[data-testid="case-detail"]', 'data-case-key'), edited);
    assert.equal(await panel.getAttribute('[data-testid="case-status"] button[data-status="in_progress"]', 'aria-pressed'), 'true');
    assert.equal(await panel.locator('[data-testid="case-notes"] li').count(), 1);
  } finally {
    await b.close();
    await demo.close();
  }
});
