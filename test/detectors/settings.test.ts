import { describe, expect, it } from 'vitest';
import { Settings } from '../../lib/settings';

/** Detector settings as a seller's browser stored them before each detector's file carried its own name and schema. */
const STORED = {
  'ship-deadline': { enabled: true, warnHours: 4, hoursByMarketplace: { pinduoduo: 36 } },
  'duplicate-order': { enabled: false, windowHours: 24 },
  'unpaid-stale': { enabled: true, remindHours: 12, cancelHoursByMarketplace: {} },
  'tracking-stalled': { enabled: true, stalledDays: 4, lostDaysDomestic: 7, lostDaysCrossBorder: 20, expireDays: 30 },
  'address-issue': { enabled: true, extraKeywords: ['改地址'] },
  'repeat-refunder': { enabled: true, minRefunds: 3, windowDays: 90, blockList: ['tb_buyer_77'] },
  // A detector this build does not know is dropped, not an error.
  'retired-check': { enabled: true },
};

describe('stored detector settings', () => {
  const parsed = Settings.parse({ language: 'zh', detectors: STORED }).detectors;

  it("keep the seller's values and fill in the detectors they do not name with their defaults", () => {
    expect(parsed['ship-deadline']).toEqual({ enabled: true, warnHours: 4, hoursByMarketplace: { pinduoduo: 36 } });
    expect(parsed['duplicate-order']).toEqual({ enabled: false, windowHours: 24 });
    expect(parsed['unpaid-stale'].remindHours).toBe(12);
    expect(parsed['tracking-stalled'].stalledDays).toBe(4);
    expect(parsed['address-issue'].extraKeywords).toEqual(['改地址']);
    expect(parsed['repeat-refunder'].blockList).toEqual(['tb_buyer_77']);
    expect(parsed['amount-mismatch']).toEqual({ enabled: true, tolerance: 0.01 });
    expect(parsed['stock-risk']).toEqual({ enabled: true });
    // In the order settings were always stored, so a stored copy compares equal as JSON (the alarm's
    // record does); a newer detector is stored after these.
    expect(Object.keys(parsed).slice(0, 17)).toEqual([
      'ship-deadline', 'duplicate-order', 'amount-mismatch', 'unpaid-stale', 'delivery-overdue', 'tracking-stalled', 'address-issue', 'tracking-invalid', 'cancel-pending',
      'message-unanswered', 'negative-review', 'stock-risk', 'rate-spike', 'refund-pending', 'repeat-refunder', 'amount-outlier', 'dispute-open',
    ]);
    expect('retired-check' in parsed).toBe(false);
  });

  it('refuse a value out of range, naming the detector and the setting', () => {
    const bad = Settings.safeParse({ detectors: { ...STORED, 'unpaid-stale': { remindHours: -1 } } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['detectors', 'unpaid-stale', 'remindHours']);
  });

});
