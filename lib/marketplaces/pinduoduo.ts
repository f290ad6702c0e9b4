import { chinese } from './china';
import type { OrderField } from './fields';

export const pinduoduo = /* @__PURE__ */ chinese({
  id: 'pinduoduo',
  name: { en: 'Pinduoduo', zh: '拼多多' },
  // Shape: 待支付, 待发货, 已发货，待签收, 已签收, 未发货，退款成功, 已发货，退款成功, 已取消 as 订单状态 texts (a PDD order
  // tool's lookup, file 96612244; its schema comment, file 33117843410), seen 2026-12-06. Public code also
  // shows 已取消，退款成功 and 未成交，退款成功 (export filter, file 2421390316), 已签收，退款成功 (file 34151702518),
  // 已收货，退款成功 and 售后状态 texts 无售后/售后处理中/退款中/退款成功 (file 17631029504). Those forms are not
  // listed; as the earliest word wins, 已签收，退款成功 reads as delivered and 已取消，退款成功 as cancelled.
  // The order report writes the same states without the comma (已发货待签收, 未发货退款成功).
  statusWords: {
    待支付: 'awaiting_payment',
    待发货: 'awaiting_shipment',
    '已发货，待签收': 'shipped',
    已发货待签收: 'shipped',
    已签收: 'delivered',
    已取消: 'cancelled',
    // A refunded order keeps its shipping state in front: the refund is what counts.
    '未发货，退款成功': 'refunded',
    '已发货，退款成功': 'refunded',
    未发货退款成功: 'refunded',
    已发货退款成功: 'refunded',
    退款中: 'refund_requested',
    售后处理中: 'refund_requested',
    退款成功: 'refunded',
    无售后: 'unknown',
  },
  rules: {
    // Pinduoduo: 48 h after the order is paid (拼多多 发货规则; late = 延迟发货 deduction).
    shipWithinHours: 48,
    // Pinduoduo: no public figure found (the app counts down per order): 72 h default.
    unpaidCloseHours: 72,
    // Pinduoduo (拼多多 售后规则): a request not handled within 48 h is agreed automatically.
    refundDecision: { beforeShipping: 48, afterShipping: 48, automatic: true },
    // Pinduoduo measures a 3-minute reply rate in chat, no per-message deadline: 24 h as above.
    replyWithinHours: 24,
    // Pinduoduo: a shipment without a real number is fined as 虚假发货 / 虚假轨迹.
    trackingRequired: true,
  },
});

/**
 * The fields its console's read pages give an order, status aside (every console shows it):
 * test/detectors/consoles.test.ts holds the list to what the adapter reads from its saved pages.
 */
export const shows: readonly OrderField[] = ['placedAt', 'paidAt', 'shipBy', 'buyer', 'items.title', 'items.sku', 'items.quantity', 'money.paid', 'money.subtotal', 'money.shipping', 'carrier', 'trackingNo', 'lastTrackingAt', 'trackingEvent', 'buyerMessage', 'sellerRemark', 'rating', 'review'];
