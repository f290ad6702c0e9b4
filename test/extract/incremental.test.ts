// @vitest-environment happy-dom
// Reading only what changed must give exactly what a full read of the page gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demo } from '../../lib/adapters/demo';
import { taobao } from '../../lib/adapters/taobao';
import type { Adapter } from '../../lib/adapters/types';
import type { ReadResult } from '../../lib/extract';
import { readPage } from '../../lib/extract';
import { readChanges, type PageRead } from '../../lib/extract/incremental';

const DEMO_URL = 'http://order-sentinel-demo.localhost/orders';
const TAOBAO_URL = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);

function load(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
}

/** The page, a first read, and the observer the content script would have. */
function setUp(adapter: Adapter, path: string, url: string, prepare: (doc: Document) => void = () => undefined) {
  const doc = load(path);
  prepare(doc);
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  let read: PageRead = readPage(adapter, doc, { url, now: NOW });
  return {
    doc,
    first: read,
    /** Reads the changes since the last read; checks it against a full read of the page now. */
    next(now = NOW): PageRead {
      read = readChanges(read, observer.takeRecords(), doc, { url, now });
      expectSame(read.result, readPage(adapter, doc, { url, now }).result);
      return read;
    },
  };
}

function expectSame(actual: ReadResult, full: ReadResult): void {
  expect(actual.rows.map((r) => r.order)).toEqual(full.rows.map((r) => r.order));
  actual.rows.forEach((r, i) => {
    expect(r.row).toBe(full.rows[i]!.row);
    expect(r.anchor).toBe(full.rows[i]!.anchor);
  });
  expect(actual.rows.map((r) => r.position)).toEqual(full.rows.map((r) => r.position));
  expect(actual.skipped).toEqual(full.skipped);
  expect(actual.totalRows).toBe(full.totalRows);
  expect(actual.problem).toBe(full.problem);
}

const ids = (read: PageRead) => read.result.rows.map((r) => r.order.orderId);

