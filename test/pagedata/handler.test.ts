import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createMessageHandler } from '../../entrypoints/background/router';
import { type ReadStatus } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { SentinelDB } from '../../lib/db';
import { freshDb } from '../ingest/orders';

const NOW = Date.UTC(2026, 11, 6, 2, 0);
const LIST = 'https://mms.pinduoduo.com/orders/list?msfrom=mms_sidenav';
const SOURCE = 'https://mms.pinduoduo.com/mangkhut/mms/recentOrderList';
const fromTab = { tab: { id: 7 }, id: 'ext-id', url: LIST };
const body = (name: string) => readFileSync(`test/fixtures/pagedata/${name}`, 'utf8');
const observed = (text: string | undefined, source = SOURCE) => ({
  type: 'pagedata.observed',
  url: LIST,
  source,
  observedAt: NOW,
  ...(text === undefined ? {} : { body: text }),
});

const opened: SentinelDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function setup() {
  const { db } = freshDb();
  opened.push(db);
  const tabs = new Map<number, ReadStatus>();
  const onCasesChanged = vi.fn();
  const handler = createMessageHandler({
    db,
    now: () => NOW,
    settings: async () => DEFAULT_SETTINGS,
    onCasesChanged,
    tabStatus: { get: (id) => tabs.get(id), set: (id, s) => void tabs.set(id, s) },
    extensionId: 'ext-id',
    mayReadPage: async (url) => url.startsWith('https://mms.pinduoduo.com/orders/'),
    sites: { enable: vi.fn(async () => {}), disable: vi.fn(async () => {}), saveMapping: vi.fn(async () => {}) },
  });
  return { db, handler, tabs, onCasesChanged };
}

describe('the console\'s own order data in the background', () => {
  it('stores its orders, raises the late one\'s case, and read health says the data was read', async () => {
    const { db, handler, tabs, onCasesChanged } = setup();
    expect(await handler(observed(body('pinduoduo-recentOrderList.2026-12.json')), fromTab)).toMatchObject({ ok: true, written: 3 });
    expect((await db.orders.toArray()).map((o) => o.orderId).sort()).toEqual(['261128-583920174650112', '261201-112233445566778', '261205-998877665544332']);
    // Only 261128-… is 待发货 past its 承诺发货时间 (2026-11-30 10:07).
    expect((await db.cases.toArray()).map((c) => [c.orderId, c.detector, c.severity])).toEqual([['261128-583920174650112', 'ship-deadline', 'P1']]);
    expect(onCasesChanged).toHaveBeenCalledTimes(1);
    expect(tabs.get(7)).toEqual({
      kind: 'read',
      adapter: 'pinduoduo',
      marketplace: 'pinduoduo',
      url: LIST,
      ordersRead: 0,
      rowsSkipped: 0,
      skipped: [],
      pageData: { ordersRead: 3, skipped: 0, at: NOW },
      at: NOW,
    });
    // The page's text read next keeps saying the data was read too.
    const textRead: ReadStatus = { kind: 'read', adapter: 'pinduoduo', url: `${LIST}&page=1`, ordersRead: 6, rowsSkipped: 0, skipped: [], at: NOW + 1 };
    expect(await handler({ type: 'page.status', status: textRead }, fromTab)).toEqual({ ok: true });
    expect(tabs.get(7)).toEqual({ ...textRead, pageData: { ordersRead: 3, skipped: 0, at: NOW } });
  });

  it('writes nothing for a malformed, oversized or hostile-number response, and says why in read health', async () => {
    const { db, handler, tabs } = setup();
    expect(await handler(observed(body('pinduoduo-1e309.2026-12.json')), fromTab)).toEqual({ ok: true, written: 0, changed: 0, findings: 0 });
    expect(tabs.get(7)).toMatchObject({ pageData: { ordersRead: 0, skipped: 0, problem: "the response is malformed: 'order_amount' is not a number JSON can hold" } });
    expect(await handler(observed(undefined), fromTab)).toEqual({ ok: true, written: 0, changed: 0, findings: 0 });
    expect(tabs.get(7)).toMatchObject({ pageData: { problem: 'the response was too large to read' } });
    expect(await db.orders.count()).toBe(0);
    // A body past the message's cap is refused by the message schema itself.
    expect(await handler(observed('x'.repeat(2_000_001)), fromTab)).toMatchObject({ ok: false });
  });

  it('ignores data said to come from any other address, and refuses it from a page the extension does not read', async () => {
    const { db, handler } = setup();
    const text = body('pinduoduo-recentOrderList.2026-12.json');
    expect(await handler(observed(text, 'https://mms.pinduoduo.com/mangkhut/mms/orderDetail'), fromTab)).toEqual({ ok: true, written: 0, changed: 0, findings: 0 });
    expect(await handler(observed(text), { ...fromTab, url: 'https://evil.example/orders/list' })).toMatchObject({ ok: false });
    expect(await db.orders.count()).toBe(0);
  });
});
