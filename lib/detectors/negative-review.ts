import { family, label } from './settings/negative-review';
import type { Bilingual, Evidence, Finding, Order } from '../schema';
import type { Settings } from '../settings';
import { MARKETPLACE_NAMES } from '../marketplaces';
import { foldText } from './keyword-match';
import { isoTime } from './explain';
import type { Detector, DetectorResult } from './types';
import type { ReplyTemplate } from '../templates/catalogue';

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

/**
 * When the seller answered the buyer after the review, as the pages read show it: a reply time at
 * or after the review's time (Amazon's Buyer-Seller Messages, whose thread leaves "Response needed"
 * once answered). Undefined without both times: a reply before the review answers something else.
 */
export function repliedAfterReview(order: Pick<Order, 'reviewedAt' | 'sellerReplyAt'>): number | undefined {
  const { reviewedAt, sellerReplyAt } = order;
  return reviewedAt !== undefined && sellerReplyAt !== undefined && sellerReplyAt >= reviewedAt ? sellerReplyAt : undefined;
}

/** What the seller does next: answer the review, or, once answered, see whether the buyer changes it. */
const NEXT_STEP: Readonly<Record<'answer' | 'follow', Bilingual>> = {
  answer: { en: 'answer or explain it while the buyer can still change it.', zh: '请在买家还能修改评价时回复或解释。' },
  follow: {
    en: 'you have answered the buyer since the review, so nothing needs a reply now: check later whether the buyer changed it.',
    zh: '评价之后您已回复买家，暂无需再回复：稍后查看买家是否修改了评价。',
  },
};

function explain(
  marketplace: keyof typeof MARKETPLACE_NAMES,
  rating: number | undefined,
  maxRating: number,
  words: readonly string[],
  replied: boolean,
): Bilingual {
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
  const next = NEXT_STEP[replied ? 'follow' : 'answer'];
  return {
    en: `A negative review on ${name.en}: ${en.join(' and ')}${highNote.en}; ${next.en}`,
    zh: `${name.zh}差评：${zh.join('，')}${highNote.zh}；${next.zh}`,
  };
}

/** What it checks, in a sentence (the options page, docs/features.md). */
export const description: Bilingual = {
  en: 'A buyer rating at or below the threshold (2 of 5 stars by default), or review text with negative words in Chinese or English (fake, broken, 差评, 破损…).',
  zh: '买家评分不高于阈值（默认 5 星中的 2 星），或评价文字中有中文或英文的负面词（如 假货、破损、差评）。',
};

export const negativeReview = {
  id: 'negative-review',
  family,
  label,
  description,
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

    const repliedAt = repliedAfterReview(order);
    const evidence: Evidence = {
      rating: rating ?? null,
      maxRating: settings.maxRating,
      negativeWords: words.length === 0 ? null : words.join(', '),
      review: review === undefined || review.trim() === '' ? null : preview(review),
      reviewedAt: order.reviewedAt === undefined ? null : isoTime(order.reviewedAt),
      repliedAt: repliedAt === undefined ? null : isoTime(repliedAt),
    };
    const finding: Finding = {
      detector: 'negative-review',
      marketplace: order.marketplace,
      orderId: order.orderId,
      // Words alone under a good rating: the buyer is content overall, so watch rather than act.
      // Answered since the review: the seller has acted, and only follows up on what the buyer does.
      severity: (!lowRating && rating !== undefined) || repliedAt !== undefined ? 'P3' : 'P2',
      // No dueAt: consoles show no review time, and a due time counted from when we read the
      // page would move with every read.
      evidence,
      explanation: explain(order.marketplace, rating, settings.maxRating, words, repliedAt !== undefined),
    };
    return { findings: [finding] };
  },
} satisfies Detector<'negative-review'>;

/**
 * Its replies to the buyer, listed on its cases and on the options page (lib/templates/catalogue
 * gathers every detector's): the pages import this export alone, never the check above.
 */
export const replies: readonly ReplyTemplate[] = [
  // Low rating (negative-review): make it right; never ask to change the rating.
  {
    id: 'review-make-right',
    family: 'reviews',
    detectors: ['negative-review'],
    audience: 'buyer',
    title: { en: 'Low rating: sorry, and a remedy', zh: '低分评价：致歉并补救' },
    body: {
      en: 'Hello {buyer}, I read your comments on order {orderId} ({item}) and I am sorry we let you down. We would like to put it right: we can send a replacement or refund {amount}, whichever you prefer. Reply here with your choice and I will arrange it within one day. — {shop}',
      zh: '{buyer}您好，看到您对订单{orderId}（{item}）的意见，让您失望了，非常抱歉。我们希望弥补：可以为您换新，或退款{amount}，由您选择。回复这里告诉我们，一天内为您办好。——{shop}',
    },
  },
  {
    id: 'review-explain',
    family: 'reviews',
    detectors: ['negative-review'],
    audience: 'buyer',
    title: { en: 'Low rating: what we changed', zh: '低分评价：我们的改进' },
    body: {
      en: 'Hello {buyer}, thank you for telling us what went wrong with order {orderId}. You were right about [the problem], and I am sorry. We have since [what changed: packing, checks, description] so it does not happen again. If the item still gives you trouble, reply here and we will help. — {shop}',
      zh: '{buyer}您好，感谢您指出订单{orderId}的问题。您说的[问题]确实存在，向您道歉。我们已经[改进措施：包装、质检、描述]，避免再次发生。商品如果还有问题，回复这里，我们会继续帮您处理。——{shop}',
    },
  },
];
