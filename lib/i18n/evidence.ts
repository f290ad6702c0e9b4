/**
 * Turns a finding's evidence (detector-specific keys and raw values) into label/value pairs
 * a seller reads: labels in their language, instants as local date-times, no raw ISO text.
 */
import type { Evidence, Language } from '../schema';

const LABELS: Record<string, { en: string; zh: string }> = {
  paidAt: { en: 'Paid at', zh: '付款时间' },
  placedAt: { en: 'Placed at', zh: '下单时间' },
  deadline: { en: 'Shipping deadline', zh: '发货截止' },
  deadlineSource: { en: 'Deadline from', zh: '时限来源' },
  shippingHours: { en: 'Shipping time allowed (h)', zh: '发货时限（小时）' },
  hoursSincePaid: { en: 'Hours since payment', zh: '付款至今（小时）' },
  hoursLeft: { en: 'Hours left', zh: '剩余（小时）' },
  hoursOverdue: { en: 'Hours overdue', zh: '已超时（小时）' },
  compensation: { en: 'Compensation at stake', zh: '可能赔付' },
  otherOrderId: { en: 'Earlier order', zh: '较早的订单' },
  otherPlacedAt: { en: 'Earlier order placed at', zh: '较早订单下单时间' },
  minutesApart: { en: 'Minutes apart', zh: '相隔（分钟）' },
  buyer: { en: 'Buyer', zh: '买家' },
  items: { en: 'Items', zh: '商品' },
  expected: { en: 'Expected total', zh: '应付金额' },
  paid: { en: 'Paid', zh: '实付金额' },
  difference: { en: 'Difference', zh: '差额' },
  formula: { en: 'Rule', zh: '规则' },
  subtotal: { en: 'Items total', zh: '商品金额' },
  shipping: { en: 'Shipping', zh: '运费' },
  discount: { en: 'Discount', zh: '优惠' },
  refunded: { en: 'Refunded', zh: '已退款' },
  windowHours: { en: 'Window (h)', zh: '时间窗口（小时）' },
  tolerance: { en: 'Tolerance', zh: '容差' },
  hoursUnpaid: { en: 'Hours unpaid', zh: '未付款时长（小时）' },
  remindHours: { en: 'Reminder after (h)', zh: '提醒时限（小时）' },
  cancelHours: { en: 'Cancel after (h)', zh: '取消时限（小时）' },
  cancelHoursSource: { en: 'Cancel time from', zh: '取消时限来源' },
  suggestion: { en: 'Suggested action', zh: '建议操作' },
  orderTotal: { en: 'Order total', zh: '订单金额' },
  deliverBy: { en: 'Estimated delivery', zh: '预计送达' },
  shippedAt: { en: 'Shipped at', zh: '发货时间' },
  daysLate: { en: 'Days late', zh: '已晚（天）' },
  urgentAfterDays: { en: 'Urgent after (days late)', zh: '晚到多少天升级（天）' },
  carrier: { en: 'Carrier', zh: '快递公司' },
  trackingNo: { en: 'Tracking number', zh: '运单号' },
  stage: { en: 'Stage', zh: '阶段' },
  lastMovementAt: { en: 'Last movement', zh: '最后更新' },
  lastMovementSource: { en: 'Last movement from', zh: '最后更新来源' },
  daysIdle: { en: 'Days without movement', zh: '无更新天数' },
  stalledDays: { en: 'Stalled after (days)', zh: '停滞判定（天）' },
  lostDays: { en: 'Suspected lost after (days)', zh: '疑似丢失判定（天）' },
  crossBorder: { en: 'Cross-border', zh: '跨境' },
  trackingExpired: { en: 'Tracking expired', zh: '物流信息已失效' },
  expireDays: { en: 'Tracking expires after (days)', zh: '物流信息失效（天）' },
  trackingEvent: { en: 'Latest tracking event', zh: '最新物流信息' },
  issue: { en: 'Problem', zh: '问题' },
  addressMissing: { en: 'Address parts missing', zh: '地址缺少' },
  keyword: { en: 'Matched words', zh: '匹配的词' },
  addressChangedAt: { en: 'Address changed at', zh: '地址修改时间' },
  shippedAtSource: { en: 'Shipping time from', zh: '发货时间来源' },
  hoursAfterShipping: { en: 'Hours after shipping', zh: '发货后（小时）' },
  signal: { en: 'Shown as', zh: '页面显示' },
  signalIn: { en: 'Shown in', zh: '显示位置' },
  requestedAt: { en: 'Requested at', zh: '申请时间' },
  requestedAtSource: { en: 'Request time from', zh: '申请时间来源' },
  shipped: { en: 'Already shipped', zh: '已发货' },
  hoursWaiting: { en: 'Hours waiting', zh: '已等待（小时）' },
  waitHours: { en: 'Limit (h)', zh: '时限（小时）' },
  decisionAt: { en: 'Automatic decision at', zh: '自动处理时间' },
  decisionHours: { en: 'Hours to decision', zh: '处理时限（小时）' },
  decisionRule: { en: 'Deadline rule', zh: '时限依据' },
  amountAtStake: { en: 'Amount at stake', zh: '涉及金额' },
  returnedAt: { en: 'Return first seen', zh: '首次看到退回' },
  returnWindowDays: { en: 'Return window (days)', zh: '退货处理时限（天）' },
  refundDueAt: { en: 'Refund due', zh: '退款截止' },
  refundCount: { en: 'Refunds/returns in window', zh: '窗口内退款/退货次数' },
  minRefunds: { en: 'Threshold', zh: '阈值（次）' },
  windowDays: { en: 'Window (days)', zh: '时间窗口（天）' },
  refundOrders: { en: 'Refund orders', zh: '退款订单' },
  lastRefundAt: { en: 'Latest refund', zh: '最近一次退款' },
  onBlockList: { en: 'On your block list', zh: '在黑名单中' },
  replyDueAt: { en: 'Reply due', zh: '回复截止' },
  dueSource: { en: 'Due time from', zh: '截止时间来源' },
  replyHours: { en: 'Reply window (h)', zh: '回复时限（小时）' },
  check: { en: 'Check', zh: '检查项' },
  expectedFormat: { en: 'Expected number format', zh: '应有的单号格式' },
  hoursSinceShipped: { en: 'Hours since shipping', zh: '发货至今（小时）' },
  firstScanHours: { en: 'First scan expected within (h)', zh: '应揽收时限（小时）' },
  platformPenalty: { en: 'Platform penalty', zh: '平台处罚' },
};

