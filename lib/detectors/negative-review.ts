import { label } from './settings/negative-review';
import type { Bilingual, Evidence, Finding } from '../schema';
import type { Settings } from '../settings';
import { MARKETPLACE_NAMES } from '../marketplaces';
import { foldText } from './keyword-match';
import type { Detector, DetectorResult } from './types';

type NegativeReviewSettings = Settings['detectors']['negative-review'];

/**
 * Words that make a review negative whatever its stars, in the languages the consoles show.
 * Whole phrases, not single characters (差 alone is also in 不差, "not bad"); no words that
 * praise as often as they complain (退货/refund: "refund was quick").
 */
export const NEGATIVE_REVIEW_KEYWORDS: readonly string[] = [
  '差评', '中评', '质量差', '质量不好', '假货', '假的', '破损', '坏了', '不满意', '失望', '发错', '少发',
  '漏发', '骗人', '掉色', '有异味', '没收到', '未收到',
  'terrible', 'awful', 'broken', 'damaged', 'fake', 'counterfeit', 'disappointed', 'disappointing',
  'never arrived', 'never received', 'not as described', 'wrong item', 'poor quality', 'waste of money',
  'scam',
];

/** Enough of the review for the seller to recognise it in the case list. */
const PREVIEW_CHARS = 120;
const preview = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= PREVIEW_CHARS ? flat : `${flat.slice(0, PREVIEW_CHARS - 1)}…`;
};

function explain(marketplace: keyof typeof MARKETPLACE_NAMES, rating: number | undefined, maxRating: number, words: readonly string[]): Bilingual {
  const name = MARKETPLACE_NAMES[marketplace];
  const lowRating = rating !== undefined && rating <= maxRating;
  const quoted = words.map((w) => `“${w}”`);
  const en: string[] = [];
  const zh: string[] = [];
  if (lowRating) {
    en.push(`rated ${rating} of 5 stars (negative at ${maxRating} or fewer)`);
    zh.push(`评分 ${rating} 星（${maxRating} 星及以下为差评）`);
  }
  if (words.length > 0) {
    en.push(`the review says ${quoted.join(', ')}`);
    zh.push(`评价中有${quoted.join('、')}`);
  }
  const highNote: Bilingual =
    !lowRating && rating !== undefined
      ? { en: ` despite ${rating} stars`, zh: `（虽然评分 ${rating} 星）` }
      : { en: '', zh: '' };
  return {
    en: `A negative review on ${name.en}: ${en.join(' and ')}${highNote.en}; answer or explain it while the buyer can still change it.`,
    zh: `${name.zh}差评：${zh.join('，')}${highNote.zh}；请在买家还能修改评价时回复或解释。`,
  };
}

export const negativeReview = {
  id: 'negative-review',
  family: 'reviews',
  label,
  description: {
    en: 'A buyer rating at or below the threshold (2 of 5 stars by default), or review text with negative words in Chinese or English (fake, broken, 差评, 破损…).',
    zh: '买家评分不高于阈值（默认 5 星中的 2 星），或评价文字中有中文或英文的负面词（如 假货、破损、差评）。',
  },
  // A rating and words: no clock.
  changesWithTime: { statuses: [] },
  run(order, _ctx, _now, settings: NegativeReviewSettings): DetectorResult {
    const { rating, review } = order;
    // Most list pages show no review at all: nothing to judge, and no silence on every order.
    if (rating === undefined && (review === undefined || review.trim() === '')) return { findings: [] };

    const lowRating = rating !== undefined && rating <= settings.maxRating;
    const folded = review === undefined ? '' : foldText(review);
    const words = folded === ''
      ? []
      : [...new Set([...NEGATIVE_REVIEW_KEYWORDS, ...settings.extraKeywords])].filter((word) => {
          const needle = foldText(word);
          return needle !== '' && folded.includes(needle);
        });
    if (!lowRating && words.length === 0) return { findings: [] };

    const evidence: Evidence = {
      rating: rating ?? null,
      maxRating: settings.maxRating,
      negativeWords: words.length === 0 ? null : words.join(', '),
      review: review === undefined || review.trim() === '' ? null : preview(review),
    };
    const finding: Finding = {
      detector: 'negative-review',
      marketplace: order.marketplace,
      orderId: order.orderId,
      // Words alone under a good rating: the buyer is content overall, so watch rather than act.
      severity: !lowRating && rating !== undefined ? 'P3' : 'P2',
      // No dueAt: consoles show no review time, and a due time counted from when we read the
      // page would move with every read.
      evidence,
      explanation: explain(order.marketplace, rating, settings.maxRating, words),
    };
    return { findings: [finding] };
  },
} satisfies Detector<'negative-review'>;
