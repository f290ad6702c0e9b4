// @vitest-environment happy-dom
// A content script reads with its own consoles' layout readers only (no other layout's
// reader rides in its bundle): a layout it has no reader for is a clear problem, not a throw.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { etsy } from '../../lib/adapters/etsy';
import { taobao } from '../../lib/adapters/taobao';
import { READ_BLOCKS, READ_CARDS, ordersWith, READ_TABLES, readOrders, readPage } from '../../lib/extract';
import { readChanges, readPageWith } from '../../lib/extract/incremental';

const ETSY_URL = 'https://www.etsy.com/your/orders/sold';
const TAOBAO_URL = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);

const load = (path: string): Document => new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');

describe('layout readers', () => {
  it('reads a page with its layout\'s reader alone exactly as with every reader', () => {
    const doc = load('test/fixtures/etsy/sold.2026-11.html');
    const ctx = { url: ETSY_URL, now: NOW };
    const own = readPageWith(READ_CARDS, etsy, doc, ctx, ordersWith(etsy));
    expect(own.result.rows.length).toBe(6);
    expect(own.result).toEqual(readPage(etsy, doc, ctx).result);
    expect(own.readers).toBe(READ_CARDS);
  });

  it('says which layout it has no reader for, and reads nothing', () => {
    const doc = load('test/fixtures/etsy/sold.2026-11.html');
    expect(readOrders(etsy, doc, { url: ETSY_URL, now: NOW }, READ_TABLES)).toEqual({
      adapter: 'etsy',
      rows: [],
      skipped: [],
      totalRows: 0,
      problem: 'no reader for cards layouts in this script',
    });
    const taobaoDoc = load('test/fixtures/taobao/sold-items.2026-11.html');
    expect(readOrders(taobao, taobaoDoc, { url: TAOBAO_URL, now: NOW }, READ_CARDS).problem).toBe('no reader for blocks layouts in this script');
    const blocks = readOrders(taobao, taobaoDoc, { url: TAOBAO_URL, now: NOW }, READ_BLOCKS);
    expect(blocks.totalRows).toBe(6);
    expect(blocks).toEqual(readOrders(taobao, taobaoDoc, { url: TAOBAO_URL, now: NOW }));
  });

  it('a read of changes that reads the page whole again keeps the readers it was given', () => {
    const doc = load('test/fixtures/etsy/sold.2026-11.html');
    const first = readPageWith(READ_CARDS, etsy, doc, { url: ETSY_URL, now: NOW }, ordersWith(etsy));
    // Another address: the page is read whole again.
    const again = readChanges(first, [], doc, { url: `${ETSY_URL}/new`, now: NOW });
    expect([again.how, again.readers, again.result.rows.length]).toEqual(['full', READ_CARDS, 6]);
  });
});
