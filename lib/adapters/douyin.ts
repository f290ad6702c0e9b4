/**
 * Douyin 抖店 › 订单 › 订单管理 (fxg.jinritemai.com/ffa/morder/order/list). One table from a
 * component library: Arco (`arco-table`, header and body in two <table>s) in the 2026-11 build,
 * Semi (`semi-table`, one table) in a later one; an order with several items spans rows.
 * The list shows no payment time, so the ship-by clock counts from 下单时间.
 */
import { withRules, type Adapter, type PageAdapter, type TestUrls } from './types';

const HOST = 'fxg.jinritemai.com';

export const douyinPage: PageAdapter = {
  id: 'douyin',
  marketplace: 'douyin',
  label: { en: 'Douyin Shop orders', zh: '抖店 订单管理' },
  // 抖店 is one single-page app under /ffa/: the script must be there when the seller opens 订单管理 in-app.
  matches: [`https://${HOST}/ffa/*`],
  isOrderList: (url) =>
    url.protocol === 'https:' && url.hostname === HOST && /^\/ffa\/morder\/order\/list\/?$/.test(url.pathname),
  isOrderDetail: (url) =>
    url.protocol === 'https:' && url.hostname === HOST && /^\/ffa\/morder\/order\/detail\/?$/.test(url.pathname),
  layout: {
    kind: 'table',
    tables: [
      '.arco-table table', // 订单管理 2026-11: Arco, header and body in two tables (the reader pairs them)
      '.semi-table table', // later build: Semi Design, thead and tbody in one table
      'table', // any other table; the reader keeps the one with an order-number header
    ],
  },
  cellParts: {
    // 订单编号 cell: the number, then a 复制 (copy) button.
    orderId: { ignore: ['button', 'a'] },
    // 商品 cell: picture, title, then the 规格 line ("玫瑰；100g").
    item: { select: ['[class*="goodsName"]'] },
    sku: { column: 'item', select: ['[class*="goodsSku"]'] },
    // 实付金额 cell: "¥79.80" then "(含运费 ¥0.00)".
    paid: { select: ['[class*="_amount__"]', 'div'] },
    shipping: { column: 'paid', pattern: /运费\s*[:：]?\s*([¥￥]\s*[\d,.]+)/ },
  },
  emptyMarkers: ['暂无数据'],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const douyin: Adapter = /* @__PURE__ */ withRules(douyinPage, {
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  statusVocabulary: {
    待支付: 'awaiting_payment',
    待发货: 'awaiting_shipment',
    备货中: 'awaiting_shipment',
    部分发货: 'shipped',
    已发货: 'shipped',
    已完成: 'completed',
    // Closed before payment (timed out or cancelled); a refunded order says so in 售后状态.
    已关闭: 'cancelled',
    // 售后状态 column.
    售后中: 'refund_requested',
    退款中: 'refund_requested',
    待买家退货: 'return_requested',
    退款成功: 'refunded',
  },
});

/** URLs the checks above must accept and reject (see `TestUrls`); beside the adapter, not in it, so no content script carries them. */
export const testUrls: TestUrls = {
  match: [
    'https://fxg.jinritemai.com/ffa/morder/order/list',
    'https://fxg.jinritemai.com/ffa/morder/order/list?btm_ppre=a2427.b76571.c902327.d871297&btm_pre=a2427.b22741.c0.d0',
    'https://fxg.jinritemai.com/ffa/morder/order/list?tab=stock_up',
    'https://fxg.jinritemai.com/ffa/morder/order/list/',
  ],
  noMatch: [
    'https://fxg.jinritemai.com/ffa/morder/order/detail?id=6938812345678901001',
    'https://fxg.jinritemai.com/ffa/mshop/homepage/index',
    'https://fxg.jinritemai.com/ffa/maftersale/aftersale/list',
    'https://fxg.jinritemai.com/login/common',
    'https://haohuo.jinritemai.com/views/product/item2?id=3612345678901234567',
    'https://fxg.jinritemai.com.evil.example/ffa/morder/order/list',
    'http://fxg.jinritemai.com/ffa/morder/order/list',
  ],
  detail: ['https://fxg.jinritemai.com/ffa/morder/order/detail?id=6938812345678901001'],
};
