import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../lib/schema';
import { combineStatuses, parseStatus } from '../../lib/normalize';

describe('parseStatus: default console vocabulary', () => {
  it.each<[string, OrderStatus]>([
    ['等待买家付款', 'awaiting_payment'],
    ['待付款', 'awaiting_payment'],
    ['待支付', 'awaiting_payment'],
    ['买家已付款', 'awaiting_shipment'],
    ['待发货', 'awaiting_shipment'],
    ['等待发货', 'awaiting_shipment'],
    ['等待出库', 'awaiting_shipment'],
    ['已付款', 'awaiting_shipment'],
    ['卖家已发货', 'shipped'],
    ['已发货', 'shipped'],
    ['待收货', 'shipped'],
    ['等待确认收货', 'shipped'],
    ['运输中', 'shipped'],
    ['已签收', 'delivered'],
    ['已送达', 'delivered'],
    ['交易成功', 'completed'],
    ['已完成', 'completed'],
    ['完成', 'completed'],
    ['交易关闭', 'cancelled'],
    ['已取消', 'cancelled'],
    ['订单关闭', 'cancelled'],
    ['退款中', 'refund_requested'],
    ['申请退款', 'refund_requested'],
    ['售后中', 'refund_requested'],
    ['退款申请中', 'refund_requested'],
    ['退款成功', 'refunded'],
    ['已退款', 'refunded'],
    ['退货中', 'return_requested'],
    ['申请退货', 'return_requested'],
    ['已退货', 'returned'],
    ['纠纷中', 'disputed'],
    ['平台介入', 'disputed'],
    ['投诉中', 'disputed'],
    ['Unshipped', 'awaiting_shipment'],
    ['Awaiting shipment', 'awaiting_shipment'],
    ['Unfulfilled', 'awaiting_shipment'],
    ['Paid', 'awaiting_shipment'],
    ['Processing', 'awaiting_shipment'],
    ['Pending', 'awaiting_payment'],
    ['Awaiting payment', 'awaiting_payment'],
    ['Payment pending', 'awaiting_payment'],
    ['Unpaid', 'awaiting_payment'],
    ['Shipped', 'shipped'],
    ['Fulfilled', 'shipped'],
    ['In transit', 'shipped'],
    ['Partially fulfilled', 'shipped'],
    ['Delivered', 'delivered'],
    ['Completed', 'completed'],
    ['Canceled', 'cancelled'],
    ['Cancelled', 'cancelled'],
    ['Voided', 'cancelled'],
    ['Refund requested', 'refund_requested'],
    ['Refunded', 'refunded'],
    ['Partially refunded', 'refunded'],
    ['On hold', 'awaiting_payment'],
    ['Failed', 'cancelled'],
    ['Complete', 'completed'],
    ['Out for delivery', 'shipped'],
    ['Partially shipped', 'shipped'],
    ['退款完成', 'refunded'],
    ['部分退款', 'refunded'],
    ['部分发货', 'shipped'],
    ['买家拒收', 'returned'],
    ['Payment review', 'awaiting_payment'],
    ['Payment accepted', 'awaiting_shipment'],
    ['Awaiting bank wire payment', 'awaiting_payment'],
    ['Processing in progress', 'awaiting_shipment'],
    ['In progress', 'awaiting_shipment'],
    ['Done', 'completed'],
    ['Not fulfilled', 'awaiting_shipment'],
    ['Declined', 'cancelled'],
    ['待配货', 'awaiting_shipment'],
    ['已揽收', 'shipped'],
    ['派送中', 'shipped'],
    ['已妥投', 'delivered'],
    ['Return requested', 'return_requested'],
    ['Returned', 'returned'],
    ['Disputed', 'disputed'],
    ['Chargeback', 'disputed'],
    ['A-to-z claim', 'disputed'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, known: true });
  });
});

