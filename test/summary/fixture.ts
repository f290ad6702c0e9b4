/**
 * A generated shop history around ISO week 2026-W47 (Mon 16 – Sun 22 Nov 2026, Asia/Shanghai),
 * with every value the summary tests expect worked out by hand in the comments.
 */
import type { Case, CaseEvent, Note, Order } from '../../lib/schema';
import type { SummaryInput } from '../../lib/summary/week';

export const H = 3_600_000;
export const MIN = 60_000;
export const D = 24 * H;
/** Monday 16 Nov 2026 00:00 in Shanghai. */
export const W47 = Date.parse('2026-11-15T16:00:00Z');
/** Wednesday of the following week: the week in progress is W48. */
export const NOW = W47 + 9 * D + 14 * H;

export function makeCase(over: Partial<Case> & Pick<Case, 'detector' | 'marketplace' | 'orderId' | 'openedAt'>): Case {
  return {
    key: `${over.detector}|${over.marketplace}|${over.orderId}`,
    severity: 'P2',
    evidence: {},
    explanation: { en: 'x', zh: 'x' },
    status: 'open',
    conditionCleared: false,
    updatedAt: over.openedAt,
    lastDetectedAt: over.openedAt,
    ...over,
  };
}

export function makeOrder(over: Partial<Order> & Pick<Order, 'marketplace' | 'orderId'>): Order {
  return {
    placedAt: W47 - 2 * D,
    status: 'awaiting_shipment',
    statusRaw: '待发货',
    items: [{ title: 'Soap', quantity: 1 }],
    money: { currency: 'CNY', paid: 10 },
    source: { url: 'https://example.test/orders', adapter: 'test', observedAt: W47 },
    ...over,
  };
}

// W47: opened c1 (Mon), c2 + c3 (Tue), c4 (Wed), c10 (Sat), c5 (Sun 23:30, the last half hour).
export const c1 = makeCase({
  detector: 'ship-deadline', marketplace: 'taobao', orderId: 'T1', severity: 'P1',
  openedAt: W47 + 10 * H, dueAt: W47 + 12 * H,
  // Resolved at 13:00, after its 12:00 deadline: a missed deadline, 3 h to resolution.
  status: 'resolved', statusChangedAt: W47 + 13 * H,
  resolution: { category: 'refunded', amount: 10, currency: 'CNY' },
  evidence: { compensation: 5 },
});
export const c2 = makeCase({
  detector: 'duplicate-order', marketplace: 'taobao', orderId: 'T2',
  openedAt: W47 + D + 9 * H, dueAt: W47 + D + 16 * H,
  // Dismissed before its deadline: not missed; its evidence money is not at stake.
  status: 'dismissed', statusChangedAt: W47 + D + 10 * H, dismissReason: 'false_positive',
  evidence: { amountAtStake: 99 },
});
export const c3 = makeCase({
  detector: 'refund-pending', marketplace: 'taobao', orderId: 'T3',
  openedAt: W47 + D + 20 * H, dueAt: W47 + 3 * D,
  evidence: { amountAtStake: 59.9 },
});
export const c4 = makeCase({
  detector: 'tracking-stalled', marketplace: 'demo', orderId: 'D4', severity: 'P1',
  openedAt: W47 + 2 * D + 9 * H, dueAt: W47 + 2 * D + 10 * H,
  status: 'in_progress', statusChangedAt: W47 + 2 * D + 9 * H + 30 * MIN,
  evidence: { stage: 'suspected lost', carrier: 'SF' },
});
export const c5 = makeCase({
  detector: 'delivery-overdue', marketplace: 'demo', orderId: 'D5',
  openedAt: W47 + 6 * D + 23 * H + 30 * MIN, dueAt: W47 + 6 * D + 23 * H + 45 * MIN,
  // The condition cleared before the deadline: not missed.
  conditionCleared: true, clearedAt: W47 + 6 * D + 23 * H + 40 * MIN,
});
export const c10 = makeCase({
  detector: 'message-unanswered', marketplace: 'ebay', orderId: 'E10', severity: 'P3',
  openedAt: W47 + 5 * D + 10 * H,
  status: 'resolved', statusChangedAt: W47 + 5 * D + 10 * H + 30 * MIN,
  resolution: { category: 'partial_compensation', amount: 2.5, currency: 'USD' },
});
// Other weeks: c6 opened in W46 and still open; c7 opened and resolved (in 12 h) in W45;
// c8 opened in W48.
export const c6 = makeCase({ detector: 'ship-deadline', marketplace: 'demo', orderId: 'D6', openedAt: W47 - 3 * D });
export const c7 = makeCase({
  detector: 'ship-deadline', marketplace: 'demo', orderId: 'D7',
  openedAt: W47 - 14 * D + 8 * H, status: 'resolved', statusChangedAt: W47 - 14 * D + 20 * H,
  resolution: { category: 'reshipped' },
});
export const c8 = makeCase({ detector: 'ship-deadline', marketplace: 'demo', orderId: 'D8', openedAt: W47 + 7 * D + H });

