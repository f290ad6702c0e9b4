import { describe, expect, it } from 'vitest';
import { buildContext } from '../../lib/detectors';
import { negativeReview } from '../../lib/detectors/negative-review';
import { Finding, type Order } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, makeOrder } from './make-order';

const DAY = 24 * HOUR;

const NOW = Date.UTC(2026, 11, 1, 8, 0);
const defaults = DEFAULT_SETTINGS.detectors['negative-review'];
const reviewed = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({ status: 'completed', statusRaw: '交易成功', ...overrides });

function run(order: Order, settings = defaults) {
  const result = negativeReview.run(order, buildContext([order]), NOW, settings);
  for (const finding of result.findings) Finding.parse(finding);
  return result;
}
const only = (order: Order, settings = defaults) => {
  const { findings } = run(order, settings);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('negative-review: the rating threshold', () => {
  it('fires at 2 stars and below, not at 3', () => {
    expect(only(reviewed({ rating: 2 })).severity).toBe('P2');
    expect(only(reviewed({ rating: 1 })).severity).toBe('P2');
    expect(run(reviewed({ rating: 3 }))).toEqual({ findings: [] });
    expect(run(reviewed({ rating: 2.5 }))).toEqual({ findings: [] });
  });

  it('follows the seller’s threshold', () => {
    expect(only(reviewed({ rating: 3 }), { ...defaults, maxRating: 3 }).evidence['maxRating']).toBe(3);
    expect(run(reviewed({ rating: 2 }), { ...defaults, maxRating: 1 })).toEqual({ findings: [] });
  });

  it('explains a low rating in both languages, with no due time', () => {
    const f = only(reviewed({ rating: 1, review: '质量差，和图片不一样' }));
    expect(f.dueAt).toBeUndefined();
    expect(f.evidence).toEqual({ rating: 1, maxRating: 2, negativeWords: '质量差', review: '质量差，和图片不一样', reviewedAt: null, repliedAt: null });
    expect(f.explanation).toEqual({
      en: 'A negative review on Taobao: rated 1 of 5 stars (negative at 2 or fewer) and the review says “质量差”; answer or explain it while the buyer can still change it.',
      zh: '淘宝差评：评分 1 星（2 星及以下为差评），评价中有“质量差”；请在买家还能修改评价时回复或解释。',
    });
  });
});

describe('negative-review: words in the review', () => {
  it('finds Chinese words without a rating (P2)', () => {
    const f = only(reviewed({ review: '收到就破损了，不满意' }));
    expect(f.severity).toBe('P2');
    expect(f.evidence).toEqual({ rating: null, maxRating: 2, negativeWords: '破损, 不满意', review: '收到就破损了，不满意', reviewedAt: null, repliedAt: null });
  });

  it('finds English words in any case and width', () => {
    const order = reviewed({ marketplace: 'etsy', money: { currency: 'USD', paid: 30 }, review: 'Arrived BROKEN. Never arrived the second one?? Ｔｅｒｒｉｂｌｅ' });
    const f = only(order);
    expect(f.evidence['negativeWords']).toBe('terrible, broken, never arrived');
    expect(f.explanation).toEqual({
      en: 'A negative review on Etsy: the review says “terrible”, “broken”, “never arrived”; answer or explain it while the buyer can still change it.',
      zh: 'Etsy差评：评价中有“terrible”、“broken”、“never arrived”；请在买家还能修改评价时回复或解释。',
    });
  });

  it('marks words under a good rating P3 (watch), and says the stars', () => {
    const f = only(reviewed({ marketplace: 'amazon', money: { currency: 'USD', paid: 30 }, rating: 4, review: 'Box was damaged but the soap is lovely' }));
    expect(f.severity).toBe('P3');
    expect(f.explanation.en).toBe(
      'A negative review on Amazon: the review says “damaged” despite 4 stars; answer or explain it while the buyer can still change it.',
    );
    expect(f.explanation.zh).toBe('亚马逊差评：评价中有“damaged”（虽然评分 4 星）；请在买家还能修改评价时回复或解释。');
  });

  it('does not read 不差 ("not bad") or a good review as negative', () => {
    expect(run(reviewed({ rating: 5, review: '质量不差，物流很快，好评' }))).toEqual({ findings: [] });
    expect(run(reviewed({ review: 'Lovely soap, fast shipping' }))).toEqual({ findings: [] });
  });

  it("uses the seller's own words too", () => {
    expect(run(reviewed({ review: '味道太冲' }))).toEqual({ findings: [] });
    const f = only(reviewed({ review: '味道太冲' }), { ...defaults, extraKeywords: ['味道太冲'] });
    expect(f.evidence['negativeWords']).toBe('味道太冲');
  });

  it('shortens a long review in the evidence', () => {
    const text = only(reviewed({ review: `假货！${'真的很生气。'.repeat(40)}` })).evidence['review'] as string;
    expect(text).toHaveLength(120);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('negative-review: orders without a review', () => {
  it('is quiet, without a silence, when no rating or review is shown', () => {
    expect(run(reviewed())).toEqual({ findings: [] });
    expect(run(reviewed({ review: '  ' }))).toEqual({ findings: [] });
  });
});

describe('negative-review: a review the seller has answered', () => {
  const REVIEWED = Date.UTC(2026, 10, 25, 8, 0);
  const amazon = (overrides: Parameters<typeof makeOrder>[0] = {}): Order =>
    reviewed({ marketplace: 'amazon', money: { currency: 'USD', paid: 30 }, rating: 1, review: 'Arrived broken.', reviewedAt: REVIEWED, ...overrides });

  it('stays P2, asking for an answer, while no reply after the review is read', () => {
    const f = only(amazon());
    expect([f.severity, f.evidence['reviewedAt'], f.evidence['repliedAt']]).toEqual(['P2', '2026-11-25T08:00:00.000Z', null]);
    expect(f.explanation.en).toBe(
      'A negative review on Amazon: rated 1 of 5 stars (negative at 2 or fewer) and the review says “broken”; answer or explain it while the buyer can still change it.',
    );
    // A reply before the review answered an earlier message, not the review.
    expect(only(amazon({ buyerMessageAt: REVIEWED - DAY, sellerReplyAt: REVIEWED - 1 })).severity).toBe('P2');
  });

  it('drops to a P3 follow-up once the seller answered the buyer at or after the review, and says so in both languages', () => {
    const f = only(amazon({ buyerMessageAt: REVIEWED - DAY, sellerReplyAt: REVIEWED + 26 * HOUR }));
    expect(f.severity).toBe('P3');
    expect(f.dueAt).toBeUndefined();
    expect(f.evidence).toEqual({
      rating: 1,
      maxRating: 2,
      negativeWords: 'broken',
      review: 'Arrived broken.',
      reviewedAt: '2026-11-25T08:00:00.000Z',
      repliedAt: '2026-11-26T10:00:00.000Z',
    });
    expect(f.explanation).toEqual({
      en: 'A negative review on Amazon: rated 1 of 5 stars (negative at 2 or fewer) and the review says “broken”; you have answered the buyer since the review, so nothing needs a reply now: check later whether the buyer changed it.',
      zh: '亚马逊差评：评分 1 星（2 星及以下为差评），评价中有“broken”；评价之后您已回复买家，暂无需再回复：稍后查看买家是否修改了评价。',
    });
    expect(only(amazon({ sellerReplyAt: REVIEWED })).severity).toBe('P3');
  });

  it('cannot tell an answer from an earlier one without the review time, so keeps asking', () => {
    expect(only(amazon({ reviewedAt: undefined, sellerReplyAt: REVIEWED + DAY })).severity).toBe('P2');
  });
});
