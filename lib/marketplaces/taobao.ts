import { chinese } from './china';
import type { OrderField } from './fields';

export const taobao = /* @__PURE__ */ chinese({
  id: 'taobao',
  name: { en: 'Taobao', zh: '淘宝' },
  // Shape: 买家已付款, 等待卖家发货, 卖家已发货, 交易成功, 等待买家付款, 交易关闭, 退款成功 as status texts in a 千牛
  // crawler (file 56282791055); the detail JSON's statusInfo.text is "当前订单状态：商品已拍下，等待买家付款" (file
  // 16012687752), seen 2026-12-06. No public source found for 部分发货, 退款中 or 等待买家确认收货 as list texts.
  // The 售后 column (履约/售后状态) shows 退款成功 beside 交易关闭 when a paid trade closed by its refund (same
  // crawler's mock row; TRADE_CLOSED is "付款以后用户退款成功，交易自动关闭" in the open-platform trade docs, files
  // 23884446934 and 10510170903), and 退款关闭 or 发货未超时 otherwise, seen 2026-12-07: 退款成功 there outranks
  // 交易关闭 (lib/normalize/status.ts combineStatuses), the other two change nothing.
  statusWords: {
    等待买家付款: 'awaiting_payment',
    买家已付款: 'awaiting_shipment',
    等待卖家发货: 'awaiting_shipment',
    卖家已发货: 'shipped',
    等待买家确认收货: 'shipped',
    部分发货: 'shipped',
    交易成功: 'completed',
    交易关闭: 'cancelled',
    退款中: 'refund_requested',
    退款成功: 'refunded',
    // A refund request withdrawn or refused: nothing was refunded and the trade goes on.
    退款关闭: 'unknown',
    发货未超时: 'unknown',
  },
  rules: {
    // Taobao rules (淘宝规则, 发货时间): ship within 48 h of payment unless the listing promises otherwise.
    shipWithinHours: 48,
    // Taobao: the order page counts down and closes the trade unpaid; ordinary items are often
    // closed within 24 h, some listings and big sales keep them up to 3 days (public help pages,
    // e.g. fqmxn.com/1/775942.html). 72 h, the longest common window: never advise cancelling
    // an order the platform would still keep open.
    unpaidCloseHours: 72,
    // Taobao refund rules (淘宝 退款/售后 超时规则): unshipped refund request unanswered for 48 h is
    // refunded by the system; after shipping the seller has 5 days before it is agreed automatically.
    refundDecision: { beforeShipping: 48, afterShipping: 120, automatic: true },
    // Taobao/Tmall score 旺旺 response times in minutes (客服响应时长, 回复率) but publish no
    // per-message deadline; 24 h is the outer limit before a buyer escalates.
    replyWithinHours: 24,
    // Taobao/Tmall: a shipment without a real number counts as 虚假发货 (false shipping) and is penalised.
    trackingRequired: true,
  },
});

/**
 * The fields its console's read pages give an order, status aside (every console shows it):
 * test/detectors/consoles.test.ts holds the list to what the adapter reads from its saved pages.
 */
export const shows: readonly OrderField[] = ['placedAt', 'paidAt', 'buyer', 'items.title', 'items.sku', 'items.quantity', 'items.unitPrice', 'money.paid', 'money.subtotal', 'money.shipping', 'money.discount', 'carrier', 'trackingNo', 'buyerMessage'];
