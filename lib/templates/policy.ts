/**
 * Marketplace messaging rules a reply is checked against before it is copied or inserted
 * ("Marketplace policy guard"). Each rule is a list of zh/en patterns; a violation
 * names the rule and the exact words that broke it. The seller may still go ahead: the
 * guard warns, it does not block. Which rules a marketplace holds its sellers to, with the
 * public source, is in its profile (lib/marketplaces/<id>.ts: messageRules).
 */
import { PROFILES } from '../marketplaces';
import type { PolicyRule } from '../marketplaces/profile';
import type { Bilingual, Marketplace } from '../schema';

export { POLICY_RULES, type PolicyRule } from '../marketplaces/profile';

export interface Violation {
  readonly rule: PolicyRule;
  readonly message: Bilingual;
  /** The offending words, exactly as written. */
  readonly match: string;
}

// Sentence-bounded gap: a pattern's parts must be in one sentence.
const GAP_EN = '[^.!?\\n]{0,40}?';
const GAP_ZH = '[^。！？!?\\n]{0,12}?';

const PATTERNS: Record<PolicyRule, readonly RegExp[]> = {
  'review-request': [
    /\b(?:leave|give|write|post|send)(?:\s+(?:us|me|a|an|your))*\s+(?:5|five)[- ]?stars?(?:\s+(?:review|rating|feedback))?/gi,
    /\b(?:5|five)[- ]?stars?\s+(?:review|rating|feedback)s?\b/gi,
    /\b(?:positive|good|great|glowing|excellent|nice)\s+(?:review|feedback|rating)s?\b/gi,
    /给(?:个|我们|我)?(?:五星好评|五星|好评)|五星好评|求好评|好评/g,
  ],
  'feedback-change': [
    new RegExp(`\\b(?:change|remove|revise|update|delete|edit|withdraw|take down|reconsider)\\b${GAP_EN}\\b(?:review|feedback|rating)s?\\b`, 'gi'),
    new RegExp(`(?:修改|删除|撤销|撤回|删掉|改掉|改成)${GAP_ZH}(?:评价|差评|中评|评分)`, 'g'),
    new RegExp(`(?:差评|中评)${GAP_ZH}(?:删|改|撤)`, 'g'),
  ],
  'review-incentive': [
    new RegExp(`\\b(?:in exchange for|in return for)\\b${GAP_EN}\\b(?:review|feedback|rating)s?\\b`, 'gi'),
    new RegExp(`\\b(?:refund|cash ?back|gift|coupon|discount|voucher|reward|free \\w+)\\b${GAP_EN}\\bfor (?:a|an|your|the) (?:\\w+ )?(?:review|feedback|rating)\\b`, 'gi'),
    new RegExp(`\\b(?:review|feedback|rating)s?\\b${GAP_EN}\\b(?:get|receive|earn|win)s?\\b${GAP_EN}\\b(?:refund|cash ?back|gift|coupon|discount|voucher|reward)\\b`, 'gi'),
    /好评返现|晒图返现/g,
    new RegExp(`(?:好评|五星|晒图|评价)${GAP_ZH}(?:返现|返款|返红包|红包|有礼|送(?![达货出到])|奖励|补贴|返\\d)`, 'g'),
    new RegExp(`(?:返现|红包|礼品|奖励)${GAP_ZH}(?:好评|五星|晒图)`, 'g'),
  ],
  link: [
    /\bhttps?:\/\/[^\s<>"'，。）)]+/gi,
    /\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>"'，。）)]*/gi,
    // A bare domain ("myshop.com/sale"); the marketplaces' own names are not links off them.
    /\b(?!(?:amazon|ebay|etsy|taobao|tmall|jd|pinduoduo|douyin|shopify)\.)[a-z0-9-]+\.(?:com|net|org|cn|shop|store|io|co|me|info|biz)\b(?:\/[^\s<>"'，。）)]*)?/gi,
  ],
  email: [/[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi],
  phone: [
    // Mainland mobile numbers, with or without separators.
    /(?<!\d)1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)/g,
    // International or landline numbers: 7+ digits with separators, + or a leading bracket.
    /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?(?<![\w{])\d{2,4}[\s.-]\d{3,4}[\s.-]?\d{3,4}(?![\w}])/g,
  ],
  'off-platform-contact': [
    /\b(?:whats ?app|we ?chat|telegram|skype|viber|line id|signal app|instagram|facebook|messenger)\b/gi,
    /\b(?:call|text|phone|email|e-mail|dm)\s+(?:me|us)\b/gi,
    /\b(?:contact|reach)\s+(?:me|us)\s+(?:directly|outside|off|at|on)\b/gi,
    /加(?:我|微信?|vx|v信|qq)|微信|(?<![a-z])vx(?![a-z])|v信|威信|(?<![a-z])qq(?![a-z])|扣扣|私聊|电话联系|打电话|加群|进群/gi,
  ],
  'off-platform-payment': [
    /\b(?:paypal\.me|venmo|zelle|cash ?app|western union|wire transfer|bank transfer|pay (?:me|us) (?:directly|outside|off))\b/gi,
    /私下(?:转账|交易|付款)|线下(?:交易|付款|转账)|支付宝转账|微信转账|直接转账/g,
  ],
  marketing: [
    /\b(?:coupons?|promo(?:tion)? codes?|discount codes?|newsletter|follow us|our other products|new arrivals|special offers?|check out our|shop our|upcoming sale)\b/gi,
    /优惠券|关注(?:我们|店铺|本店)|上新|新品推荐|店铺活动|促销/g,
  ],
};

const MESSAGES: Record<PolicyRule, Bilingual> = {
  'review-request': {
    en: 'Asks for a positive review or rating.',
    zh: '要求买家给好评或高分。',
  },
  'feedback-change': {
    en: 'Asks the buyer to change or remove feedback.',
    zh: '要求买家修改或删除评价。',
  },
  'review-incentive': {
    en: 'Offers something in exchange for a review.',
    zh: '以返现、礼品等换取评价（好评返现）。',
  },
  link: { en: 'Contains a link.', zh: '包含链接。' },
  email: { en: 'Contains an e-mail address.', zh: '包含电子邮箱地址。' },
  phone: { en: 'Contains a phone number.', zh: '包含电话号码。' },
  'off-platform-contact': {
    en: 'Invites contact outside the marketplace.',
    zh: '引导买家到平台外联系（微信、QQ、电话等）。',
  },
  'off-platform-payment': {
    en: 'Invites payment outside the marketplace.',
    zh: '引导买家在平台外付款。',
  },
  marketing: { en: 'Contains marketing or promotion.', zh: '包含营销或推广内容。' },
};

/**
 * Violations of the marketplace's rules in `text`, in order of appearance: per rule, the
 * longest offending words where patterns overlap, each distinct wording once. Check the
 * template text with its `{variables}` unfilled: an order id or a tracking number is not
 * the seller's phone number.
 */
export function checkPolicy(marketplace: Marketplace, text: string): Violation[] {
  const kept: Array<Violation & { start: number; end: number }> = [];
  for (const rule of PROFILES[marketplace].messageRules) {
    const hits = PATTERNS[rule]
      .flatMap((pattern) => [...text.matchAll(pattern)])
      .map((m) => {
        const lead = m[0].length - m[0].trimStart().length;
        const match = m[0].trim();
        return { match, start: m.index + lead, end: m.index + lead + match.length };
      })
      .filter((h) => h.match !== '')
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const seen = new Set<string>();
    let lastEnd = -1;
    for (const hit of hits) {
      if (hit.start < lastEnd) continue;
      lastEnd = hit.end;
      const wording = hit.match.toLowerCase();
      if (seen.has(wording)) continue;
      seen.add(wording);
      kept.push({ rule, message: MESSAGES[rule], ...hit });
    }
  }
  return kept.sort((a, b) => a.start - b.start).map(({ rule, message, match }) => ({ rule, message, match }));
}
