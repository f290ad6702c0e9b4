// The background prunes on the re-evaluation alarm with the seller's retention setting.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerRetention } from '../../entrypoints/background/retention';
import { saveSettings, UNDECIDED_CLOCKS, type SentinelDB } from '../../lib/db';
import { orderKey } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, paidOrder } from '../ingest/orders';
import { DAY } from './data';

let db: SentinelDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb().db;
});
afterEach(() => db.close());

describe('retention on the alarm', () => {
  it('prunes orders older than the retention setting when the re-evaluation alarm fires, not on other alarms', async () => {
    const now = Date.now();
    const orders = [40, 20, 5].map((days) => paidOrder({ orderId: `placed-${days}d-ago`, placedAt: now - days * DAY }));
    await db.orders.bulkPut(orders.map((o) => ({ ...o, key: orderKey(o), ...UNDECIDED_CLOCKS })));
    await saveSettings(db, { ...DEFAULT_SETTINGS, retentionDays: 30 });
    registerRetention(db, 'reevaluate', () => (err) => {
      throw err;
    });

    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: now });
    // Long enough for a prune to have finished had it started.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await db.orders.count()).toBe(3);

    await fakeBrowser.alarms.onAlarm.trigger({ name: 'reevaluate', scheduledTime: now });
    await vi.waitFor(async () => expect(await db.orders.count()).toBe(2));
    expect(await db.orders.orderBy('key').primaryKeys()).toEqual(['taobao|placed-20d-ago', 'taobao|placed-5d-ago']);
  });
});
