/**
 * Names of the summary's categories in both languages (detector families, after-sales reasons,
 * remedies), and how its values are written in the view and in every export.
 */
import { detectorById } from '../detectors';
import { SELLER_NOTE } from '../cases/seller-note';
import { causeLabel as recordedCauseLabel } from '../cases/words';
import { caseStatusLabel, dismissReasonLabel, formatDuration, t } from '../i18n';
import type { Bilingual, Language, Resolution } from '../schema';
import type { Comparison, Responsible } from './week';

const FAMILY: Record<string, Bilingual> = {
  shipping: { en: 'Shipping', zh: '发货' },
  payment: { en: 'Payment', zh: '付款' },
  creation: { en: 'Order creation', zh: '下单' },
  outliers: { en: 'Unusual orders', zh: '异常订单' },
  delivery: { en: 'Delivery', zh: '配送' },
  tracking: { en: 'Tracking', zh: '物流跟踪' },
  address: { en: 'Address', zh: '地址' },
  cancellation: { en: 'Cancellation', zh: '取消' },
  refund: { en: 'Refunds', zh: '退款' },
  abuse: { en: 'Buyer abuse', zh: '恶意买家' },
  complaints: { en: 'Complaints and disputes', zh: '投诉与纠纷' },
  'after-sales': { en: 'After-sales messages', zh: '售后消息' },
  reviews: { en: 'Reviews', zh: '评价' },
  stock: { en: 'Stock', zh: '库存' },
  shop: { en: 'Shop-wide', zh: '全店' },
  other: { en: 'Other', zh: '其他' },
};

const REASON: Record<string, Bilingual> = {
  out_of_stock: { en: 'out of stock', zh: '缺货' },
  wrong_item: { en: 'wrong item', zh: '发错货' },
  missing_item: { en: 'missing item', zh: '漏发' },
  damaged: { en: 'damaged', zh: '破损' },
  refused: { en: 'refused', zh: '拒收' },
  late: { en: 'late', zh: '延误' },
  quality: { en: 'quality', zh: '质量问题' },
  not_as_described: { en: 'not as described', zh: '与描述不符' },
  not_received: { en: 'not received', zh: '未收到' },
  changed_mind: { en: 'changed mind', zh: '不想要了' },
  other: { en: 'other', zh: '其他' },
};

const REMEDY: Record<Resolution['category'], Bilingual> = {
  reshipped: { en: 'reshipped', zh: '补发' },
  refunded: { en: 'refunded', zh: '退款' },
  partial_compensation: { en: 'partial compensation', zh: '部分补偿' },
  replacement: { en: 'replacement', zh: '换新' },
  exchange: { en: 'exchange', zh: '换货' },
  repair: { en: 'repair', zh: '维修' },
  explained: { en: 'explained', zh: '已解释' },
  escalated: { en: 'escalated to platform', zh: '已提交平台' },
  no_action: { en: 'no action needed', zh: '无需处理' },
};

export const familyLabel = (lang: Language, family: string): string => FAMILY[family]?.[lang] ?? family;
export const reasonLabel = (lang: Language, reason: string): string =>
  reason === 'unknown' ? t(lang, 'summaryReasonUnknown') : (REASON[reason]?.[lang] ?? reason);
export const remedyLabel = (lang: Language, category: Resolution['category']): string => REMEDY[category][lang];
export const checkLabel = (lang: Language, detector: string): string =>
  detector === SELLER_NOTE ? t(lang, 'sellerNote') : (detectorById(detector)?.label[lang] ?? detector);
export { caseStatusLabel, dismissReasonLabel };

const RESPONSIBLE_KEYS = {
  seller: 'summaryRespSeller',
  carrier: 'summaryRespCarrier',
  platform: 'summaryRespPlatform',
  buyer: 'summaryRespBuyer',
  supplier: 'summaryRespSupplier',
  unknown: 'summaryRespUnknown',
} as const;
export const responsibleLabel = (lang: Language, r: Responsible): string => t(lang, RESPONSIBLE_KEYS[r]);

/**
 * A cause code in the seller's words, from the case record's list; a code it does not name
 * (written by a later version) is shown as written; 'unknown' is a case without a recorded cause.
 */
export const causeLabel = (lang: Language, code: string): string =>
  code === 'unknown' ? t(lang, 'summaryCauseUnknown') : recordedCauseLabel(lang, code);

/** A carrier as the scorecard names it ('' is a parcel whose carrier was not shown). */
export const carrierLabel = (lang: Language, carrier: string): string => (carrier === '' ? t(lang, 'summaryCarrierNotShown') : carrier);

const SYMBOL: Record<string, string> = { CNY: '¥', USD: '$', EUR: '€', GBP: '£', JPY: '¥', HKD: 'HK$', TWD: 'NT$' };

/** `¥10.00`, `$5.25`, `AUD 3.00` (cents in, exact: no float formatting of the sum). */
export function formatCents(cents: number, currency: string): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const amount = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  const symbol = SYMBOL[currency];
  return symbol ? `${sign}${symbol}${amount}` : `${sign}${currency} ${amount}`;
}

/** A median duration, or '—' when there was nothing to measure. */
export const formatSpan = (lang: Language, ms: number | undefined): string =>
  ms === undefined ? t(lang, 'summaryNone') : formatDuration(lang, ms);

/** `↑ 25% vs 4-week average` and friends: never only a colour. */
export function comparisonText(lang: Language, c: Comparison): string {
  if (c.direction === 'new') return t(lang, 'summaryNew');
  if (c.direction === 'same') return t(lang, 'summarySame');
  return t(lang, c.direction === 'up' ? 'summaryUp' : 'summaryDown', { percent: Math.abs(c.percent ?? 0) });
}