export const orders: Order[] = [
  makeOrder({
    marketplace: 'taobao', orderId: 'T1', buyer: '张三', carrier: '中通',
    items: [{ title: '手工皂, "玫瑰"', quantity: 2 }], money: { currency: 'CNY', paid: 59.8 },
  }),
  makeOrder({
    marketplace: 'taobao', orderId: 'T3', buyer: '=cmd|calc', statusRaw: '退款中', status: 'refund_requested',
    items: [{ title: '茶饼 357g', quantity: 1 }], money: { currency: 'CNY', paid: 59.9 },
    afterSalesReason: { raw: '质量问题', reason: 'quality' },
  }),
  makeOrder({
    marketplace: 'demo', orderId: 'D4', buyer: '张三', carrier: 'SF', trackingNo: 'SF1001', status: 'shipped', statusRaw: '已发货',
    shippedAt: W47 + 2 * H, items: [{ title: '茶饼 357g', quantity: 1 }], money: { currency: 'CNY', paid: 30 },
  }),
  makeOrder({
    marketplace: 'demo', orderId: 'D5', buyer: 'Lee, Ann', carrier: 'SF', status: 'shipped', statusRaw: '已发货',
    shippedAt: W47 - 5 * D, items: [{ title: 'Mug', quantity: 1 }],
    afterSalesReason: { raw: 'arrived late', reason: 'late' },
  }),
  // Shipped in W47 with no case: counts for its carrier's parcels.
  makeOrder({ marketplace: 'demo', orderId: 'D9', carrier: '中通', status: 'shipped', statusRaw: '已发货', shippedAt: W47 + D + 2 * H }),
];

export const notes: Note[] = [
  { id: 1, caseKey: c1.key, text: '已联系买家，今天补发', createdAt: W47 + 10 * H + 20 * MIN },
  { id: 2, caseKey: c4.key, text: '催快递, 查件中\n第二行', createdAt: W47 + 2 * D + 12 * H },
  { id: 3, caseKey: c6.key, text: '-5 stars threat', createdAt: W47 + 3 * D },
  // Written in W48: counted in the case's notes, not among this week's.
  { id: 4, caseKey: c1.key, text: 'Reshipped, tracking "SF123"', createdAt: W47 + 8 * D },
];

export const events: CaseEvent[] = [
  { caseKey: c1.key, at: c1.statusChangedAt!, kind: 'status', from: 'open', to: 'resolved', resolution: c1.resolution! },
  { caseKey: c2.key, at: c2.statusChangedAt!, kind: 'status', from: 'open', to: 'dismissed', dismissReason: 'false_positive' },
  { caseKey: c4.key, at: c4.statusChangedAt!, kind: 'status', from: 'open', to: 'in_progress' },
  { caseKey: c10.key, at: c10.statusChangedAt!, kind: 'status', from: 'open', to: 'resolved', resolution: c10.resolution! },
  { caseKey: c7.key, at: c7.statusChangedAt!, kind: 'status', from: 'open', to: 'resolved' },
  // A detection event is not the seller acting.
  { caseKey: c3.key, at: c3.openedAt + MIN, kind: 'detection', change: 'severity', severity: 'P1' },
];

export const input: SummaryInput = { cases: [c1, c2, c3, c4, c5, c6, c7, c8, c10], events, notes, orders };
