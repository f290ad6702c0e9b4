// @vitest-environment happy-dom
// Order blocks are read as the reader finds them (lib/extract/read.ts readAllUnits: one pass over
// the page instead of two); the read must be the one a reader that hands nothing over gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { taobaoPage } from '../../lib/adapters/taobao';
import { findBlockOrders } from '../../lib/extract/blocks';
import { readPageWith } from '../../lib/extract/incremental';
import { READ_BLOCKS, READ_TEXTS, type LayoutReaders } from '../../lib/extract/read';
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
