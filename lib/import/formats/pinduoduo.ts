/**
 * Pinduoduo 商家后台 › 订单查询 › 导出: 商品, 订单号, 订单状态, 商品总价(元), 邮费(元),
 * 用户实付金额(元), 商家实收金额(元), 商品数量(件), 支付时间, 拼单成功时间 / 成团时间,
 * 承诺发货时间, 发货时间, 确认收货时间, 商品规格, 快递单号, 快递公司, 售后状态, 买家留言,
 * 商家备注. Usually GBK. "(元)" units are dropped by normalizeHeader.
 */
import type { ImportFormat } from './types';
import { pinduoduo as pinduoduoProfile } from '../../marketplaces/pinduoduo';

export const pinduoduoOrders: ImportFormat = {
  id: 'pinduoduo',
  label: { en: 'Pinduoduo order export', zh: '拼多多订单导出' },
  marketplace: 'pinduoduo',
  required: ['订单号', '订单状态', '承诺发货时间'],
  columns: {
    orderId: ['订单号'],
    placedAt: ['支付时间', '成团时间', '拼单成功时间', '订单成交时间'],
    paidAt: ['支付时间'],
    shipBy: ['承诺发货时间'],
    shippedAt: ['发货时间'],
    deliveredAt: ['确认收货时间'],
    item: ['商品'],
    sku: ['商品规格'],
    quantity: ['商品数量'],
    subtotal: ['商品总价'],
    shipping: ['邮费'],
    paid: ['用户实付金额', '商家实收金额', '实收金额'],
    status: ['订单状态'],
    afterSales: ['售后状态'],
    trackingNo: ['快递单号'],
    carrier: ['快递公司'],
    buyerMessage: ['买家留言'],
    sellerRemark: ['商家备注'],
  },
  currency: pinduoduoProfile.currency,
  timeZone: pinduoduoProfile.timeZone,
  // The same words as its order pages (lib/marketplaces/pinduoduo.ts), without the comma in the report.
  statusVocabulary: pinduoduoProfile.statusWords,
};
