/**
 * Pinduoduo 拼多多商家后台 › 发货管理 › 订单查询 (mms.pinduoduo.com/orders/list). One table from
 * the console's own component library (beast-core: `TB_table_<version>` classes and
 * `data-testid="beast-core-table…"`), one row per order. The list has no order time of its
 * own: 成团时间 (the group formed, which needs payment) is both the order and payment time,
 * and 承诺发货时间 is the console's promise the late-shipment deduction is judged by.
 */
import { withRules, type Adapter, type PageAdapter, type TestUrls } from './types';

const HOST = 'mms.pinduoduo.com';

export const pinduoduoPage: PageAdapter = {
  id: 'pinduoduo',
  marketplace: 'pinduoduo',
  label: { en: 'Pinduoduo orders', zh: '拼多多 订单查询' },
  matches: [`https://${HOST}/orders/*`],
  isOrderList: (url) => url.protocol === 'https:' && url.hostname === HOST && /^\/orders\/list\/?$/.test(url.pathname),
  isOrderDetail: (url) =>
    url.protocol === 'https:' && url.hostname === HOST && /^\/orders\/detail\/?$/.test(url.pathname),
  layout: {
    kind: 'table',
    tables: [
      '[data-testid="beast-core-table"] table', // 订单查询 2026-11: beast-core table, header and body in one <table>
      'table[class*="TB_tableWrapper"]', // same table if the data-testid is dropped (class suffix is the library version)
      'table', // any other table; the reader keeps the one with an order-number header
    ],
  },
  headerSynonyms: {
    // 成团时间: the group formed after payment; the list shows no separate payment time.
    paidAt: ['成团时间'],
  },
  cellParts: {
    // 订单号 cell: the number, then a 复制 (copy) link.
    orderId: { ignore: ['a'] },
    // No 下单时间 column: the order counts as placed when its group formed (see paidAt).
    placedAt: { column: 'paidAt' },
    // 商品 cell: thumbnail, title, then the 规格 line.
    item: { select: ['[class*="goodsName"]'] },
    sku: { column: 'item', select: ['[class*="goodsSpec"]'] },
    // 实收金额 cell: "¥59.90" then "(含运费：¥0.00)".
    paid: { select: ['[class*="order-list_amount_"]', 'div'] },
    shipping: { column: 'paid', pattern: /运费\s*[:：]\s*([¥￥]\s*[\d,.]+)/ },
    // 快递单号 cell: the carrier's name above the number, or "-" before shipping.
    trackingNo: { select: ['[class*="expressNo"]'] },
    carrier: { column: 'trackingNo', select: ['[class*="expressCompany"]'] },
  },
  emptyMarkers: ['暂无数据'],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const pinduoduo: Adapter = /* @__PURE__ */ withRules(pinduoduoPage, {
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  statusVocabulary: {
    待支付: 'awaiting_payment',
    待发货: 'awaiting_shipment',
    '已发货，待签收': 'shipped',
    已签收: 'delivered',
    已取消: 'cancelled',
    // A refunded order keeps its shipping state in front: the refund is what counts.
    '未发货，退款成功': 'refunded',
    '已发货，退款成功': 'refunded',
    退款中: 'refund_requested',
    售后处理中: 'refund_requested',
    退款成功: 'refunded',
  },
});

/** URLs the checks above must accept and reject (see `TestUrls`); beside the adapter, not in it, so no content script carries them. */
export const testUrls: TestUrls = {
  match: [
    'https://mms.pinduoduo.com/orders/list',
    'https://mms.pinduoduo.com/orders/list?msfrom=mms_sidenav',
    'https://mms.pinduoduo.com/orders/list?type=0&tab=1',
    'https://mms.pinduoduo.com/orders/list/',
  ],
  noMatch: [
    'https://mms.pinduoduo.com/orders/detail?type=4399&sn=241120-258301446712345',
    'https://mms.pinduoduo.com/home/',
    'https://mms.pinduoduo.com/aftersales/aftersale_list',
    'https://mms.pinduoduo.com/print/order',
    'http://mms.pinduoduo.com/orders/list',
    'https://mms.pinduoduo.com.evil.example/orders/list',
    'https://mobile.yangkeduo.com/orders.html',
  ],
  detail: [
    'https://mms.pinduoduo.com/orders/detail?type=4399&sn=241120-258301446712345',
    'https://mms.pinduoduo.com/orders/detail?sn=241120-258301446712345',
  ],
};
