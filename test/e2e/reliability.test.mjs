// Reliability in the real browser: the same page read 100 times changes nothing and keeps the
// seller's edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension, readBadges, readStore, tabIdOf } from './browser.mjs';

/** Counts of the extension's stores, read with raw IndexedDB from an extension page. */
const STORES = ['orders', 'cases', 'notes', 'statusHistory'];
const counts = async (page) => {
  const answers = await readStore(page, STORES.map((name) => [name, 'count']));
  return Object.fromEntries(STORES.map((name, i) => [name, answers[i]]));
};

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

test('the extension process killed mid-ingest: each batch is stored whole or not at all, and sending again completes it', async (t) => {
  const { execSync } = await import('node:child_process');
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/options.html`);
    const now = Date.now();
    const batch = (prefix) =>
      Array.from({ length: 5000 }, (_, i) => ({
        marketplace: 'demo',
        orderId: `${prefix}${String(i).padStart(6, '0')}`,
        placedAt: now - 3_600_000,
        status: 'shipped',
        statusRaw: '已发货',
        items: [{ title: '手工皂', quantity: 1, unitPrice: 20 }],
        money: { currency: 'CNY', paid: 20 },
        source: { url: 'file:batch.csv', adapter: 'import:test', observedAt: now },
      }));
    const prefixes = ['KA', 'KB', 'KC', 'KD', 'KE', 'KF', 'KG', 'KH'];
    // The batches are queued in the page first, so they leave at once.
    await page.evaluate((batches) => {
      window.__batches = batches;
    }, prefixes.map(batch));
    void page
      .evaluate(() => Promise.all(window.__batches.map((orders) => chrome.runtime.sendMessage({ type: 'orders.imported', fileName: 'batch.csv', orders }))))
      .catch(() => undefined);
    await page.waitForTimeout(2_000);
    // SIGKILL the extension's process (worker and pages) while the batches are being stored.
    const pids = execSync("pgrep -f -- '--type=renderer.*--extension-process' || true").toString().trim().split('\n').filter(Boolean);
    let killed = 0;
    for (const pid of pids) {
      try {
        process.kill(Number(pid), 'SIGKILL');
        killed++;
      } catch {
        // The pgrep shell itself matched the pattern and is already gone.
      }
    }
    assert.ok(killed > 0, 'no extension process found');
    await new Promise((r) => setTimeout(r, 1_000));

    const fresh = await b.context.newPage();
    await fresh.goto(`chrome-extension://${b.extensionId}/options.html`);
    const stored = async () => {
      const answers = await readStore(fresh, prefixes.map((p) => ['orders', 'count', [`demo|${p}`, `demo|${p}\uffff`]]));
      return Object.fromEntries(prefixes.map((p, i) => [p, answers[i]]));
    };
    const after = await stored();
    t.diagnostic(`after the kill: ${JSON.stringify(after)}`);
    for (const [prefix, count] of Object.entries(after)) assert.ok(count === 0 || count === 5000, `${prefix}: ${count} of 5000`);
    assert.ok(Object.values(after).some((c) => c === 0), 'the kill came after every batch was stored');

    // The worker comes back with the next message; sending the missing batches completes them.
    for (const prefix of prefixes.filter((p) => after[p] === 0)) {
      const answer = await fresh.evaluate(
        (orders) => chrome.runtime.sendMessage({ type: 'orders.imported', fileName: 'batch.csv', orders }),
        batch(prefix),
      );
      assert.equal(answer.ok, true);
    }
    assert.deepEqual(Object.values(await stored()), prefixes.map(() => 5000));
  } finally {
    await b.close();
  }
});
