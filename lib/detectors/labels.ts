/**
 * Every detector's short name (badges, lists), kept apart from the detectors themselves so
 * the content script can label a badge without bundling every detector's code. Each
 * detector file takes its label from here; the registry test checks they match ids.
 */
import type { Bilingual } from '../schema';
import type { DetectorId } from './types';

export const DETECTOR_LABELS: Readonly<Record<DetectorId, Bilingual>> = {
  'address-issue': { en: 'Address issue', zh: '地址异常' },
  'amount-mismatch': { en: 'Amount mismatch', zh: '金额不符' },
  'amount-outlier': { en: 'Unusual amount', zh: '金额异常' },
  'cancel-pending': { en: 'Cancellation waiting', zh: '取消申请待处理' },
  'delivery-overdue': { en: 'Delivery overdue', zh: '超时未送达' },
  'dispute-open': { en: 'Dispute open', zh: '投诉/纠纷' },
  'duplicate-order': { en: 'Possible duplicate order', zh: '疑似重复下单' },
  'message-unanswered': { en: 'Unanswered message', zh: '买家留言未回复' },
  'negative-review': { en: 'Negative review', zh: '差评' },
  'rate-spike': { en: 'Unusual day', zh: '店铺数据异常' },
  'refund-pending': { en: 'Refund waiting', zh: '退款待处理' },
  'repeat-refunder': { en: 'Frequent refunder', zh: '频繁退款买家' },
  'ship-deadline': { en: 'Shipping deadline', zh: '发货时限' },
  'stock-risk': { en: 'Out of stock', zh: '缺货风险' },
  'tracking-invalid': { en: 'Tracking invalid', zh: '运单异常' },
  'tracking-stalled': { en: 'Tracking stalled', zh: '物流停滞' },
  'unpaid-stale': { en: 'Unpaid for long', zh: '久未付款' },
};

/** A detector's short name in both languages, or the id itself for one this build does not know. */
export const detectorLabels = (id: string): Bilingual => (DETECTOR_LABELS as Record<string, Bilingual | undefined>)[id] ?? { en: id, zh: id };

/** A detector's short name, or the id itself for one this build does not know. */
export const detectorLabel = (id: string, lang: 'en' | 'zh'): string => detectorLabels(id)[lang];
