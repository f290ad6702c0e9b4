/** What each column can mean, in the seller's words (the choices of the mapping editor). */
import { CELL_KEYS, type CellKey } from '../extract/keys';
import type { Bilingual, Language, OrderStatus } from '../schema';

export type Meaning = CellKey | 'ignore';

export const MEANING_LABELS: Readonly<Record<Meaning, Bilingual>> = {
  orderId: { en: 'Order number', zh: '订单号' },
  placedAt: { en: 'Order time', zh: '下单时间' },
  paidAt: { en: 'Payment time', zh: '付款时间' },
  buyer: { en: 'Buyer', zh: '买家' },
  item: { en: 'Item', zh: '商品' },
  sku: { en: 'Variant / SKU', zh: '规格' },
  quantity: { en: 'Quantity', zh: '数量' },
  unitPrice: { en: 'Unit price', zh: '单价' },
  subtotal: { en: 'Items subtotal', zh: '商品总价' },
  shipping: { en: 'Shipping fee', zh: '运费' },
  discount: { en: 'Discount', zh: '优惠' },
  paid: { en: 'Amount paid (order total)', zh: '实付金额' },
  status: { en: 'Order status', zh: '订单状态' },
  afterSales: { en: 'Refund / return status', zh: '售后状态' },
  paymentStatus: { en: 'Payment status', zh: '付款状态' },
  shipBy: { en: 'Ship by (deadline)', zh: '最晚发货时间' },
  trackingNo: { en: 'Tracking number', zh: '运单号' },
  carrier: { en: 'Carrier', zh: '物流公司' },
  buyerMessage: { en: 'Buyer message', zh: '买家留言' },
  sellerRemark: { en: 'Seller note', zh: '卖家备注' },
  deliveredAt: { en: 'Delivery time', zh: '签收时间' },
  deliverBy: { en: 'Estimated delivery date', zh: '预计送达时间' },
  lastTrackingAt: { en: 'Latest tracking update', zh: '物流最近更新时间' },
  buyerMessageAt: { en: 'Buyer message time', zh: '买家留言时间' },
  rating: { en: 'Buyer rating', zh: '买家评分' },
  review: { en: 'Review text', zh: '评价内容' },
  stockShort: { en: 'Out-of-stock flag', zh: '缺货标记' },
  ignore: { en: 'Not needed (ignore)', zh: '不需要（忽略）' },
};

/** Order of the choices: the column meanings, then "ignore". */
export const MEANINGS: readonly Meaning[] = [...CELL_KEYS, 'ignore'];

export const meaningLabel = (lang: Language, meaning: Meaning): string => MEANING_LABELS[meaning][lang];

/** An order's states in the seller's words: the choices for a status word the shared words do not know. */
export const STATUS_LABELS: Readonly<Record<OrderStatus, Bilingual>> = {
  awaiting_payment: { en: 'Waiting for payment', zh: '待付款' },
  awaiting_shipment: { en: 'Paid, to ship', zh: '待发货' },
  shipped: { en: 'Shipped', zh: '已发货' },
  delivered: { en: 'Delivered', zh: '已签收' },
  completed: { en: 'Completed', zh: '交易成功' },
  cancelled: { en: 'Cancelled', zh: '已取消' },
  refund_requested: { en: 'Refund requested, to answer', zh: '买家申请退款，待处理' },
  refunded: { en: 'Refunded', zh: '已退款' },
  return_requested: { en: 'Return requested, to answer', zh: '买家申请退货，待处理' },
  returned: { en: 'Returned', zh: '已退货' },
  disputed: { en: 'Dispute or claim open', zh: '纠纷/投诉中' },
  unknown: { en: 'Not sure: leave it unread', zh: '不确定：暂不读取' },
};
