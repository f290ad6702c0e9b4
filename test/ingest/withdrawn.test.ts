// tracking-stalled once counted an unchanged "shipped" status as a parcel not moving; it now
// needs a tracking time that was read. Cases raised under the old rule are withdrawn when the
// order is judged again and no tracking time has been read: by a page read, by "check now",
// and by the first alarm of a browser session (no clock runs on such an order).
import { afterEach, describe, expect, it } from 'vitest';
import { listCaseEvents, loadCase, type SentinelDB } from '../../lib/db';
import { ingestBatch, openP1Count, reevaluateAsTimePasses, reevaluateOpen } from '../../lib/ingest';
import { caseKey, type Case, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR, paidOrder, T0 } from './orders';

const DAY = 24 * HOUR;
let db: SentinelDB;
afterEach(() => db?.close());

/** Shipped at T0 + 5 h; the list shows no tracking time. */
const parcel: Order = paidOrder({
  status: 'shipped',
  statusRaw: '卖家已发货',
  shippedAt: T0 + 5 * HOUR,
  carrier: '中通',
  trackingNo: '73123456789012',
  source: { url: 'https://trade.taobao.com/x', adapter: 'taobao', observedAt: T0 + DAY },
});
const KEY = caseKey({ detector: 'tracking-stalled', marketplace: 'taobao', orderId: parcel.orderId });

/** A "suspected lost" case as the old rule raised it, which the seller has started on. */
function oldCase(source: string): Case {
  return {
    key: KEY,
    detector: 'tracking-stalled',
    marketplace: 'taobao',
    orderId: parcel.orderId,
    severity: 'P1',
    dueAt: T0 + 8 * DAY,
    evidence: { stage: 'suspected lost', lastMovementAt: new Date(T0 + DAY).toISOString(), lastMovementSource: source },
    explanation: { en: 'No tracking movement for at least 7 days', zh: '物流已 7 天以上无更新' },
    status: 'in_progress',
    statusChangedAt: T0 + 9 * DAY,
    conditionCleared: false,
    openedAt: T0 + 8 * DAY,
    updatedAt: T0 + 9 * DAY,
    lastDetectedAt: T0 + 8 * DAY,
  };
}

async function shopWithOldCase(source = 'status observed'): Promise<void> {
  db = freshDb().db;
  await ingestBatch(db, [parcel], T0 + DAY, DEFAULT_SETTINGS);
  await db.cases.put(oldCase(source));
}

async function expectWithdrawn(at: number): Promise<void> {
  const c = (await loadCase(db, KEY))!;
  expect(c.conditionCleared).toBe(true);
  expect(c.clearedAt).toBe(at);
  // The seller's part stays; the explanation says why the alert is gone.
  expect(c.status).toBe('in_progress');
  expect(c.explanation.en).toBe(
    'Withdrawn: this alert was raised when an unchanged "shipped" status counted as a parcel not moving. No tracking time has been read for this parcel, so it is not judged stalled (needs tracking events: the console shows them on the order\'s 查看物流 (logistics) page, which Order Sentinel does not read yet).',
  );
  expect(c.explanation.zh).toBe('已撤回：此提醒发出时，“已发货”状态未变即被当作包裹未移动。尚未读到此包裹的物流时间，因此不判定为停滞（需要物流轨迹：后台在订单的“查看物流”页显示，订单哨兵暂未读取该页面）。');
  expect((await listCaseEvents(db, KEY)).map((e) => [e.kind, e.kind === 'detection' ? e.change : '', e.at])).toEqual([['detection', 'cleared', at]]);
  expect(await openP1Count(db)).toBe(0);
}

describe('cases raised without the evidence their detector now needs', () => {
  it('are withdrawn when a page read judges the order again and shows no tracking time', async () => {
    await shopWithOldCase();
    expect(await openP1Count(db)).toBe(1);
    await ingestBatch(db, [{ ...parcel, sellerRemark: '已催快递', source: { ...parcel.source, observedAt: T0 + 10 * DAY } }], T0 + 10 * DAY, DEFAULT_SETTINGS);
    await expectWithdrawn(T0 + 10 * DAY);
  });

  it('are withdrawn by "check now" and by the first alarm of a browser session, and only once', async () => {
    await shopWithOldCase('shipped at');
    await reevaluateOpen(db, T0 + 10 * DAY, DEFAULT_SETTINGS);
    await expectWithdrawn(T0 + 10 * DAY);

    await shopWithOldCase();
    await reevaluateAsTimePasses(db, T0 + 10 * DAY, DEFAULT_SETTINGS);
    await expectWithdrawn(T0 + 10 * DAY);
    await reevaluateAsTimePasses(db, T0 + 11 * DAY, DEFAULT_SETTINGS);
    expect((await listCaseEvents(db, KEY)).length).toBe(1);
  });

  it('come back as the detector judges them once a tracking time is read', async () => {
    await shopWithOldCase();
    await reevaluateOpen(db, T0 + 10 * DAY, DEFAULT_SETTINGS);
    const tracked = { ...parcel, lastTrackingAt: T0 + 2 * DAY, source: { ...parcel.source, observedAt: T0 + 11 * DAY } };
    await ingestBatch(db, [tracked], T0 + 11 * DAY, DEFAULT_SETTINGS);
    const c = (await loadCase(db, KEY))!;
    expect([c.conditionCleared, c.severity, c.evidence['lastMovementSource']]).toEqual([false, 'P1', 'tracking']);
    expect((await listCaseEvents(db, KEY)).map((e) => (e.kind === 'detection' ? e.change : e.kind))).toEqual(['cleared', 'returned']);
  });

  it('leave a case raised on a tracking time alone while the detector cannot judge the order', async () => {
    await shopWithOldCase('tracking');
    await reevaluateOpen(db, T0 + 10 * DAY, DEFAULT_SETTINGS);
    expect((await loadCase(db, KEY))!.conditionCleared).toBe(false);
    expect(await listCaseEvents(db, KEY)).toEqual([]);
  });
});
