// Importing an order report file: the seller chooses a Shopify orders_export.csv in the side
// panel, checks the detected format and column mapping, imports it, and the orders go through
// the same detectors as orders read on a page; the new cases remember the file they came from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { listedCases, readStore, withExtension } from './browser.mjs';

const FILE = 'orders_export.csv';
const csv = readFileSync(new URL('../fixtures/import/shopify.orders_export.2026-11.csv', import.meta.url));

/** Every case in the extension's database, read in an extension page. */
const storedCases = async (page) => {
  const [cases] = await readStore(page, [['cases', 'getAll']]);
  return cases.map((c) => ({ orderId: c.orderId, detector: c.detector, marketplace: c.marketplace, origin: c.origin }));
};

test('side panel: a Shopify export is previewed with its mapping, imported, and its cases carry the file name', () =>
  withExtension(async (b) => {
    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.setInputFiles('[data-testid="import-file"]', { name: FILE, mimeType: 'text/csv', buffer: csv });

    // The preview names the format and what each column is imported as, before anything is written.
    const format = panel.locator('[data-testid="import-format"]');
    await format.waitFor();
    assert.equal(await format.getAttribute('data-format'), 'shopify');
    assert.match(await format.textContent(), /orders_export\.csv: Shopify orders export \(UTF-8\), header on line 1/);
    const mappedAs = (key) => panel.locator(`[data-testid="import-mapping"] tr[data-key="${key}"] th`).allTextContents();
    assert.deepEqual(await mappedAs('orderId'), ['Name']);
    assert.deepEqual(await mappedAs('paid'), ['Total']);
    assert.deepEqual(await mappedAs('paymentStatus'), ['Financial Status']);
    assert.deepEqual(await mappedAs('status'), ['Fulfillment Status']);
    assert.deepEqual(await mappedAs('item'), ['Lineitem name']);
    assert.deepEqual(await storedCases(panel), []);

    await panel.click('[data-testid="import-start"]');
    const result = panel.locator('[data-testid="import-result"]');
    await result.waitFor({ timeout: 15_000 });
    assert.equal(await result.getAttribute('data-imported'), '4');
    assert.equal(await result.getAttribute('data-skipped'), '0');
    assert.match(await result.textContent(), /Imported 4 orders from orders_export\.csv\./);

    // #1001 was paid on Nov 20 and is still unfulfilled: long past Shopify's ship-by time.
    await panel.waitForSelector('[data-case-order="#1001"][data-case-detector="ship-deadline"]', { timeout: 15_000 });
    const listed = await listedCases(panel);
    assert.ok(listed.some(([order, detector, severity]) => order === '#1001' && detector === 'ship-deadline' && severity === 'P1'), JSON.stringify(listed));
    // The voided, cancelled #1003 is no parcel to ship.
    assert.ok(!listed.some(([order, detector]) => order === '#1003' && detector === 'ship-deadline'), JSON.stringify(listed));

    const stored = await storedCases(panel);
    assert.ok(stored.length >= 1);
    assert.deepEqual(
      stored.filter((c) => c.origin !== FILE),
      [],
      'every case opened by the import remembers the file',
    );
    assert.deepEqual([...new Set(stored.map((c) => c.marketplace))], ['shopify']);
  }));