/** Word values some detectors put in evidence (e.g. where a deadline came from). */
const VALUES: Record<string, { en: string; zh: string }> = {
  console: { en: 'shown by the console', zh: '后台显示' },
  'platform rule': { en: 'platform rule', zh: '平台规则' },
  'your setting': { en: 'your setting', zh: '你的设置' },
  'order time': { en: 'order time (no payment time shown)', zh: '下单时间（未显示付款时间）' },
  remind: { en: 'send a payment reminder', zh: '发送付款提醒' },
  cancel: { en: 'cancel the order', zh: '取消订单' },
  stalled: { en: 'stalled', zh: '停滞' },
  'suspected lost': { en: 'suspected lost', zh: '疑似丢失' },
  tracking: { en: 'latest tracking event', zh: '最新物流信息' },
  'status observed': { en: 'when the shipped status was first seen', zh: '首次看到已发货状态的时间' },
  'shipped at': { en: 'shipping time', zh: '发货时间' },
  'first observed': { en: 'first seen by Order Sentinel', zh: '订单哨兵首次看到' },
  'request time': { en: 'request time', zh: '申请时间' },
  'address incomplete': { en: 'address incomplete', zh: '地址不完整' },
  'change requested': { en: 'buyer asks to change the address', zh: '买家要求改地址' },
  'address incomplete, change requested': { en: 'address incomplete; buyer asks to change it', zh: '地址不完整；买家要求改地址' },
  'changed after shipping': { en: 'address changed after shipping', zh: '发货后地址被修改' },
  'change requested after shipping': { en: 'buyer asks to change the address after shipping', zh: '发货后买家要求改地址' },
  'before shipping': { en: 'before shipping', zh: '发货前' },
  'after shipping': { en: 'after shipping', zh: '发货后' },
  'platform auto-decision': { en: 'platform decides automatically', zh: '平台自动处理' },
  'reply target': { en: 'reply target (no platform decision)', zh: '回复目标（平台不自动处理）' },
  status: { en: 'order status', zh: '订单状态' },
  'status text': { en: 'status text', zh: '状态文字' },
  'after-sales reason': { en: 'after-sales reason', zh: '售后原因' },
  'tracking event': { en: 'tracking event', zh: '物流信息' },
  missing: { en: 'tracking number missing', zh: '缺少运单号' },
  malformed: { en: 'number does not fit the carrier’s format', zh: '单号不符合快递公司格式' },
  'no first scan': { en: 'no carrier scan yet', zh: '快递尚未揽收' },
  'pinduoduo fake tracking deduction': { en: 'Pinduoduo deducts for fake tracking (虚假轨迹) separately from late shipment', zh: '拼多多对虚假轨迹单独扣款（与延迟发货分开）' },
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** `split camelCase` → "Split camel case" for keys this table does not know yet. */
function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatEvidenceValue(
  value: Evidence[string],
  lang: Language,
  timeZone?: string,
): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (ISO_INSTANT.test(value)) {
    return new Date(value).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
  }
  return VALUES[value]?.[lang] ?? value;
}

export function formatEvidence(evidence: Evidence, lang: Language, timeZone?: string): Array<[string, string]> {
  return Object.entries(evidence).map(([key, value]) => [
    LABELS[key]?.[lang] ?? humanize(key),
    formatEvidenceValue(value, lang, timeZone),
  ]);
}
