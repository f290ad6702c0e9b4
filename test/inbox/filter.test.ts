import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, indexOrders, inboxView, isDefaultFilters, type InboxFilters } from '../../lib/inbox/filter';
import type { Case, CaseStatus, Marketplace, Order, Severity } from '../../lib/schema';

const HOUR = 3_600_000;
// Wednesday 2026-11-25 12:00 Beijing time (04:00 UTC).
const NOW = Date.UTC(2026, 10, 25, 4);

function aCase(
  detector: string,
  marketplace: Marketplace,
  orderId: string,
  severity: Severity,
  status: CaseStatus,
  dueAt: number | undefined,
  openedAt = NOW - 2 * HOUR,
): Case {
  return {
    key: `${detector}|${marketplace}|${orderId}`,
    detector,
    marketplace,
    orderId,
    severity,
    ...(dueAt === undefined ? {} : { dueAt }),
    evidence: {},
    explanation: { en: '', zh: '' },
    status,
    conditionCleared: false,
    openedAt,
    updatedAt: openedAt,
    lastDetectedAt: openedAt,
  };
}

const CASES: Case[] = [
  aCase('ship-deadline', 'taobao', 'TB-1001', 'P1', 'open', NOW - 2 * HOUR),
  aCase('ship-deadline', 'taobao', 'TB-1002', 'P2', 'open', NOW + 3 * HOUR),
  aCase('duplicate-order', 'taobao', 'TB-1003', 'P2', 'in_progress', NOW + 30 * HOUR),
  aCase('amount-mismatch', 'amazon', '113-0001', 'P2', 'waiting', undefined),
  // 13 h from now is 01:00 tomorrow in Beijing but still today (17:00) in UTC, Amazon's clock.
  aCase('tracking-stalled', 'amazon', '113-0002', 'P1', 'open', NOW + 13 * HOUR, Date.UTC(2026, 10, 20)),
  aCase('seller-note', 'taobao', 'TB-1004', 'P3', 'resolved', undefined),
  aCase('tracking-invalid', 'taobao', 'TB-1005', 'P1', 'dismissed', NOW - 1 * HOUR),
  aCase('refund-pending', 'amazon', '113-0003', 'P3', 'open', NOW + 240 * HOUR),
];

const order = (marketplace: Marketplace, orderId: string, buyer: string, title: string, sku?: string): Order => ({
  marketplace,
  orderId,
  placedAt: NOW - 50 * HOUR,
  status: 'awaiting_shipment',
  statusRaw: '待发货',
  buyer,
  items: [{ title, quantity: 1, ...(sku ? { sku } : {}) }],
  money: { currency: 'CNY', paid: 10 },
  source: { url: 'https://example.test', adapter: 'test', observedAt: NOW },
});
const ORDERS = indexOrders([
  order('taobao', 'TB-1001', '豆豆妈妈', '手工冷制皂 玫瑰 100g'),
  undefined, // an order not read yet: bulkGet gives undefined
  order('amazon', '113-0002', 'Alice Chen', 'Beeswax candle', 'CAND-07'),
]);

const view = (changes: Partial<InboxFilters>) => inboxView(CASES, { ...DEFAULT_FILTERS, ...changes }, ORDERS, NOW);
const orderIds = (cases: Case[]) => cases.map((c) => c.orderId);