describe('reading a plain table change by change (demo console)', () => {
  const path = 'test/fixtures/demo/order-list.2026-11.html';
  const tbody = (doc: Document) => doc.querySelector('table.order-table tbody')!;
  const newRow = (doc: Document, id: string, paid = '¥12.00', status = '待发货') => {
    const holder = doc.createElement('tbody');
    holder.innerHTML = `<tr><td>${id}</td><td>新买家</td><td>起泡网</td><td>1</td><td>¥12.00</td><td>¥0.00</td><td>¥0.00</td><td>${paid}</td><td>2026-11-25 10:00:00</td><td>2026-11-25 10:01:00</td><td>${status}</td><td><a href="#">详情</a></td></tr>`;
    return holder.firstElementChild!;
  };

  it('reads a row added at the top, in the middle and at the end, and nothing else', () => {
    const page = setUp(demo, path, DEMO_URL);
    const before = ids(page.first);
    tbody(page.doc).prepend(newRow(page.doc, 'DS202611250001'));
    let read = page.next();
    expect(read.how).toBe('changes');
    expect(ids(read)).toEqual(['DS202611250001', ...before]);
    // Orders not touched are the very same objects: they were not read again.
    expect(read.result.rows[1]!.order).toBe(page.first.result.rows[0]!.order);

    tbody(page.doc).children[3]!.after(newRow(page.doc, 'DS202611250002'));
    tbody(page.doc).append(newRow(page.doc, 'DS202611250003'));
    read = page.next();
    expect(read.how).toBe('changes');
    expect(ids(read)).toEqual(['DS202611250001', ...before.slice(0, 3), 'DS202611250002', ...before.slice(3), 'DS202611250003']);
  });

  it('reads an order shown twice once, at its first place, as rows come and go', () => {
    const page = setUp(demo, path, DEMO_URL);
    const before = ids(page.first);
    const copy = newRow(page.doc, before[2]!);
    tbody(page.doc).prepend(copy);
    let read = page.next();
    expect(read.how).toBe('changes');
    expect(ids(read)).toEqual([before[2], ...before.slice(0, 2), ...before.slice(3)]);
    expect(read.result.rows.map((r) => r.position).slice(0, 4)).toEqual([1, 2, 3, 5]);
    copy.remove();
    read = page.next();
    expect(read.how).toBe('changes');
    expect(ids(read)).toEqual(before);
    tbody(page.doc).append(newRow(page.doc, before[0]!));
    read = page.next();
    expect(ids(read)).toEqual(before);
    expect(read.result.totalRows).toBe(page.first.result.totalRows);
  });

  it('drops a removed row, reads a changed one, and keeps rows moved in their new order', () => {
    const page = setUp(demo, path, DEMO_URL);
    const rows = () => Array.from(tbody(page.doc).children);
    rows()[1]!.remove();
    let read = page.next();
    expect(read.how).toBe('changes');

    rows()[0]!.children[10]!.textContent = '已发货';
    read = page.next();
    expect(read.how).toBe('changes');
    expect(read.result.rows[0]!.order.status).toBe('shipped');

    tbody(page.doc).append(rows()[0]!); // re-sorted: the first order now last
    read = page.next();
    expect(read.how).toBe('changes');
    expect(ids(read).at(-1)).toBe(page.first.result.rows[0]!.order.orderId);
  });

  it('reports a malformed row added with its reason and the positions a full read gives', () => {
    const page = setUp(demo, path, DEMO_URL);
    tbody(page.doc).prepend(newRow(page.doc, 'DS202611250009', '¥--'));
    const read = page.next();
    expect(read.how).toBe('changes');
    expect(read.result.skipped[0]).toEqual({ row: 1, orderId: 'DS202611250009', reason: "实付款 '¥--' is not an amount" });
  });

  it('reads the page whole when the header, the table or the hour changes, or the list empties', () => {
    const page = setUp(demo, path, DEMO_URL);
    page.doc.querySelector('table.order-table thead th')!.textContent = '订单编号';
    expect(page.next().how).toBe('full');

    page.doc.querySelector('main, body')!.append(page.doc.createElement('table'));
    expect(page.next().how).toBe('full');

    tbody(page.doc).children[0]!.children[10]!.textContent = '交易成功';
    expect(page.next(NOW + 3_600_000).how).toBe('full');

    tbody(page.doc).replaceChildren();
    const read = page.next(NOW + 3_600_000);
    expect(read.how).toBe('full');
    expect(read.result.problem).toBe('the order list is empty');
  });

  it('ignores changes elsewhere on the page', () => {
    const page = setUp(demo, path, DEMO_URL);
    page.doc.querySelector('.notice')!.textContent = '通知：系统维护';
    const read = page.next();
    expect(read.how).toBe('changes');
    expect(read.result).toEqual(page.first.result);
  });
});

