/**
 * JD 京麦 / 商家后台 › 订单管理 › 导出订单: 订单号, 商品名称, 订购数量, 下单时间, 付款确认时间,
 * 订单金额, 应付金额, 订单状态, 下单帐号, 运单号, 快递公司, 商家备注. Usually GBK.
 */
import type { ImportFormat } from './types';
import { jd as jdProfile } from '../../marketplaces/jd';

export const jdOrders: ImportFormat = {
  id: 'jd',
  label: { en: 'JD order export', zh: '京东订单导出' },
  marketplace: 'jd',
  required: ['订单号', '下单时间', '应付金额'],
  columns: {
    orderId: ['订单号'],
    placedAt: ['下单时间'],
    paidAt: ['付款确认时间', '支付时间'],
    shippedAt: ['出库时间'],
    buyer: ['下单帐号', '下单账号'],
    item: ['商品名称'],
    sku: ['商品ID', 'SKU'],
    quantity: ['订购数量'],
    unitPrice: ['京东价'],
    subtotal: ['订单金额'],
    paid: ['应付金额', '结算金额'],
    status: ['订单状态'],
    afterSales: ['售后状态'],
    trackingNo: ['运单号', '快递单号'],
    carrier: ['快递公司', '承运商'],
    sellerRemark: ['商家备注'],
    buyerMessage: ['订单备注'],
  },
  currency: jdProfile.currency,
  timeZone: jdProfile.timeZone,
  statusVocabulary: { 等待出库: 'awaiting_shipment', 等待确认收货: 'shipped', 完成: 'completed', 锁定: 'awaiting_shipment' },
};
