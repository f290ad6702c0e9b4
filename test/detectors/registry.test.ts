import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { buildContext, DETECTORS, detectorById, evaluate } from '../../lib/detectors';
import { Finding, MARKETPLACES } from '../../lib/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { SHIPPING_HOURS } from '../../lib/detectors/platform-rules';
import { DETECTOR_LABELS, detectorLabel } from '../../lib/detectors/labels';
import { HOUR, MINUTE, makeOrder, settingsWith } from './make-order';

const here = dirname(fileURLToPath(import.meta.url));

describe('detector registry conventions', () => {
  it('has unique ids, one per detector setting, each found by id', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(DEFAULT_SETTINGS.detectors).sort());
    // The pages find a detector's name and family by id, as its check declares them.
    for (const detector of DETECTORS) expect(detectorById(detector.id)).toEqual({ id: detector.id, family: detector.family, label: detector.label });
    expect(detectorById('no-such-detector')).toBeUndefined();
  });

  it('gives every detector a label and a description in English and Chinese', () => {
    for (const { id, label, description } of DETECTORS) {
      for (const text of [label.en, label.zh, description.en, description.zh]) expect(text.trim(), id).not.toBe('');
      // The Chinese text is actually Chinese, not a copy of the English.
      expect(label.zh, id).toMatch(/[\u4e00-\u9fff]/);
      expect(description.zh, id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('has one source file and one test file per detector, named by its id', () => {
    for (const { id } of DETECTORS) {
      expect(existsSync(join(here, '../../lib/detectors', `${id}.ts`)), id).toBe(true);
      expect(existsSync(join(here, `${id}.test.ts`)), id).toBe(true);
    }
  });

  it('takes every label from its settings file, the table the pages name detectors by (no second copy)', () => {
    expect(Object.keys(DETECTOR_LABELS).sort()).toEqual(DETECTORS.map((d) => d.id).sort());
    for (const d of DETECTORS) expect(d.label).toBe(DETECTOR_LABELS[d.id]);
    expect(detectorLabel('ship-deadline', 'zh')).toBe('发货时限');
    expect(detectorLabel('no-such-check', 'en')).toBe('no-such-check');
  });

  it('has a shipping-hours rule for every marketplace', () => {
    expect(Object.keys(SHIPPING_HOURS).sort()).toEqual([...MARKETPLACES].sort());
  });
});

/** Settings with only `ids` enabled. */
function onlyDetectors(ids: readonly string[]): Settings {
  const detectors = Object.fromEntries(
    Object.entries(DEFAULT_SETTINGS.detectors).map(([id, value]) => [id, { ...value, enabled: ids.includes(id) }]),
  ) as Settings['detectors'];
  return { ...DEFAULT_SETTINGS, detectors };
}

describe('evaluate', () => {
  const T0 = Date.UTC(2026, 10, 20, 6, 0);
  const NOW = T0 + 50 * HOUR;
  const batch = [
    // ship-deadline P1 (due T0 + 48 h) and amount-mismatch P2 on the same order
    makeOrder({ orderId: '20', paidAt: T0, placedAt: T0, money: { paid: 50, discount: 0, shipping: 0 } }),
    // ship-deadline P2 (due T0 + 52 h)
    makeOrder({ orderId: '3', paidAt: T0 + 4 * HOUR, placedAt: T0 + 4 * HOUR, items: [{ title: '洗发皂', quantity: 1 }] }),
    // ship-deadline P1 (due T0 + 46 h), on another marketplace
    makeOrder({ marketplace: 'pinduoduo', orderId: '7', paidAt: T0 - 2 * HOUR, placedAt: T0 - 2 * HOUR, buyer: 'pdd_1' }),
    // duplicate of nothing live, awaiting payment: no payment time (ship-deadline ignores it)
    makeOrder({ orderId: '5', placedAt: T0 + 10 * MINUTE, status: 'awaiting_payment', buyer: 'tb_buyer_09' }),
    // ship-deadline without a payment time: counted from the order time (due T0 + 48 h)
    makeOrder({ orderId: '11', placedAt: T0, buyer: 'tb_buyer_10' }),
  ];

  /** Only the three checks this batch was built for, so the ordering is shown on known findings. */
  const ONLY_THREE = onlyDetectors(['ship-deadline', 'duplicate-order', 'amount-mismatch']);

  it('returns findings most urgent first: severity, due time, then order', () => {
    const result = evaluate(batch, buildContext(batch), NOW, ONLY_THREE);
    for (const finding of result.findings) Finding.parse(finding);
    expect(result.findings.map((f) => [f.severity, f.detector, f.marketplace, f.orderId])).toEqual([
      ['P1', 'ship-deadline', 'pinduoduo', '7'],
      ['P1', 'ship-deadline', 'taobao', '11'],
      ['P1', 'ship-deadline', 'taobao', '20'],
      ['P2', 'amount-mismatch', 'taobao', '20'],
      ['P2', 'ship-deadline', 'taobao', '3'],
    ]);
    expect(result.evaluated).toEqual(['ship-deadline', 'duplicate-order', 'amount-mismatch']);
    expect(result.silences).toEqual([
      { detector: 'amount-mismatch', marketplace: 'pinduoduo', orderId: '7', reason: 'shipping or discount not shown' },
      { detector: 'amount-mismatch', marketplace: 'taobao', orderId: '3', reason: 'no subtotal or unit prices shown' },
      { detector: 'amount-mismatch', marketplace: 'taobao', orderId: '11', reason: 'shipping or discount not shown' },
    ]);
  });

  it('gives the same result whatever the order of the batch', () => {
    // With every detector on: the whole catalogue must not depend on the batch order either.
    const forward = evaluate(batch, buildContext(batch), NOW, DEFAULT_SETTINGS);
    const reversed = [...batch].reverse();
    expect(evaluate(reversed, buildContext(reversed), NOW, DEFAULT_SETTINGS)).toEqual(forward);
    expect(forward.evaluated).toEqual(DETECTORS.map((d) => d.id));
  });

  it('does not run a disabled detector nor list it as evaluated', () => {
    const settings = { ...ONLY_THREE, detectors: { ...ONLY_THREE.detectors, 'ship-deadline': { ...ONLY_THREE.detectors['ship-deadline'], enabled: false } } };
    const result = evaluate(batch, buildContext(batch), NOW, settings);
    expect(result.evaluated).toEqual(['duplicate-order', 'amount-mismatch']);
    expect(result.findings.map((f) => f.detector)).toEqual(['amount-mismatch']);
    expect(result.silences.some((s) => s.detector === 'ship-deadline')).toBe(false);
  });

  it('finds a duplicate among the batch only on the later order', () => {
    const earlier = makeOrder({ orderId: '900', placedAt: T0, status: 'awaiting_payment' });
    const later = makeOrder({ orderId: '901', placedAt: T0 + HOUR, status: 'awaiting_payment' });
    const result = evaluate([earlier, later], buildContext([later, earlier]), NOW, DEFAULT_SETTINGS);
    expect(result.findings.filter((f) => f.detector === 'duplicate-order').map((f) => f.orderId)).toEqual(['901']);
  });
});

describe('evaluate when a detector throws', () => {
  it('turns the error into a silence on that order and keeps the other findings', () => {
    const T0 = Date.UTC(2026, 10, 20, 6, 0);
    const late = makeOrder({ orderId: '1', paidAt: T0, placedAt: T0 });
    const broken = makeOrder({ orderId: '2', paidAt: T0, placedAt: T0 });
    const duplicate = DETECTORS.find((d) => d.id === 'duplicate-order')!;
    const spy = vi.spyOn(duplicate, 'run').mockImplementation((order) => {
      if (order.orderId === '2') throw new Error('unexpected shape');
      return { findings: [] };
    });
    try {
      const result = evaluate([late, broken], buildContext([late, broken]), T0 + 49 * HOUR, DEFAULT_SETTINGS);
      expect(result.findings.filter((f) => f.detector === 'ship-deadline').map((f) => f.orderId)).toEqual(['1', '2']);
      expect(result.silences.filter((s) => s.detector === 'duplicate-order')).toEqual([
        { detector: 'duplicate-order', marketplace: 'taobao', orderId: '2', reason: 'detector failed: unexpected shape' },
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});
