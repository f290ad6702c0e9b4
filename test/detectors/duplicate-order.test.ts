import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { duplicateFingerprint, duplicateOrder } from '../../lib/detectors/duplicate-order';
import { Finding, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, MINUTE, makeOrder } from './make-order';

const T0 = Date.UTC(2026, 10, 20, 6, 0);
const NOW = T0 + 30 * HOUR;
const defaults = DEFAULT_SETTINGS.detectors['duplicate-order'];

/** Runs the detector over every order of the shop, as the background does: orderId → result. */
function runAll(orders: Order[], settings = defaults) {
  const ctx = buildContext(orders);
  const results = new Map(orders.map((order) => [order.orderId, duplicateOrder.run(order, ctx, NOW, settings)]));
  for (const result of results.values()) for (const finding of result.findings) Finding.parse(finding);
  return results;
}
const flagged = (orders: Order[], settings = defaults): string[] =>
  [...runAll(orders, settings)].filter(([, r]) => r.findings.length > 0).map(([id]) => id);

const first = makeOrder({ orderId: '1001', placedAt: T0, status: 'awaiting_payment', statusRaw: '等待买家付款' });
const again = (placedAt: number, overrides: Parameters<typeof makeOrder>[0] = {}) =>
  makeOrder({ orderId: '1002', placedAt, status: 'awaiting_payment', statusRaw: '等待买家付款', ...overrides });

describe('duplicate-order', () => {
  it('flags only the later of two identical live orders, with the earlier one as evidence', () => {
    const results = runAll([again(T0 + 35 * MINUTE), first]);
    expect(results.get('1001')).toEqual({ findings: [] });
    const findings = results.get('1002')!.findings;
    expect(findings).toEqual([
      {
        detector: 'duplicate-order',
        marketplace: 'taobao',
        orderId: '1002',
        severity: 'P2',
        dueAt: T0 + 35 * MINUTE + 24 * HOUR,
        evidence: {
          otherOrderId: '1001',
          otherPlacedAt: '2026-11-20T06:00:00.000Z',
          minutesApart: 35,
          windowHours: 24,
          sameAddress: null,
        },
        explanation: {
          en: 'Same buyer and same items as order 1001, placed 35 min earlier (window 24 h).',
          zh: '与 35 分钟前的订单 1001 买家和商品相同（时间窗口 24 小时）。',
        },
      },
    ]);
  });

  it('counts exactly the window edge as within it, and one minute beyond as not', () => {
    expect(flagged([first, again(T0 + 24 * HOUR)])).toEqual(['1002']);
    expect(flagged([first, again(T0 + 24 * HOUR + MINUTE)])).toEqual([]);
    expect(flagged([first, again(T0 + 2 * HOUR + MINUTE)], { ...defaults, windowHours: 2 })).toEqual([]);
  });

  it('breaks a tie in placement time by the greater order id (numeric, not alphabetic)', () => {
    const a = makeOrder({ orderId: '9', placedAt: T0 });
    const b = makeOrder({ orderId: '10', placedAt: T0 });
    const results = runAll([b, a]);
    expect(results.get('9')!.findings).toEqual([]);
    expect(results.get('10')!.findings[0]!.explanation.en).toBe('Same buyer and same items as order 9, placed at the same time.');
  });

  it('matches items regardless of their order, case and spacing', () => {
    const items = [
      { title: '手工皂', sku: 'SOAP-01', quantity: 2 },
      { title: 'Gift  Box ', quantity: 1 },
    ];
    const reordered = [
      { title: 'gift box', quantity: 1 },
      { title: ' 手工皂', sku: 'soap-01', quantity: 2 },
    ];
    expect(flagged([makeOrder({ orderId: '1001', placedAt: T0, items }), again(T0 + HOUR, { items: reordered })])).toEqual(['1002']);
  });

  it('does not call it a duplicate when the same buyer buys different items or quantities', () => {
    expect(flagged([first, again(T0 + HOUR, { items: [{ title: '洗发皂', quantity: 2 }] })])).toEqual([]);
    expect(flagged([first, again(T0 + HOUR, { items: [{ title: '手工皂', sku: 'SOAP-01', quantity: 3 }] })])).toEqual([]);
  });

  it('does not compare different buyers or different marketplaces', () => {
    expect(flagged([first, again(T0 + HOUR, { buyer: 'tb_buyer_02' })])).toEqual([]);
    expect(flagged([first, again(T0 + HOUR, { marketplace: 'tmall' })])).toEqual([]);
  });

  it('needs both orders live: a cancelled or shipped one is not a duplicate', () => {
    expect(flagged([{ ...first, status: 'cancelled' }, again(T0 + HOUR)])).toEqual([]);
    expect(flagged([first, again(T0 + HOUR, { status: 'cancelled' })])).toEqual([]);
    expect(flagged([{ ...first, status: 'shipped' }, again(T0 + HOUR)])).toEqual([]);
  });

  it('uses the address fingerprint only when both orders show one', () => {
    expect(flagged([{ ...first, addressFingerprint: 'a1' }, again(T0 + HOUR, { addressFingerprint: 'b2' })])).toEqual([]);
    const same = runAll([{ ...first, addressFingerprint: 'a1' }, again(T0 + HOUR, { addressFingerprint: 'a1' })]);
    expect(same.get('1002')!.findings[0]!.evidence['sameAddress']).toBe(true);
    expect(flagged([first, again(T0 + HOUR, { addressFingerprint: 'b2' })])).toEqual(['1002']);
  });

  it('reports the nearest earlier order when there are several, skipping ones that do not match', () => {
    const orders = [
      first,
      makeOrder({ orderId: '1003', placedAt: T0 + 2 * HOUR, status: 'cancelled' }),
      again(T0 + HOUR, { orderId: '1002' }),
      again(T0 + 3 * HOUR, { orderId: '1004' }),
    ];
    const results = runAll(orders);
    expect(results.get('1004')!.findings[0]!.evidence['otherOrderId']).toBe('1002');
    expect(results.get('1002')!.findings[0]!.evidence['otherOrderId']).toBe('1001');
  });

  it('is due by the later order’s shipping deadline when it is paid', () => {
    const paidAt = T0 + HOUR + 2 * MINUTE;
    const later = again(T0 + HOUR, { status: 'awaiting_shipment', paidAt });
    expect(runAll([first, later]).get('1002')!.findings[0]!.dueAt).toBe(paidAt + 48 * HOUR);
    const withShipBy = again(T0 + HOUR, { status: 'awaiting_shipment', paidAt, shipBy: paidAt + 24 * HOUR });
    expect(runAll([first, withShipBy]).get('1002')!.findings[0]!.dueAt).toBe(paidAt + 24 * HOUR);
  });

  it('stays silent, with the reason, when the page shows no buyer or no items', () => {
    const results = runAll([again(T0, { buyer: undefined }), makeOrder({ orderId: '1003', items: [] })]);
    expect(results.get('1002')).toEqual({ findings: [], silence: 'no buyer shown' });
    expect(results.get('1003')).toEqual({ findings: [], silence: 'no items shown' });
    expect(duplicateFingerprint(again(T0, { buyer: '  ' }))).toBeUndefined();
  });
});
