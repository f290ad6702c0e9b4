import { describe, expect, it } from 'vitest';
import type { RowTexts } from '../../lib/extract/row';
import { ChangeTracker } from '../../lib/observe/changes';

const changedIn = (tracker: ChangeTracker, rows: RowTexts[]) => rows.filter((r) => tracker.isChanged(r)).map((r) => r.orderId);

/** A row's texts as the content script reads them (a fresh object each read, as after a re-read). */
const row = (orderId: string, paid: string): RowTexts => ({
  orderId,
  cells: { placedAt: '2026-11-24 09:00', paid, status: '待发货' },
  items: [{ item: '手工冷制皂', quantity: '1' }],
});

describe('ChangeTracker', () => {
  it('sends an unchanged page only once', () => {
    const tracker = new ChangeTracker();
    const first = [row('A', '¥10.00'), row('B', '¥20.00')];
    expect(changedIn(tracker, first)).toEqual(['A', 'B']);
    tracker.markSent(first);
    expect(changedIn(tracker, [row('A', '¥10.00'), row('B', '¥20.00')])).toEqual([]);
  });

  it('sends only the order whose cells changed, and resends after a failed send', () => {
    const tracker = new ChangeTracker();
    tracker.markSent([row('A', '¥10.00'), row('B', '¥20.00')]);
    const next = [row('A', '¥10.00'), row('B', '¥25.00')];
    expect(changedIn(tracker, next)).toEqual(['B']);
    tracker.forget([row('A', '¥10.00')]);
    expect(changedIn(tracker, next)).toEqual(['A', 'B']);
  });

  it('names a row the background could not read until the row changes or the page is read anew', () => {
    const tracker = new ChangeTracker();
    const bad = row('A', 'twelve');
    tracker.markSent([bad]);
    tracker.markRejected(bad, "实付款 'twelve' is not an amount");
    expect(tracker.rejection(row('A', 'twelve'))).toBe("实付款 'twelve' is not an amount");
    expect(changedIn(tracker, [row('A', 'twelve')])).toEqual([]);
    // Fixed on the page: sent again, and no longer skipped.
    expect(tracker.rejection(row('A', '¥12.00'))).toBeUndefined();
    tracker.markSent([row('A', '¥12.00')]);
    expect(tracker.rejection(row('A', 'twelve'))).toBeUndefined();
    tracker.markRejected(bad, 'again');
    tracker.clear();
    expect(tracker.rejection(bad)).toBeUndefined();
  });

  it('holds a row as stored once the background stored it, and not while it is refused as shown', () => {
    const tracker = new ChangeTracker();
    const good = row('A', '¥10.00');
    tracker.markSent([good]);
    // Sent, no answer yet: no overlay for it.
    expect(tracker.isStored(good)).toBe(false);
    tracker.markAccepted([good]);
    expect(tracker.isStored(row('A', '¥10.00'))).toBe(true);
    // Changed and sent again: the stored order is still there while the answer comes.
    tracker.markSent([row('A', '¥11.00')]);
    expect(tracker.isStored(row('A', '¥11.00'))).toBe(true);
    tracker.markRejected(row('A', '¥11.00'), 'refused');
    expect(tracker.isStored(row('A', '¥11.00'))).toBe(false);
    expect(tracker.isStored(row('B', '¥10.00'))).toBe(false);
  });
});
