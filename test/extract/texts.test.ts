// @vitest-environment happy-dom
// A content script reads texts and the background parses them (no parsing in the
// seller's page). Read so, every saved console page gives exactly the orders and the skipped
// rows a whole read into orders gives.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/adapters';
import { READ_TEXTS, readOrders } from '../../lib/extract';
import { readPageWith } from '../../lib/extract/incremental';
import { parseRows } from '../../lib/extract/order';
import { LAYOUT_READERS } from '../../lib/extract/read';
import { headersOf } from '../../lib/extract/row';
import { PageRow } from '../../lib/schema';
import { adapterFromSite } from '../../lib/teach/adapter';
import { MAPPING, ORIGIN } from '../teach/mapping';

const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);
/**
 * Rows the saved pages show that are no order (the adapters' tests name each): every one has an
 * order number, so the page sends it and the background says why it is no order.
 */
const SKIPPED_ON_SAVED_PAGES = [0, 11];
const load = (path: string): Document => new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');

const taught = adapterFromSite({ origin: ORIGIN, adapter: 'taught', grantedAt: NOW, mapping: MAPPING })!;

const pages = [...ADAPTERS, taught].flatMap((adapter) => {
  const dir = `test/fixtures/${adapter.id === 'taught' ? 'teach' : adapter.id}`;
  return readdirSync(dir).map((file) => ({ adapter, path: `${dir}/${file}` }));
});

describe('texts read in the page, parsed in the background', () => {
  it.each(pages)('$path: the same orders and skipped rows as a whole read', ({ adapter, path }) => {
    const doc = load(path);
    const ctx = { url: 'https://console.example/orders', now: NOW };
    const whole = readOrders(adapter, doc, ctx);
    const { result } = readPageWith(LAYOUT_READERS, adapter, doc, ctx, READ_TEXTS);
    // What the content script sends, checked as the background checks every message.
    const rows = result.rows.map((r) => PageRow.parse({ position: r.position, ...r.order }));
    const labels = result.labels === undefined ? {} : headersOf(result.labels);
    const parsed = parseRows(adapter, ctx, labels, rows);

    expect(parsed.orders).toEqual(whole.rows.map((r) => r.order));
    expect([...result.skipped, ...parsed.skipped].sort((a, b) => a.row - b.row)).toEqual(whole.skipped);
    expect([result.problem, result.totalRows]).toEqual([whole.problem, whole.totalRows]);
  });

  it('compares real reads: orders on every console, and rows skipped by the page and by the background', () => {
    let inPage = 0;
    let inBackground = 0;
    const empty: string[] = [];
    for (const { adapter, path } of pages) {
      const ctx = { url: 'https://console.example/orders', now: NOW };
      const { result } = readPageWith(LAYOUT_READERS, adapter, load(path), ctx, READ_TEXTS);
      const rows = result.rows.map((r) => ({ position: r.position, ...r.order }));
      const parsed = parseRows(adapter, ctx, result.labels === undefined ? {} : headersOf(result.labels), rows);
      if (parsed.orders.length === 0) empty.push(path);
      inPage += result.skipped.length;
      inBackground += parsed.skipped.length;
    }
    expect(empty).toEqual(pages.filter((p) => /-(empty|blank)\./.test(p.path)).map((p) => p.path));
    expect([inPage, inBackground]).toEqual(SKIPPED_ON_SAVED_PAGES);
  });

  it('the background skips the rows it cannot parse, with the page\'s own words, and keeps the others', () => {
    const row = (id: string, placed: string, total: string) =>
      `<tr><td>${id}</td><td>${placed}</td><td>${total}</td><td>Processing</td></tr>`;
    const doc = new DOMParser().parseFromString(
      `<table data-view="orders"><thead><tr><th>Ref.</th><th>Placed</th><th>Amount due</th><th>State</th></tr></thead><tbody>` +
        row('A-1001', '2026-11-20 10:00', '€12.50') +
        row('', '2026-11-20 11:00', '€3.00') +
        row('A-1003', '2026-11-20 12:00', 'twelve') +
        row('A-1004', 'sometime soon', '€4.00') +
        row(`A-${'9'.repeat(120)}`, '2026-11-20 13:00', '€5.00') +
        `</tbody></table>`,
      'text/html',
    );
    const ctx = { url: `${ORIGIN}/shop-admin/orders`, now: NOW };
    const { result } = readPageWith(LAYOUT_READERS, taught, doc, ctx, READ_TEXTS);
    expect(result.skipped).toEqual([{ row: 2, reason: 'no order number (Ref.) in this row' }]);
    const rows = result.rows.map((r) => ({ position: r.position, ...r.order }));
    expect(rows.map((r) => [r.position, r.orderId.slice(0, 6)])).toEqual([[1, 'A-1001'], [3, 'A-1003'], [4, 'A-1004'], [5, 'A-9999']]);
    const parsed = parseRows(taught, ctx, headersOf(result.labels!), rows);
    expect(parsed.orders.map((o) => [o.orderId, o.money.paid, o.money.currency])).toEqual([['A-1001', 12.5, 'EUR']]);
    expect(parsed.skipped).toEqual([
      { row: 3, orderId: 'A-1003', reason: "Amount due 'twelve' is not an amount" },
      { row: 4, orderId: 'A-1004', reason: "Placed 'sometime soon' is not a date and time" },
      { row: 5, orderId: `A-${'9'.repeat(98)}`, reason: 'orderId: Too big: expected string to have <=100 characters' },
    ]);
  });
});
