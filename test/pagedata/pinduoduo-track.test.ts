import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterById } from '../../lib/adapters';
import type { SentinelDB } from '../../lib/db';
import { ingestBatch } from '../../lib/ingest';
import { orderOfTrackAddress, readPinduoduoTrack } from '../../lib/pagedata/pinduoduo-track';
import { pageDataOrders } from '../../lib/pagedata/ingest';
import { applyTracking } from '../../lib/pagedata/tracking';
import { type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb } from '../ingest/orders';

const SN = '261201-112233445566778';
const DETAIL = `https://mms.pinduoduo.com/orders/detail?type=4399&sn=${SN}`;
const TRACK = `https://mms.pinduoduo.com/express_base/mms/track/get?orderSn=${SN}&source=MMS_TRACK_STATUS`;
const SAVED = readFileSync('test/fixtures/pagedata/pinduoduo-track-stalled.2026-12.json', 'utf8');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 2026-12-02 09:47:12 in Beijing: the saved answer's latest event. */
const LATEST = Date.UTC(2026, 11, 2, 1, 47, 12);

describe('the order a tracking answer names', () => {
  it('is read from the orderSn query or the path, and from no other address', () => {
    expect(orderOfTrackAddress(TRACK)).toBe(SN);
    expect(orderOfTrackAddress(`https://mms.pinduoduo.com/express_base/mms/track/${SN}?source=MMS_TRACK_STATUS`)).toBe(SN);
    expect(orderOfTrackAddress(`https://mms.pinduoduo.com/express_base/mms/track/get?source=MMS_TRACK_STATUS`)).toBeUndefined();
    expect(orderOfTrackAddress(`https://mms.pinduoduo.com.evil.example/express_base/mms/track/${SN}`)).toBeUndefined();
    expect(orderOfTrackAddress(`http://mms.pinduoduo.com/express_base/mms/track/${SN}`)).toBeUndefined();
  });
});

describe('readPinduoduoTrack', () => {
  it('reads the latest event by its time, whatever order the list is in', () => {
    expect(readPinduoduoTrack(JSON.parse(SAVED), SN)).toEqual({
      ok: true,
      entries: [{ orderId: SN, lastTrackingAt: '2026-12-02 09:47:12', trackingEvent: '【杭州市】快件已到达 杭州转运中心' }],
      skipped: [],
    });
  });

  it('reads a traceList and epoch times, and skips an event without a readable time', () => {
    const answer = { success: true, result: { traceList: [{ time: 1796176032, info: '已揽收' }, { time: 'yesterday', info: '运输中' }, { info: '无时间' }] } };
    const read = readPinduoduoTrack(answer, SN);
    expect(read).toEqual({
      ok: true,
      entries: [{ orderId: SN, lastTrackingAt: '2026-12-02T01:47:12.000Z', trackingEvent: '已揽收' }],
      skipped: [
        { row: 2, orderId: SN, reason: "time 'yesterday' is not a date and time" },
        { row: 3, orderId: SN, reason: 'time: Invalid input' },
      ],
    });
  });

  it('adds nothing for a parcel with no event yet, and says why an error answer is none', () => {
    expect(readPinduoduoTrack({ success: true, result: { traces: [] } }, SN)).toEqual({ ok: true, entries: [], skipped: [] });
    expect(readPinduoduoTrack({ success: false, error_msg: '会话已过期' }, SN)).toEqual({ ok: false, reason: 'the console answered with an error: 会话已过期' });
    expect(readPinduoduoTrack({ result: { traces: 'x' } }, SN)).toMatchObject({ ok: false });
  });
});

describe('a tracking answer observed in the console', () => {
  const observe = (url: string, source: string, body: string | undefined) => pageDataOrders({ url, source, observedAt: LATEST + 5 * DAY, body }, adapterById, []);

  it('on the order detail: the latest event in Beijing time, for the order its address names', () => {
    const found = observe(DETAIL, TRACK, SAVED);
    expect(found.kind).toBe('tracking');
    if (found.kind !== 'tracking') return;
    expect(found.tracking).toEqual([{ marketplace: 'pinduoduo', orderId: SN, lastTrackingAt: LATEST, trackingEvent: '【杭州市】快件已到达 杭州转运中心' }]);
    expect(found.health).toEqual({ ordersRead: 1, skipped: 0, at: LATEST + 5 * DAY });
  });

  it('is refused off the console, and a malformed or hostile answer adds nothing', () => {
    expect(observe('https://example.com/', TRACK, SAVED)).toEqual({ kind: 'refused', reason: 'not an order page of pinduoduo' });
    const malformed = observe(DETAIL, TRACK, '{"success":true,"result":{"traces":[{"time":"2026-12-0');
    expect(malformed).toMatchObject({ kind: 'tracking', tracking: [], health: { ordersRead: 0, problem: 'the response is malformed: not JSON' } });
    const hostile = observe(DETAIL, TRACK, '{"__proto__":{"polluted":1},"success":true,"result":{"traces":[{"time":1e309,"info":"<img src=x onerror=alert(1)>"}]}}');
    expect(hostile).toMatchObject({ kind: 'tracking', tracking: [] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('applyTracking', () => {
  let db: SentinelDB | undefined;
  afterEach(() => db?.close());

  const shippedPdd = (orderId: string): Order => ({
    marketplace: 'pinduoduo',
    orderId,
    placedAt: Date.UTC(2026, 11, 1, 3, 0, 0),
    paidAt: Date.UTC(2026, 11, 1, 3, 1, 0),
    status: 'shipped',
    statusRaw: '已发货，待签收',
    items: [{ title: '手工皂', quantity: 1 }],
    money: { currency: 'CNY', paid: 39.9 },
    source: { url: 'https://mms.pinduoduo.com/orders/list', adapter: 'pinduoduo', observedAt: Date.UTC(2026, 11, 1, 8, 0, 0) },
  });

  it('a parcel idle 4+ days raises tracking-stalled at P2; one with a fresh event raises nothing; an order not read yet is counted, not stored', async () => {
    db = freshDb().db;
    const now = LATEST + 4.5 * DAY;
    await ingestBatch(db, [shippedPdd(SN), shippedPdd('261201-999988887777666')], now - DAY, DEFAULT_SETTINGS);
    expect(await db.cases.toArray()).toEqual([]);
    const result = await applyTracking(
      db,
      [
        { marketplace: 'pinduoduo', orderId: SN, lastTrackingAt: LATEST, trackingEvent: '【杭州市】快件已到达 杭州转运中心' },
        { marketplace: 'pinduoduo', orderId: '261201-999988887777666', lastTrackingAt: now - 3 * HOUR, trackingEvent: '【上海市】派件中' },
        { marketplace: 'pinduoduo', orderId: '261130-000000000000001', lastTrackingAt: now - 9 * DAY },
      ],
      now,
      DEFAULT_SETTINGS,
    );
    expect([result.applied, result.unknown]).toEqual([2, 1]);
    const cases = await db.cases.toArray();
    expect(cases.map((c) => [c.orderId, c.detector, c.severity])).toEqual([[SN, 'tracking-stalled', 'P2']]);
    expect(cases[0]!.explanation.en).toBe('No tracking movement for at least 3 days: stalled (from 3 days), suspected lost at 7 days for a domestic parcel.');
    // An older answer (cached) never moves the parcel's last event back.
    await applyTracking(db, [{ marketplace: 'pinduoduo', orderId: '261201-999988887777666', lastTrackingAt: now - 8 * DAY }], now, DEFAULT_SETTINGS);
    expect((await db.cases.toArray()).length).toBe(1);
  });
});
