// A read of the page's text after a read of the console's own data (lib/pagedata) must not lose
// what only the data showed: ingest keeps each field the newer read lacks, takes each field it
// shows, and still records the status change.
import { afterEach, describe, expect, it } from 'vitest';
import { listStatusHistory, type SentinelDB } from '../../lib/db';
import { ingestBatch } from '../../lib/ingest';
import { mergeObserved } from '../../lib/ingest/merge';
import { type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR, paidOrder, T0 } from './orders';

let db: SentinelDB;
afterEach(() => db?.close());

/** Read from the console's own data: SKUs, the last tracking time, the platform's subsidy. */
const fromData: Order = paidOrder({
  status: 'shipped',
  statusRaw: 'WAIT_BUYER_CONFIRM_GOODS',
  shippedAt: T0 + 5 * HOUR,
  carrier: '中通',
  trackingNo: 'ZT7000000000001',
  lastTrackingAt: T0 + 20 * HOUR,
  trackingEvent: '【杭州】已发出',
  items: [
    { title: '手工皂', sku: 'SOAP-LAV-100', quantity: 2, unitPrice: 29.9 },
    { title: '皂盒', sku: 'BOX-01', quantity: 1, unitPrice: 9.9 },
  ],
  money: { currency: 'CNY', paid: 64.7, subtotal: 69.7, platformDiscount: 5 },
  source: { url: 'https://trade.taobao.com/trade/itemlist/asyncSold.htm', adapter: 'taobao', observedAt: T0 + 24 * HOUR },
});

/** The same order read later from the list's text: a new status, and none of the data's extras. */
const fromText: Order = paidOrder({
  status: 'completed',
  statusRaw: '交易成功',
  shippedAt: T0 + 5 * HOUR,
  carrier: '中通',
  trackingNo: 'ZT7000000000001',
  items: [
    { title: '手工皂', quantity: 2 },
    { title: '皂盒', quantity: 1 },
  ],
  money: { currency: 'CNY', paid: 64.7 },
  source: { url: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm', adapter: 'taobao', observedAt: T0 + 30 * HOUR },
});

describe('a newer read of an order merged with the stored one', () => {
  it('keeps SKUs, the tracking time and the subsidy the page text does not show, takes its new status, and records the change', async () => {
    db = freshDb().db;
    await ingestBatch(db, [fromData], T0 + 24 * HOUR, DEFAULT_SETTINGS);
    const result = await ingestBatch(db, [fromText], T0 + 30 * HOUR, DEFAULT_SETTINGS);
    expect(result).toMatchObject({ written: 1, changed: 1 });
    const stored = (await db.orders.get('taobao|3712345678901234567'))!;
    expect(stored.status).toBe('completed');
    expect(stored.statusRaw).toBe('交易成功');
    expect(stored.lastTrackingAt).toBe(T0 + 20 * HOUR);
    expect(stored.trackingEvent).toBe('【杭州】已发出');
    expect(stored.items).toEqual([
      { title: '手工皂', sku: 'SOAP-LAV-100', quantity: 2, unitPrice: 29.9 },
      { title: '皂盒', sku: 'BOX-01', quantity: 1, unitPrice: 9.9 },
    ]);
    expect(stored.money).toEqual({ currency: 'CNY', paid: 64.7, subtotal: 69.7, platformDiscount: 5 });
    expect(stored.source.url).toBe('https://trade.taobao.com/trade/itemlist/list_sold_items.htm');
    expect((await listStatusHistory(db, 'taobao|3712345678901234567')).map((c) => [c.status, c.observedAt])).toEqual([
      ['shipped', T0 + 24 * HOUR],
      ['completed', T0 + 30 * HOUR],
    ]);
  });

  it('counts a read of the same page that shows less and nothing new as seen again, not changed', async () => {
    db = freshDb().db;
    await ingestBatch(db, [fromData], T0 + 24 * HOUR, DEFAULT_SETTINGS);
    const showsLess = { ...fromText, status: fromData.status, statusRaw: fromData.statusRaw, source: { ...fromData.source, observedAt: T0 + 30 * HOUR } };
    expect(await ingestBatch(db, [showsLess], T0 + 30 * HOUR, DEFAULT_SETTINGS)).toMatchObject({ written: 1, changed: 0 });
    expect((await db.orders.get('taobao|3712345678901234567'))!.items[0]!.sku).toBe('SOAP-LAV-100');
  });

  it('takes every field the newer read shows: a new tracking number, carrier, amount and SKU replace the stored ones', () => {
    const shown = {
      ...fromText,
      carrier: '顺丰',
      trackingNo: 'SF1234567890123',
      items: [{ title: '手工皂', sku: 'SOAP-ROSE-100', quantity: 2 }, { title: '皂盒', quantity: 1 }],
      money: { currency: 'CNY' as const, paid: 59.7 },
    };
    const merged = mergeObserved(fromData, shown);
    expect([merged.carrier, merged.trackingNo, merged.money.paid]).toEqual(['顺丰', 'SF1234567890123', 59.7]);
    expect(merged.items.map((i) => i.sku)).toEqual(['SOAP-ROSE-100', 'BOX-01']);
    // The tracking time belongs to the parcel the data saw; the text shows none, so it is kept.
    expect(merged.lastTrackingAt).toBe(T0 + 20 * HOUR);
  });

  it('keeps no amounts of another currency, and no item details when the item lists differ in length', () => {
    const merged = mergeObserved(fromData, { ...fromText, money: { currency: 'USD', paid: 9.5 }, items: [{ title: '手工皂 ×2 + 皂盒', quantity: 3 }] });
    expect(merged.money).toEqual({ currency: 'USD', paid: 9.5 });
    expect(merged.items).toEqual([{ title: '手工皂 ×2 + 皂盒', quantity: 3 }]);
  });

  it('keeps the item lines when the newer read shows none (a detail page whose data names no item)', () => {
    const merged = mergeObserved(fromData, { ...fromText, items: [] });
    expect(merged.items).toEqual([
      { title: '手工皂', sku: 'SOAP-LAV-100', quantity: 2, unitPrice: 29.9 },
      { title: '皂盒', sku: 'BOX-01', quantity: 1, unitPrice: 9.9 },
    ]);
  });

  it('records when a read saw the status change, keeps it while the status stays, and never dates a status the order was first seen in', async () => {
    db = freshDb().db;
    const refunded = (at: number): Order => ({ ...fromText, status: 'refunded', statusRaw: '交易关闭', source: { ...fromText.source, observedAt: at } });
    await ingestBatch(db, [refunded(T0 + 24 * HOUR)], T0 + 24 * HOUR, DEFAULT_SETTINGS);
    expect((await db.orders.get('taobao|3712345678901234567'))!.statusChangeSeenAt).toBeUndefined();

    db.close();
    db = freshDb().db;
    await ingestBatch(db, [fromData], T0 + 24 * HOUR, DEFAULT_SETTINGS);
    await ingestBatch(db, [refunded(T0 + 30 * HOUR)], T0 + 30 * HOUR, DEFAULT_SETTINGS);
    expect((await db.orders.get('taobao|3712345678901234567'))!.statusChangeSeenAt).toBe(T0 + 30 * HOUR);
    await ingestBatch(db, [refunded(T0 + 40 * HOUR)], T0 + 40 * HOUR, DEFAULT_SETTINGS);
    expect((await db.orders.get('taobao|3712345678901234567'))!.statusChangeSeenAt).toBe(T0 + 30 * HOUR);
  });
});
