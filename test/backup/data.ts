// A database with every kind of record, shared by the backup tests.
import type { SentinelDB } from '../../lib/db';
import { SETTINGS_ID, UNDECIDED_CLOCKS } from '../../lib/db';
import { orderKey, type Case, type CaseEvent, type Note, type Order, type StatusChange } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, paidOrder, shipped, T0 } from '../ingest/orders';

export const DAY = 24 * HOUR;

export const lateOrder: Order = paidOrder({ buyerMessage: '请尽快发货, "急用"\n谢谢', addressMissing: ['phone'] });
export const shippedOrder: Order = shipped(paidOrder({ orderId: '3712345678901234999', buyer: 'tb_buyer_02' }), T0 + 30 * HOUR);

export const lateCase: Case = {
  key: `ship-deadline|taobao|${lateOrder.orderId}`,
  detector: 'ship-deadline',
  marketplace: 'taobao',
  orderId: lateOrder.orderId,
  severity: 'P1',
  dueAt: T0 + 48 * HOUR,
  evidence: { deadline: '2026-11-22T08:00:00.000Z', hoursOverdue: 2, crossBorder: false, carrier: null },
  explanation: { en: 'Taobao requires shipping within 48 h — 2 h overdue.', zh: '淘宝要求 48 小时内发货，已超时 2 小时。' },
  status: 'resolved',
  conditionCleared: false,
  openedAt: T0 + 50 * HOUR,
  updatedAt: T0 + 52 * HOUR,
  lastDetectedAt: T0 + 50 * HOUR,
  statusChangedAt: T0 + 52 * HOUR,
  resolution: { category: 'partial_compensation', amount: 5, currency: 'CNY' },
};
export const shopCase: Case = {
  key: 'rate-spike|taobao|@2026-11-21',
  detector: 'rate-spike',
  marketplace: 'taobao',
  orderId: '@2026-11-21',
  severity: 'P2',
  evidence: { refunds: 9 },
  explanation: { en: '9 refunds today.', zh: '今天 9 笔退款。' },
  status: 'dismissed',
  dismissReason: 'threshold_too_strict',
  dismissedSeverity: 'P2',
  conditionCleared: true,
  clearedAt: T0 + 60 * HOUR,
  openedAt: T0 + 30 * HOUR,
  updatedAt: T0 + 60 * HOUR,
  lastDetectedAt: T0 + 40 * HOUR,
  origin: 'orders_export.csv',
};
export const notes: Note[] = [
  { id: 1, caseKey: lateCase.key, text: '已联系买家，补偿 5 元', createdAt: T0 + 51 * HOUR },
  { id: 2, caseKey: lateCase.key, text: 'Courier picked up, "late" by 2 h', createdAt: T0 + 52 * HOUR },
];
export const events: CaseEvent[] = [
  { id: 1, caseKey: lateCase.key, at: T0 + 50 * HOUR, kind: 'detection', change: 'opened', severity: 'P1' },
  { id: 2, caseKey: lateCase.key, at: T0 + 51 * HOUR, kind: 'template', templateId: 'ship-delay-apology', language: 'zh', action: 'copy' },
  { id: 3, caseKey: lateCase.key, at: T0 + 52 * HOUR, kind: 'status', from: 'open', to: 'resolved', resolution: { category: 'partial_compensation', amount: 5, currency: 'CNY' } },
  { id: 4, caseKey: shopCase.key, at: T0 + 45 * HOUR, kind: 'status', from: 'open', to: 'dismissed', dismissReason: 'threshold_too_strict' },
];
export const history: StatusChange[] = [
  { id: 1, orderKey: orderKey(lateOrder), status: 'awaiting_shipment', statusRaw: '买家已付款', observedAt: T0 + HOUR },
  { id: 2, orderKey: orderKey(shippedOrder), status: 'awaiting_shipment', statusRaw: '买家已付款', observedAt: T0 + HOUR },
  { id: 3, orderKey: orderKey(shippedOrder), status: 'shipped', statusRaw: '卖家已发货', observedAt: T0 + 30 * HOUR },
];
export const customSettings = {
  ...DEFAULT_SETTINGS,
  language: 'zh' as const,
  retentionDays: 30,
  detectors: {
    ...DEFAULT_SETTINGS.detectors,
    'repeat-refunder': { ...DEFAULT_SETTINGS.detectors['repeat-refunder'], blockList: ['tb_scammer_9', '坏买家'] },
  },
};

/** Fills `db` with two orders, two cases (order and shop level), notes, events, history and settings. */
export async function fill(db: SentinelDB): Promise<void> {
  await db.orders.bulkPut([lateOrder, shippedOrder].map((o) => ({ ...o, key: orderKey(o), ...UNDECIDED_CLOCKS })));
  await db.cases.bulkPut([lateCase, shopCase]);
  await db.notes.bulkAdd(notes);
  await db.caseEvents.bulkAdd(events);
  await db.statusHistory.bulkAdd(history);
  await db.settings.put({ ...customSettings, id: SETTINGS_ID });
}

/** Every table's content, in key order, for deep comparison. */
export async function snapshot(db: SentinelDB) {
  return {
    orders: await db.orders.orderBy('key').toArray(),
    statusHistory: await db.statusHistory.orderBy('id').toArray(),
    cases: await db.cases.orderBy('key').toArray(),
    notes: await db.notes.orderBy('id').toArray(),
    caseEvents: await db.caseEvents.orderBy('id').toArray(),
    settings: await db.settings.toArray(),
  };
}
