// @vitest-environment happy-dom
// Order blocks are read as the reader finds them (lib/extract/read.ts readAllUnits: one pass over
// the page instead of two); the read must be the one a reader that hands nothing over gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { taobaoPage } from '../../lib/adapters/taobao';
import { findBlockOrders } from '../../lib/extract/blocks';
import { genericPage } from '../../lib/extract/generic';
import { findByMeaning, READ_MEANING } from '../../lib/extract/meaning';
import { readPageWith } from '../../lib/extract/incremental';
import { READ_BLOCKS, READ_TEXTS, type LayoutReaders, type MakeBuild, type RowTexts } from '../../lib/extract/read';
import { generateOrders, taobaoPage as benchPage, TAOBAO_URL } from '../../bench/generate';
import { BUILT_IN_SHAPE } from '../../bench/shape';

const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);
const ctx = { url: TAOBAO_URL, now: NOW };

/** The block reader without the hand-over, as a wrapper that does not pass it on calls it. */
const FOUND_THEN_READ: LayoutReaders = { blocks: (root, layout, keyOf, empty, cellText, adapter) => findBlockOrders(root, layout, keyOf, empty, cellText, adapter) };

const pages: [string, string][] = [
  ...['sold-items.2026-11.html', 'sold-items-multi.2026-12.html', 'sold-items-refunds.2026-11.html', 'sold-items-coupon.2026-11.html'].map(
    (name): [string, string] => [name, readFileSync(`test/fixtures/taobao/${name}`, 'utf8')],
  ),
  // 120 generated blocks: more cells than a read walks before it lists the page's never-text elements.
  ['120 generated blocks', benchPage(generateOrders(120, BUILT_IN_SHAPE, NOW, 5))],
];

describe('order blocks read as found', () => {
  for (const [name, html] of pages) {
    it(`reads ${name} as a reader that finds every block first does`, () => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      let handed = 0;
      const counting: LayoutReaders = {
        blocks: (root, layout, keyOf, empty, cellText, adapter, each) =>
          READ_BLOCKS.blocks!(root, layout, keyOf, empty, cellText, adapter, (raw) => {
            handed++;
            each?.(raw);
          }),
      };
      const asFound = readPageWith(counting, taobaoPage, doc, ctx, READ_TEXTS).result;
      const twoPasses = readPageWith(FOUND_THEN_READ, taobaoPage, doc, ctx, READ_TEXTS).result;
      expect(asFound.rows.length).toBeGreaterThan(0);
      expect(handed).toBe(asFound.totalRows);
      expect(asFound.skipped).toEqual(twoPasses.skipped);
      expect(asFound.totalRows).toBe(twoPasses.totalRows);
      expect(asFound.rows.map((r) => [r.position, r.order])).toEqual(twoPasses.rows.map((r) => [r.position, r.order]));
      asFound.rows.forEach((r, i) => {
        expect(r.row).toBe(twoPasses.rows[i]!.row);
        expect(r.anchor).toBe(twoPasses.rows[i]!.anchor);
      });
    });
  }
});

/** The reader by meaning without the hand-over: every order read after the list is chosen. */
const MEANING_THEN_READ: LayoutReaders = { meaning: (root, layout, _keyOf, _empty, cellText) => findByMeaning(root, layout.idPattern, cellText) };
const stripped = (html: string): string => html.replace(/\sclass="[^"]*"/g, '');
const card = (id: string, paid: string) => `<div><p>订单号：${id}</p><p>下单时间：2026-11-18 09:00</p><p>实付款：¥${paid}</p></div>`;

describe('order blocks read by their structure as found', () => {
  const meaningPages: [string, string, number][] = [
    ...['sold-items.2026-11.html', 'sold-items-multi.2026-12.html', 'sold-items-refunds.2026-11.html'].map(
      (name): [string, string, number] => [`${name}, classes stripped`, stripped(readFileSync(`test/fixtures/taobao/${name}`, 'utf8')), 0],
    ),
    ['120 generated blocks, classes stripped', stripped(benchPage(generateOrders(120, BUILT_IN_SHAPE, NOW, 5))), 0],
    // Two lists of order cards: the orders of the one not chosen (no totals) are read too (3 of them), each once.
    [
      'two lists of order cards',
      `<section>${[1, 2, 3].map((i) => `<div><p>订单号：401234567890123000${i}</p><p>下单时间：2026-11-1${i} 09:00</p></div>`).join('')}</section>` +
        `<main>${card('4012345678901239001', '12.00')}${card('4012345678901239002', '13.00')}</main>`,
      3,
    ],
  ];
  for (const [name, html, others] of meaningPages) {
    it(`reads ${name} as a reader that chooses the list first does, each order once`, () => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      let builds = 0;
      const counting: MakeBuild<RowTexts> = (adapter, c, cellText) => {
        const build = READ_TEXTS(adapter, c, cellText);
        return (raw) => {
          builds++;
          return build(raw);
        };
      };
      const asFound = readPageWith(READ_MEANING, genericPage, doc, ctx, counting).result;
      const twoPasses = readPageWith(MEANING_THEN_READ, genericPage, doc, ctx, READ_TEXTS).result;
      expect(asFound.rows.length).toBeGreaterThan(0);
      expect(builds).toBe(asFound.totalRows + others);
      expect(asFound.skipped).toEqual(twoPasses.skipped);
      expect(asFound.totalRows).toBe(twoPasses.totalRows);
      expect(asFound.rows.map((r) => [r.position, r.order])).toEqual(twoPasses.rows.map((r) => [r.position, r.order]));
      asFound.rows.forEach((r, i) => expect(r.row).toBe(twoPasses.rows[i]!.row));
    });
  }
});