describe('parseStatus: messy cells', () => {
  it.each<[string, OrderStatus]>([
    ['  PARTIALLY   refunded ', 'refunded'],
    ['awaiting\u00a0SHIPMENT', 'awaiting_shipment'],
    ['待发货\n详情', 'awaiting_shipment'],
    ['交易成功 查看物流', 'completed'],
    ['卖家已发货 查看物流', 'shipped'],
    // A request still open beside the fulfilment state is what the seller answers next.
    ['已发货\n退款申请中', 'refund_requested'],
    ['待发货 退款中', 'refund_requested'],
    ['Shipped · Return requested', 'return_requested'],
    ['已发货 平台介入', 'disputed'],
    // A finished refund beside it stays second (it may be one item's); otherwise the earliest phrase wins.
    ['待发货\n退款成功', 'awaiting_shipment'],
    ['交易成功 已签收', 'completed'],
    ['等待卖家发货', 'awaiting_shipment'],
    ['备货中', 'awaiting_shipment'],
    ['等待买家确认收货', 'shipped'],
    ['已发货，待签收', 'shipped'],
    ['Unfulfilled · Paid', 'awaiting_shipment'],
    ['Shipped (2 of 3)', 'shipped'],
    ['Payment pending\nUnfulfilled', 'awaiting_payment'],
    ['Partially fulfilled, refunded', 'shipped'],
  ])('%j → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, known: true });
  });

  it.each(['', '   ', '审核中', 'Unshippable', 'Incomplete', 'constructor'])('%j is unknown', (text) => {
    expect(parseStatus(text)).toEqual({ status: 'unknown', known: false });
  });
});

describe('parseStatus: adapter vocabulary', () => {
  const pinduoduo: Readonly<Record<string, OrderStatus>> = {
    待发货: 'awaiting_shipment',
    已发货待签收: 'shipped',
    已签收: 'completed',
    'Closed': 'cancelled',
  };

  it('wins over the default vocabulary', () => {
    expect(parseStatus('已签收', pinduoduo)).toEqual({ status: 'completed', known: true });
    expect(parseStatus('已发货待签收', pinduoduo)).toEqual({ status: 'shipped', known: true });
    expect(parseStatus('closed', pinduoduo)).toEqual({ status: 'cancelled', known: true });
  });

  it('falls back to the default vocabulary for other words', () => {
    expect(parseStatus('退款成功', pinduoduo)).toEqual({ status: 'refunded', known: true });
    expect(parseStatus('closed')).toEqual({ status: 'unknown', known: false });
  });
});

describe('combineStatuses (page reader and report import alike)', () => {
  it.each([
    // fulfilment, after-sales, payment → status, raw
    [{ fulfilment: '待发货', afterSales: '退款中' }, 'refund_requested', '待发货 / 退款中'],
    [{ fulfilment: '待发货', afterSales: '无售后' }, 'awaiting_shipment', '待发货'],
    // One item refunded before shipping (a whole refund closes the trade): the rest is still to ship.
    [{ fulfilment: '买家已付款', afterSales: '退款成功' }, 'awaiting_shipment', '买家已付款'],
    [{ fulfilment: '交易关闭', afterSales: '退款成功' }, 'refunded', '交易关闭 / 退款成功'],
    [{ fulfilment: '退款中', afterSales: '退款成功' }, 'refund_requested', '退款中'],
    [{ fulfilment: 'Fulfilled', payment: 'Refunded' }, 'refunded', 'Refunded / Fulfilled'],
    [{ fulfilment: 'Unfulfilled', payment: 'Pending' }, 'awaiting_payment', 'Pending / Unfulfilled'],
    [{ fulfilment: 'Fulfilled', payment: 'Voided' }, 'shipped', 'Voided / Fulfilled'],
    [{ fulfilment: 'Unfulfilled', payment: 'Paid' }, 'awaiting_shipment', 'Paid / Unfulfilled'],
    // A payment column alone says nothing about the parcel.
    [{ fulfilment: '', payment: 'Paid' }, 'unknown', 'Paid'],
  ] as const)('%j → %s', (parts, status, statusRaw) => {
    expect(combineStatuses(parts)).toEqual({ status, statusRaw });
  });
});
