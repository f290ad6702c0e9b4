// A seller backs up, erases everything, and restores: cases and notes come back; a corrupt
// or damaged file is refused with a reason and changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateDemoOrders, plantedFindings } from '../../scripts/demo-console/orders.mjs';
import { startDemoConsole } from '../../scripts/demo-console/server.mjs';
import { launchWithExtension, listedCases, openSidePanel, readBadges } from './browser.mjs';

const NOTE = 'Contacted buyer';
const byCase = (a, b) => `${a[0]}|${a[1]}`.localeCompare(`${b[0]}|${b[1]}`);

test('backup → erase all → restore brings the cases and the note back; a corrupt file changes nothing', async () => {
  const demo = await startDemoConsole();
  const planted = plantedFindings(generateDemoOrders({ now: Date.now() }));
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(demo.url);
    await readBadges(page, { atLeast: new Set(planted.map((p) => p.orderId)).size });
    // A note from the order's row (one chip), on the planted amount-mismatch case.
    const mismatch = planted.find((p) => p.detector === 'amount-mismatch');
    const noted = `amount-mismatch|demo|${mismatch.orderId}`;
    await page.hover(`tr:has([data-os-row="${mismatch.orderId}"]) td:nth-last-child(2)`);
    await page.locator(`[data-os-row="${mismatch.orderId}"] .note`).click();
    await page.locator(`[data-os-row="${mismatch.orderId}"] .popover [data-chip="contacted"]`).click();
    await page.locator(`[data-os-row="${mismatch.orderId}"] .popover .status.saved`).waitFor({ timeout: 10_000 });
    // Closed so the console is not read again after the erase.
    await page.close();

    const panel = await openSidePanel(b);
    const before = (await listedCases(panel)).sort(byCase);
    assert.equal(before.length, planted.length);

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('[data-testid="backup-download"]')]);
    assert.match(download.suggestedFilename(), /^order-sentinel-backup_\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(backup.format, 'order-sentinel-backup');
    assert.equal(backup.tables.cases.length, planted.length);
    assert.deepEqual(backup.tables.notes.map((n) => n.text), [NOTE]);
    const orders = backup.tables.orders.length;
    assert.ok(orders >= new Set(planted.map((p) => p.orderId)).size);
    assert.equal(
      await options.textContent('[data-testid="data-result"]'),
      `Backup saved: ${orders} orders, ${planted.length} cases, 1 note.`,
    );

    // Erase asks for the word first.
    await options.click('[data-testid="erase-open"]');
    assert.equal(await options.isDisabled('[data-testid="erase-confirm"]'), true);
    await options.fill('[data-testid="erase-word"]', 'erase');
    assert.equal(await options.isDisabled('[data-testid="erase-confirm"]'), true);
    await options.fill('[data-testid="erase-word"]', 'ERASE');
    await options.click('[data-testid="erase-confirm"]');
    await options.waitForFunction(() => document.querySelector('[data-testid="data-result"]')?.textContent === 'All data erased.');
    await panel.waitForFunction(() => document.querySelectorAll('li[data-case-key]').length === 0);
    await panel.waitForSelector('.empty');
    assert.equal(await b.worker.evaluate(() => chrome.action.getBadgeText({})), '');

    // A truncated file and a file with an invalid case are refused; nothing is offered or written.
    const text = readFileSync(file, 'utf8');
    await options.setInputFiles('[data-testid="restore-file"]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, 200)) });
    await options.waitForFunction(() => document.querySelector('[data-testid="data-result"].error'));
    assert.match(await options.textContent('[data-testid="data-result"]'), /^Nothing was changed\. Not a backup file: the JSON is corrupt \(.+\)\.$/);
    const damaged = JSON.parse(text);
    damaged.tables.cases[0].status = 'archived';
    await options.setInputFiles('[data-testid="restore-file"]', { name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
    await options.waitForFunction(() => document.querySelector('[data-testid="data-result"]')?.textContent.includes('field status'));
    assert.match(
      await options.textContent('[data-testid="data-result"]'),
      new RegExp(`^Nothing was changed\\. Invalid case 1 \\(${damaged.tables.cases[0].key.replace(/[|@]/g, '\\$&')}\\) in the backup, field status: `),
    );
    assert.equal(await options.$('[data-testid="restore-summary"]'), null);
    assert.equal(await panel.$$eval('li[data-case-key]', (li) => li.length), 0);

    // The real file: a summary to confirm, then everything is back.
    await options.setInputFiles('[data-testid="restore-file"]', file);
    await options.waitForSelector('[data-testid="restore-summary"]');
    assert.match(
      await options.textContent('[data-testid="restore-summary"]'),
      new RegExp(`^This backup of .+ holds ${orders} orders, ${planted.length} cases, 1 note — restore\\?`),
    );
    await options.click('[data-testid="restore-confirm"]');
    await options.waitForFunction(() => document.querySelector('[data-testid="data-result"]')?.textContent.startsWith('Restored'));
    assert.equal(
      await options.textContent('[data-testid="data-result"]'),
      `Restored: ${orders} orders and ${planted.length} cases added or updated, 1 note added.`,
    );

    await panel.waitForFunction((n) => document.querySelectorAll('li[data-case-key]').length === n, before.length);
    assert.deepEqual((await listedCases(panel)).sort(byCase), before);
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html#case=${encodeURIComponent(noted)}`);
    await panel.waitForSelector(`[data-testid="case-detail"][data-case-key="${noted}"]`);
    await panel.waitForSelector('[data-testid="case-notes"] li');
    assert.ok((await panel.textContent('[data-testid="case-notes"] li')).endsWith(NOTE));
  } finally {
    await b.close();
    await demo.close();
  }
});