describe('inboxView', () => {
  it('shows the cases still to handle, soonest due first and those without a due time last', () => {
    expect(orderIds(view({}).shown)).toEqual(['TB-1001', 'TB-1002', '113-0002', 'TB-1003', '113-0003', '113-0001']);
  });

  it('counts each choice given the other filters', () => {
    const { counts } = view({});
    expect(counts.severity).toEqual({ all: 6, P1: 2, P2: 3, P3: 1 });
    expect(counts.status).toEqual({ live: 6, open: 4, in_progress: 1, waiting: 1, resolved: 1, dismissed: 1, all: 8 });
    expect(counts.due).toEqual({ all: 6, overdue: 1, today: 3, week: 4 });
    expect(counts.marketplace).toEqual({ all: 6, taobao: 3, amazon: 3 });
    expect(counts.check).toEqual({
      all: 6,
      'detector:ship-deadline': 2,
      'family:shipping': 2,
      'detector:duplicate-order': 1,
      'family:creation': 1,
      'detector:amount-mismatch': 1,
      'family:payment': 1,
      'detector:tracking-stalled': 1,
      'family:tracking': 1,
      'detector:refund-pending': 1,
      'family:refund': 1,
    });
  });

  it('narrows to one severity; the other counts follow, its own stay', () => {
    const { shown, counts } = view({ severity: 'P1' });
    expect(orderIds(shown)).toEqual(['TB-1001', '113-0002']);
    expect(counts.severity).toEqual({ all: 6, P1: 2, P2: 3, P3: 1 });
    expect(counts.status).toEqual({ live: 2, open: 2, in_progress: 0, waiting: 0, resolved: 0, dismissed: 1, all: 3 });
    expect(counts.marketplace).toEqual({ all: 2, taobao: 1, amazon: 1 });
  });

  it('filters a whole family or one detector, closed cases included when asked', () => {
    expect(orderIds(view({ check: 'family:tracking', status: 'all' }).shown)).toEqual(['TB-1005', '113-0002']);
    expect(orderIds(view({ check: 'detector:tracking-invalid', status: 'all' }).shown)).toEqual(['TB-1005']);
    expect(orderIds(view({ check: 'family:seller-note', status: 'resolved' }).shown)).toEqual(['TB-1004']);
  });

  it('reads due windows on each marketplace clock', () => {
    expect(orderIds(view({ due: 'overdue' }).shown)).toEqual(['TB-1001']);
    expect(orderIds(view({ due: 'today' }).shown)).toEqual(['TB-1001', 'TB-1002', '113-0002']);
    // Monday 00:00 Beijing time ends the week for Taobao; 10 days ahead is next week.
    expect(orderIds(view({ due: 'week' }).shown)).toEqual(['TB-1001', 'TB-1002', '113-0002', 'TB-1003']);
  });

  it('finds an order by part of its id, its buyer, an item or a SKU, ignoring case and width', () => {
    expect(orderIds(view({ text: '1002' }).shown)).toEqual(['TB-1002']);
    expect(orderIds(view({ text: '冷制皂' }).shown)).toEqual(['TB-1001']);
    expect(orderIds(view({ text: '  alice ' }).shown)).toEqual(['113-0002']);
    expect(orderIds(view({ text: 'ｃａｎｄ-07' }).shown)).toEqual(['113-0002']);
    expect(view({ text: 'nobody' }).counts.severity).toEqual({ all: 0, P1: 0, P2: 0, P3: 0 });
  });

  it('keeps the weekly view to cases opened since Monday', () => {
    const { shown, counts } = view({ openedThisWeek: true });
    expect(orderIds(shown)).toEqual(['TB-1001', 'TB-1002', 'TB-1003', '113-0003', '113-0001']);
    expect(counts.status.all).toEqual(7);
  });

  it('stays linear on 10 000 cases', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      aCase('ship-deadline', 'taobao', `N${i}`, i % 3 === 0 ? 'P1' : 'P2', 'open', NOW + (i % 500) * HOUR),
    );
    const { shown, counts } = inboxView(many, { ...DEFAULT_FILTERS, severity: 'P1' }, new Map(), NOW);
    expect(shown.length).toEqual(3334);
    expect(counts.severity).toEqual({ all: 10_000, P1: 3334, P2: 6666, P3: 0 });
    expect(shown[0]!.dueAt).toEqual(NOW);
  });
});

describe('isDefaultFilters (the inbox first screen stands only for the default view)', () => {
  it('is true for the defaults and false when any one filter is set', () => {
    expect(isDefaultFilters({ ...DEFAULT_FILTERS })).toBe(true);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, text: 'x' })).toBe(false);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, status: 'all' })).toBe(false);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, openedThisWeek: true })).toBe(false);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, check: 'family:shipping' })).toBe(false);
  });
});
