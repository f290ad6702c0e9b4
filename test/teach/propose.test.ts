// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessCurrency, pickTable, proposeColumns, proposeMapping } from '../../lib/teach/propose';
import { problemText, validateMapping } from '../../lib/teach/validate';
import type { TaughtMapping } from '../../lib/schema';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const shop = (): Document => parse(readFileSync('test/fixtures/teach/custom-shop.2026-11.html', 'utf8'));
const ENV = { path: '/shop-admin/orders', timeZone: 'Europe/Berlin' };

describe('proposeMapping on the custom shop', () => {
  it('proposes the dictionary meaning for known headers and ignore for the shop’s own words', () => {
    const doc = shop();
    // The seller clicks a cell deep inside the table (a link in a body row).
    const picked = pickTable(doc.querySelector('a[href="/shop-admin/orders/1039"]')!)!;
    expect(picked.elements).toEqual([doc.querySelector('table[data-view]')]);
    expect(proposeMapping(picked, ENV)).toEqual({
      table: 'table[data-view="orders"]',
      columns: [
        { header: 'Ref.', key: 'ignore' },
        { header: 'Placed', key: 'placedAt' },
        { header: 'Client', key: 'buyer' },
        { header: 'Total', key: 'paid' },
        { header: 'Discount', key: 'discount' },
        { header: 'Shipping', key: 'shipping' },
        { header: 'Amount due', key: 'ignore' },
        { header: 'State', key: 'status' },
      ],
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
      // Its dates are 2026-11-20 09:15, which say nothing of the order; the page names no language.
      dateOrder: 'MDY',
      path: '/shop-admin/orders',
    });
  });

  it('picks the statistics table when that is what was clicked, and no table outside one', () => {
    const doc = shop();
    const stats = pickTable(doc.querySelector('.stats td')!)!;
    expect(stats.headers).toEqual(['This week', 'Revenue']);
    expect(proposeMapping(stats, ENV).table).toBe('table.stats');
    expect(pickTable(doc.querySelector('nav')!)).toBeUndefined();
  });
});

describe('pickTable on split and ARIA tables', () => {
  it('pairs a header-only table with its body table, whichever half was clicked', () => {
    const doc = parse(`<div class="ant-table">
      <div class="ant-table-header"><table><thead><tr><th>订单号</th><th>实付款</th></tr></thead></table></div>
      <div class="ant-table-body"><table><tbody><tr><td>A1</td><td>￥9.90</td></tr></tbody></table></div></div>`);
    const [head, body] = Array.from(doc.querySelectorAll('table'));
    for (const clicked of [doc.querySelector('th')!, doc.querySelector('td')!]) {
      const picked = pickTable(clicked)!;
      expect(picked.elements).toEqual([head, body]);
      expect(picked.headers).toEqual(['订单号', '实付款']);
    }
    const mapping = proposeMapping(pickTable(doc.querySelector('td')!)!, ENV);
    expect(mapping.table).toBe('div.ant-table-header table, div.ant-table-body table');
    expect(Array.from(doc.querySelectorAll(mapping.table))).toEqual([head, body]);
    expect(mapping.currency).toBe('CNY');
  });

  it('reads an ARIA grid’s column headers', () => {
    const doc = parse(`<div role="grid" aria-label="Orders">
      <div role="row"><div role="columnheader">Order</div><div role="columnheader">Order date</div><div role="columnheader">Total</div></div>
      <div role="row"><div role="gridcell">#1001</div><div role="gridcell">Nov 20, 2026</div><div role="gridcell">$12.00</div></div></div>`);
    const picked = pickTable(doc.querySelector('[role="gridcell"]')!)!;
    expect(picked.headers).toEqual(['Order', 'Order date', 'Total']);
    expect(proposeMapping(picked, ENV)).toMatchObject({
      table: 'div[role="grid"]',
      columns: [
        { header: 'Order', key: 'orderId' },
        { header: 'Order date', key: 'placedAt' },
        { header: 'Total', key: 'paid' },
      ],
      currency: 'USD',
    });
  });
});

describe('proposeColumns', () => {
  it('gives a meaning to its first column only, and skips unnamed and repeated headers', () => {
    expect(proposeColumns(['', 'Order #', 'Date', 'Created', 'Date ', 'Notes'])).toEqual([
      { header: 'Order #', key: 'orderId' },
      { header: 'Date', key: 'placedAt' },
      { header: 'Created', key: 'ignore' },
      { header: 'Notes', key: 'ignore' },
    ]);
  });
});

describe('guessCurrency', () => {
  it('takes the currency most amounts name, and USD when none does', () => {
    expect(guessCurrency(['€42.00', '£3.00', '12,50 €', 'MT-1041'])).toBe('EUR');
    expect(guessCurrency(['¥88.00'])).toBe('CNY');
    expect(guessCurrency(['2026-11-20 09:15', '3', 'Paid'])).toBe('USD');
  });
});

describe('validateMapping', () => {
  const base: TaughtMapping = {
    table: 'table',
    columns: [
      { header: 'Ref.', key: 'orderId' },
      { header: 'Placed', key: 'placedAt' },
      { header: 'Amount due', key: 'paid' },
    ],
    currency: 'EUR',
    timeZone: 'Europe/Berlin',
    path: '/',
  };

  it('accepts a mapping with the order number, the order time and the amount', () => {
    expect(validateMapping(base)).toEqual([]);
  });

  it('asks for the order number and the amount, in the seller’s language', () => {
    const problems = validateMapping({ ...base, columns: [{ header: 'Placed', key: 'placedAt' }, { header: 'Ref.', key: 'ignore' }] });
    expect(problems.map((p) => problemText('en', p))).toEqual([
      'Choose which column holds the order number.',
      'Choose which column holds the amount paid (order total).',
    ]);
    expect(problems.map((p) => problemText('zh', p))).toEqual(['请选择哪一列是订单号。', '请选择哪一列是实付金额。']);
  });

  it('names a meaning chosen for two columns, a bad currency and an unknown zone', () => {
    const problems = validateMapping({
      ...base,
      columns: [...base.columns, { header: 'Total', key: 'paid' }],
      currency: 'eu',
      timeZone: 'Mars/Olympus',
    });
    expect(problems.map((p) => problemText('en', p))).toEqual([
      '"Amount paid (order total)" is chosen for several columns (Amount due, Total): keep it on one.',
      'The currency must be a three-letter code such as USD or EUR.',
      'Unknown time zone "Mars/Olympus": use a name such as Europe/Berlin.',
    ]);
  });
});
