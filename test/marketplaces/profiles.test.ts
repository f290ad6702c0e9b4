// One owner per marketplace fact: adapters, import formats, detectors and the side panel read a
// marketplace's clock, currency and status words from its profile, so they cannot disagree.
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/adapters';
import { pinduoduo } from '../../lib/adapters/pinduoduo';
import { jdOrders } from '../../lib/import/formats/jd';
import { pinduoduoOrders } from '../../lib/import/formats/pinduoduo';
import { taobaoOrders } from '../../lib/import/formats/taobao';
import { MARKETPLACE_NAMES, marketplaceTimeZone, PROFILES } from '../../lib/marketplaces';
import { pinduoduo as pinduoduoProfile } from '../../lib/marketplaces/pinduoduo';
import { REFUND_AUTO_DECISION_HOURS, REPLY_WINDOW_HOURS, SHIPPING_HOURS, UNPAID_AUTO_CLOSE_HOURS } from '../../lib/detectors/platform-rules';
import { MARKETPLACES } from '../../lib/schema/marketplaces';

describe('marketplace profiles', () => {
  it('every marketplace has one, under its own id', () => {
    expect(Object.keys(PROFILES).sort()).toEqual([...MARKETPLACES].sort());
    for (const [id, profile] of Object.entries(PROFILES)) expect(profile.id).toBe(id);
  });

  it('the Chinese consoles, the demo console among them, keep Beijing time everywhere', () => {
    for (const id of ['demo', 'taobao', 'tmall', 'pinduoduo', 'jd', 'douyin'] as const) {
      expect(PROFILES[id].timeZone).toBe('Asia/Shanghai');
      expect(marketplaceTimeZone(id)).toBe('Asia/Shanghai');
    }
    expect(marketplaceTimeZone('amazon')).toBe('UTC');
    for (const adapter of ADAPTERS.filter((a) => ['demo', 'taobao', 'pinduoduo', 'jd', 'douyin'].includes(a.id))) {
      expect([adapter.id, adapter.timeZone, adapter.currency]).toEqual([adapter.id, 'Asia/Shanghai', 'CNY']);
    }
    for (const format of [taobaoOrders, jdOrders, pinduoduoOrders]) expect([format.timeZone, format.currency]).toEqual(['Asia/Shanghai', 'CNY']);
  });

  it("Pinduoduo's order pages and order report read one set of status words", () => {
    expect(pinduoduo.statusVocabulary).toBe(PROFILES.pinduoduo.statusWords);
    expect(pinduoduoOrders.statusVocabulary).toBe(PROFILES.pinduoduo.statusWords);
    expect(pinduoduoProfile.statusWords['已发货，待签收']).toBe('shipped');
    expect(pinduoduoProfile.statusWords['已发货待签收']).toBe('shipped');
  });

  it("the detectors' platform rules are the profiles' numbers", () => {
    expect(SHIPPING_HOURS.taobao).toBe(48);
    expect(UNPAID_AUTO_CLOSE_HOURS.ebay).toBe(96);
    expect(REFUND_AUTO_DECISION_HOURS.taobao).toEqual({ beforeShipping: 48, afterShipping: 120, automatic: true });
    expect(REFUND_AUTO_DECISION_HOURS.amazon).toEqual({ beforeShipping: 24, afterShipping: 24, automatic: true });
    expect(REPLY_WINDOW_HOURS.etsy).toBe(24);
    for (const [id, profile] of Object.entries(PROFILES)) expect(SHIPPING_HOURS[id as keyof typeof SHIPPING_HOURS]).toBe(profile.rules.shipWithinHours);
  });

  it('names come from the profiles', () => {
    expect(MARKETPLACE_NAMES.douyin).toEqual({ en: 'Douyin', zh: '抖店' });
  });
});
