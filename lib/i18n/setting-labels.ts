/** Labels of detector settings on the options page (en + zh); unknown keys are humanised. */
import type { Language } from '../schema';

const LABELS: Record<string, { en: string; zh: string }> = {
  warnHours: { en: 'warn hours before', zh: '提前提醒（小时）' },
  windowHours: { en: 'window (hours)', zh: '时间窗口（小时）' },
  tolerance: { en: 'tolerance', zh: '容差' },
  hoursByMarketplace: { en: 'hours per marketplace (empty = platform rule)', zh: '各平台小时数（空 = 平台规则）' },
  maxRating: { en: 'at most (stars)', zh: '不高于（星）' },
  extraKeywords: { en: 'extra keywords (comma separated)', zh: '额外关键词（逗号分隔）' },
  blockList: { en: 'blocked buyers (comma separated)', zh: '拉黑买家（逗号分隔）' },
  zThreshold: { en: 'how unusual, at least (robust z-score; higher means fewer alerts)', zh: '异常程度至少为（数值越大，提醒越少）' },
  minCount: { en: 'at least (count)', zh: '至少（个）' },
  stallDays: { en: 'no movement (days)', zh: '无物流更新（天）' },
  minStalledParcels: { en: 'at least parcels', zh: '至少包裹数' },
  stalledShare: { en: 'share of the carrier’s parcels', zh: '占该快递包裹比例' },
  remindHours: { en: 'remind after (hours)', zh: '多久后提醒付款（小时）' },
  cancelHoursByMarketplace: { en: 'suggest cancelling after (hours per marketplace)', zh: '多久后建议取消（各平台小时数）' },
  urgentAfterDays: { en: 'urgent after (days late)', zh: '逾期几天后升级（天）' },
  stalledDays: { en: 'stalled after (days)', zh: '停滞判定（天）' },
  lostDaysDomestic: { en: 'lost after, domestic (days)', zh: '国内丢件判定（天）' },
  lostDaysCrossBorder: { en: 'lost after, cross-border (days)', zh: '跨境丢件判定（天）' },
  expireDays: { en: 'tracking expires after (days)', zh: '物流信息过期（天）' },
  firstScanHours: { en: 'first scan within (hours)', zh: '首次揽收时限（小时）' },
  checkFormat: { en: 'check the number format per carrier', zh: '按快递公司校验单号格式' },
  minOrders: { en: 'compare with at least (orders)', zh: '至少比较订单数' },
  waitHours: { en: 'wait (hours)', zh: '等待（小时）' },
  returnWindowDays: { en: 'refund a returned parcel within (days)', zh: '退货签收后退款时限（天）' },
  minRefunds: { en: 'refunds at least', zh: '退款次数至少' },
  windowDays: { en: 'within (days)', zh: '时间范围（天）' },
  replyHours: { en: 'reply within (hours)', zh: '回复时限（小时）' },
};

export function settingLabel(lang: Language, key: string): string {
  const known = LABELS[key];
  if (known) return known[lang];
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words;
}
