// @vitest-environment happy-dom
// A seller's list changes in every way at once: rows added (some an order already shown, some
// with no order number or an amount that is no amount), removed, redrawn, replaced and moved.
// Each read of the changes must give exactly what a full read of the page gives then.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demo } from '../../lib/adapters/demo';
import type { ReadResult } from '../../lib/extract';
import { readPage } from '../../lib/extract';
import { readChanges, type PageRead } from '../../lib/extract/incremental';

const DEMO_URL = 'http://order-sentinel-demo.localhost/orders';
const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);

/** A small seeded generator (mulberry32), so a failing run can be run again. */
function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** What the seller's page and read health show of a read: orders, their rows and places, skipped rows, counts. */
function shown(result: ReadResult) {
  return {
    keys: Object.keys(result),
    rows: result.rows.map((r) => ({ order: r.order, row: r.row, anchor: r.anchor, position: r.position })),
    skipped: result.skipped,
    totalRows: result.totalRows,
    labels: result.labels,
    problem: result.problem,
  };
}

describe('reading a plain table change by change, at random (demo console)', () => {
  it('gives what a full read gives after each of 120 random batches of changes', () => {
    const doc = new DOMParser().parseFromString(readFileSync('test/fixtures/demo/order-list.2026-11.html', 'utf8'), 'text/html');
    const tbody = doc.querySelector('table.order-table tbody')!;
    const observer = new MutationObserver(() => undefined);
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    let read: PageRead = readPage(demo, doc, { url: DEMO_URL, now: NOW });
    const pick = random(7);
    const shownIds = read.result.rows.map((r) => r.order.orderId);
    let made = 0;
    const newRow = (): Element => {
      const roll = pick(10);
      // An order already on the page (a copy), a new one, one with no order number, or one whose amount is no amount.
      const id = roll < 3 ? shownIds[pick(shownIds.length)]! : roll === 3 ? '' : `DS20261125${String(made++).padStart(4, '0')}`;
      const paid = roll === 4 ? '¥--' : `¥${12 + pick(50)}.00`;
      const status = ['待发货', '已发货', '交易成功', '待付款'][pick(4)]!;
      const holder = doc.createElement('tbody');
      holder.innerHTML = `<tr><td>${id}</td><td>新买家</td><td>起泡网</td><td>1</td><td>¥12.00</td><td>¥0.00</td><td>¥0.00</td><td>${paid}</td><td>2026-11-25 10:00:00</td><td>2026-11-25 10:01:00</td><td>${status}</td><td><a href="#">详情</a></td></tr>`;
      return holder.firstElementChild!;
    };
    const rowAt = () => tbody.children[pick(tbody.children.length)]!;
    let changeReads = 0;
    let copies = 0;
    let skips = 0;
    for (let step = 0; step < 120; step++) {
      const ops = 1 + (pick(3) === 0 ? pick(4) : 0);
      for (let o = 0; o < ops; o++) {
        const what = tbody.children.length < 8 ? 0 : pick(6);
        if (what === 0 || what === 5) {
          const at = pick(tbody.children.length + 1);
          if (at === tbody.children.length) tbody.append(newRow());
          else tbody.children[at]!.before(newRow());
        } else if (what === 1) rowAt().remove();
        else if (what === 2) rowAt().children[10]!.textContent = ['已发货', '交易关闭', '待发货'][pick(3)]!;
        else if (what === 3) rowAt().replaceWith(newRow());
        else rowAt().after(rowAt()); // moved (or left where it is)
      }
      read = readChanges(read, observer.takeRecords(), doc, { url: DEMO_URL, now: NOW });
      if (read.how === 'changes') changeReads++;
      const full = readPage(demo, doc, { url: DEMO_URL, now: NOW }).result;
      expect(shown(read.result), `step ${step}`).toEqual(shown(full));
      const numbers = Array.from(tbody.children, (tr) => tr.children[0]!.textContent).filter((n) => n !== '');
      if (new Set(numbers).size < numbers.length) copies++;
      if (full.skipped.length > 0) skips++;
    }
    // Nearly every batch is read as changes, and the page held copies of an order and skipped rows on the way.
    expect(changeReads).toBeGreaterThan(100);
    expect(copies).toBeGreaterThan(30);
    expect(skips).toBeGreaterThan(30);
  });
});