describe('reading Taobao order blocks change by change', () => {
  const path = 'test/fixtures/taobao/sold-items.2026-11.html';
  const list = (doc: Document) => doc.querySelector('[class*="trade-order-mod__order-wrap"]')!.parentElement!;
  const copyOf = (block: Element, id: string) => {
    const copy = block.cloneNode(true) as Element;
    const number = Array.from(copy.querySelectorAll('[class*="item-mod__order-hd"] span')).find((s) => /^\d{6,}$/.test(s.textContent ?? ''))!;
    number.textContent = id;
    return copy;
  };

  it('reads an order block added, changed, moved and removed as a full read does', () => {
    const page = setUp(taobao, path, TAOBAO_URL);
    const blocks = () => Array.from(list(page.doc).querySelectorAll(':scope > [class*="trade-order-mod__order-wrap"]'));
    const before = ids(page.first);
    list(page.doc).prepend(copyOf(blocks()[1]!, '3712999999999999001'));
    let read = page.next();
    expect(read.how).toBe('changes');
    expect(ids(read)).toEqual(['3712999999999999001', ...before]);

    const status = blocks()[2]!.querySelector('[class*="sol-mod__status"] span')!;
    status.textContent = '交易关闭';
    read = page.next();
    expect(read.how).toBe('changes');
    expect(read.result.rows[2]!.order.status).toBe('cancelled');

    list(page.doc).append(blocks()[0]!);
    blocks()[3]!.remove();
    read = page.next();
    expect(read.how).toBe('changes');
    expect(ids(read).at(-1)).toBe('3712999999999999001');
  });

  it("reads the page whole when an element whose class only contains the block's stable part is added", () => {
    const page = setUp(taobao, path, TAOBAO_URL);
    const tip = page.doc.createElement('div');
    tip.className = 'trade-order-mod__order-wrap-tip___Zz1Ab';
    tip.textContent = '温馨提示';
    list(page.doc).firstElementChild!.after(tip);
    const read = page.next();
    expect(read.how).toBe('full');
    expect(ids(read)).toEqual(ids(page.first));
  });

  it('reads the page whole when the column headers change', () => {
    const page = setUp(taobao, path, TAOBAO_URL);
    page.doc.querySelector('[class*="trade-order-mod__thead"] th')!.textContent = '商品';
    expect(page.next().how).toBe('full');
  });
});

describe('reading order blocks by their structure change by change (Taobao, every class stripped)', () => {
  const path = 'test/fixtures/taobao/sold-items.2026-11.html';
  const strip = (doc: Document) => {
    for (const el of Array.from(doc.querySelectorAll('[class]'))) el.removeAttribute('class');
  };

  it('reads a block added, changed and removed as a full read does, and says it read by structure', () => {
    const page = setUp(taobao, path, TAOBAO_URL, strip);
    expect(page.first.result.byStructure).toBe(1);
    const blocks = page.first.result.rows.map((r) => r.row);
    const list = blocks[0]!.parentElement!;
    const before = ids(page.first);
    expect(before.length).toBeGreaterThan(2);

    const copy = blocks[1]!.cloneNode(true) as Element;
    const number = Array.from(copy.querySelectorAll('span')).find((s) => s.textContent === before[1])!;
    number.textContent = '3712999999999999001';
    list.prepend(copy);
    let read = page.next();
    expect(read.how).toBe('changes');
    expect(read.result.byStructure).toBe(1);
    expect(ids(read)).toEqual(['3712999999999999001', ...before]);

    // The seller closes the third order: only its block is read again.
    const status = Array.from(blocks[1]!.querySelectorAll('span, p, div')).find((e) => e.childElementCount === 0 && /^(?:等待买家付款|买家已付款|卖家已发货|交易成功|交易关闭)$/.test(e.textContent ?? ''))!;
    status.textContent = '交易关闭';
    read = page.next();
    expect(read.how).toBe('changes');
    expect(read.result.rows[2]!.order.status).toBe('cancelled');

    blocks[0]!.remove();
    read = page.next();
    expect(read.how).toBe('changes');
    expect(ids(read)).toEqual(['3712999999999999001', ...before.slice(1)]);
  });

  it('reads the page whole when a wrapper of several blocks is added', () => {
    const page = setUp(taobao, path, TAOBAO_URL, strip);
    const blocks = page.first.result.rows.map((r) => r.row);
    const wrapper = page.doc.createElement('div');
    for (const [i, b] of blocks.slice(0, 2).entries()) {
      const copy = b.cloneNode(true) as Element;
      const number = Array.from(copy.querySelectorAll('span')).find((s) => s.textContent === ids(page.first)[i])!;
      number.textContent = `371299999999999900${i + 2}`;
      wrapper.append(copy);
    }
    blocks[0]!.parentElement!.append(wrapper);
    expect(page.next().how).toBe('full');
  });
});
