/**
 * Taobao / Tmall 卖家中心 › 已卖出的宝贝 › 批量导出 (订单报表): 订单编号, 买家会员名,
 * 买家应付货款, 总金额, 买家实际支付金额, 订单状态, 订单创建时间, 订单付款时间, 宝贝标题,
 * 物流单号, 物流公司, 退款金额… Usually GBK. Some headers carry a trailing space
 * ("订单付款时间 "). Reports trimmed to a few columns (the public 天猫 dataset) have no
 * 订单状态: the payment time and refund tell the status. Tmall and Taobao export the same
 * layout; the file name tells them apart.
 */
import type { ImportFormat } from './types';
import { taobao as taobaoProfile } from '../../marketplaces/taobao';

export const taobaoOrders: ImportFormat = {
  id: 'taobao',
  label: { en: 'Taobao / Tmall order report', zh: '淘宝 / 天猫订单报表' },
  marketplace: (fileName) => (/tmall|天猫/i.test(fileName) ? 'tmall' : 'taobao'),
  required: ['订单编号', '买家实际支付金额', '订单创建时间'],
  columns: {
    orderId: ['订单编号'],
    placedAt: ['订单创建时间'],
    paidAt: ['订单付款时间'],
    shippedAt: ['发货时间'],
    deliveredAt: ['确认收货时间'],
    buyer: ['买家会员名'],
    item: ['宝贝标题', '商品标题'],
    quantity: ['宝贝总数量'],
    subtotal: ['买家应付货款'],
    shipping: ['买家应付邮费'],
    paid: ['买家实际支付金额'],
    refunded: ['退款金额'],
    status: ['订单状态'],
    trackingNo: ['物流单号'],
    carrier: ['物流公司'],
    buyerMessage: ['买家留言'],
    sellerRemark: ['订单备注'],
  },
  currency: taobaoProfile.currency,
  timeZone: taobaoProfile.timeZone,
  // The public Tmall report: 总金额 = 买家实际支付金额 + 退款金额 on all 24,087 paid orders.
  grossTotalColumn: '总金额',
  // Without 订单状态 the file shows only money and times: refunded, paid (shipping unknown), unpaid.
  deriveStatus: (f) =>
    f.refunded !== undefined && f.refunded > 0
      ? { status: 'refunded', statusRaw: f.refunded >= f.paid ? '已退款' : '部分退款' }
      : f.deliveredAt !== undefined
        ? { status: 'completed', statusRaw: '交易成功' }
        : f.shippedAt !== undefined
          ? { status: 'shipped', statusRaw: '卖家已发货' }
          : f.paidAt !== undefined
            ? { status: 'unknown', statusRaw: '已付款' }
            : { status: 'awaiting_payment', statusRaw: '未付款' },
};
