/**
 * Douyin 抖店 › 订单 › 订单管理 (fxg.jinritemai.com/ffa/morder/order/list, the same path on the other
 * HOSTS). One table from a component library: Arco (`arco-table`, header and body in two <table>s)
 * in the 2026-11 build, Semi (`semi-table`, one table) in a later one; an order with several items spans rows.
 * The list shows no payment time, so from its text alone the ship-by clock counts from 下单时间; on Chrome and
 * Edge the list's own searchlist answer gives the payment time and the latest time to ship (lib/pagedata/douyin.ts).
 *
 * Public evidence (searched code/pages 2026-12-06; file ids are the session search index's,
 * for files whose repository it does not name) CONTRADICTS the component library and layout:
 * - Every public reader of 订单管理 found uses ByteDance's Auxo table, not Arco or Semi:
 *   `div.auxo-spin-container div.auxo-table-container div.auxo-table-content
 *   tbody.auxo-table-tbody`, rows `tr.auxo-table-row` ("抖店-多功能脚本" v1.6, @match
 *   …/ffa/morder/order/list*, file 32228971467; greasyfork 481352 "导出订单", file 17647095005;
 *   a multi-console userscript, file 31272437642; Playwright crawlers, files 21855637408, 47438643518).
 * - Rows come in pairs per order: `tr.auxo-table-row-level-0` is the order's header row
 *   (data-row-key = order id; `div[class^="index_leftWrapper"]` spans "订单编号 <digits>" and
 *   "下单时间 <YYYY/MM/DD hh:mm:ss>", no colon, slashes in the date: the script's own regexes), then one
 *   `tr.auxo-table-row-level-1` per item (class `index_table-row__…`), the last
 *   `auxo-pair-group-row-last` holding 商家备注/买家留言. That is a blocks layout (header row +
 *   item rows), not a one-row-per-order table.
 * - Cells: title `div[class^="style_name"]`, spec "玫瑰 x2" `div[class^="style_desc"]`, unit price
 *   `div[class^="table_comboAmount"]`, count `table_comboNum`, paid `div[class^="index_payAmount"]`
 *   (or `index_amountWrap___…`, greasyfork 528619, file 17178563538), buyer
 *   `a[class^="table_nickname"]`, address `index_locationDetail`; an older build marks orders with
 *   `div[data-kora_order_status]` (file 32228971467).
 */
import { profileRules, withRules, type Adapter, type PageAdapter, type TestUrls } from './types';
import { douyin as douyinProfile } from '../marketplaces/douyin';

/**
 * Hosts that serve the 抖店 console. Shape: fxg.jinritemai.com (below); dmall.jinritemai.com/ffa/morder/order/list
 * (@match of a 2024-01-23 userscript, file 17500296954, and its versions 17264098868, 17318615941); doudian.douyinec.com,
 * which public code names the same 抖音商城 console beside fxg (its login/common; files 57506604478, 68365637133), seen
 * 2026-12-06. No public source found for an order-list URL on doudian.douyinec.com: its path is assumed to be fxg's.
 */
const HOSTS: ReadonlySet<string> = /* @__PURE__ */ new Set(['fxg.jinritemai.com', 'dmall.jinritemai.com', 'doudian.douyinec.com']);
const onConsole = (url: URL): boolean => url.protocol === 'https:' && HOSTS.has(url.hostname);

export const douyinPage: PageAdapter = {
  id: 'douyin',
  marketplace: 'douyin',
  label: { en: 'Douyin Shop orders', zh: '抖店 订单管理' },
  // 抖店 is one single-page app under /ffa/: the script must be there when the seller opens 订单管理 in-app.
  // Shape: @match https://fxg.jinritemai.com/ffa/morder/order/list* (file 32228971467, greasyfork 528619 file
  // 17178563538), …/ffa/morder/order/* (greasyfork 481352, file 17647095005), seen 2026-12-06. The other hosts in
  // HOSTS are matched alike.
  matches: /* @__PURE__ */ [...HOSTS].map((host) => `https://${host}/ffa/*`),
  isOrderList: (url) => onConsole(url) && /^\/ffa\/morder\/order\/list\/?$/.test(url.pathname),
  // No public source found for /ffa/morder/order/detail (searched code 2026-12-06: no hit for the path).
  isOrderDetail: (url) => onConsole(url) && /^\/ffa\/morder\/order\/detail\/?$/.test(url.pathname),
  layout: {
    kind: 'table',
    // Public code reads `.auxo-table-content table` / `tbody.auxo-table-tbody` instead (files 32228971467,
    // 17647095005, 21855637408), seen 2026-12-06. No public source found for `.arco-table` or `.semi-table`
    // on 订单管理; only the plain 'table' fallback below would meet the Auxo table.
    tables: [
      '.arco-table table', // 订单管理 2026-11: Arco, header and body in two tables (the reader pairs them)
      '.semi-table table', // later build: Semi Design, thead and tbody in one table
      'table', // any other table; the reader keeps the one with an order-number header
    ],
  },
  cellParts: {
    // 订单编号 cell: the number, then a 复制 (copy) button.
    // Public code reads the id from the header row's data-row-key or "订单编号 <digits>" (no colon) in its
    // `index_leftWrapper` (file 32228971467); ids are 19 digits (e.g. 6953489890610190242 in a test, file 56444425578), seen 2026-12-06.
    orderId: { ignore: ['button', 'a'] },
    // 商品 cell: picture, title, then the 规格 line ("玫瑰；100g").
    // Public code reads `div[class^="style_name"]` and `div[class^="style_desc"]` (spec then "x<qty>") instead
    // (files 32228971467, 17647095005), or `div.index_ellipsis__…` lines (file 47438643518), seen 2026-12-06.
    // No public source found for `goodsName` / `goodsSku`.
    item: { select: ['[class*="goodsName"]'] },
    sku: { column: 'item', select: ['[class*="goodsSku"]'] },
    // 实付金额 cell: "¥79.80" then "(含运费 ¥0.00)".
    // Public code reads `div[class^="index_payAmount"]` (file 32228971467) or `.index_amountWrap___vXdu`
    // (file 17178563538) instead; `[class*="_amount__"]` matches neither ("_amountWrap___", "_payAmount…").
    // A crawler reads the cell text as "<payment method>¥79.80" (file 47438643518). Seen 2026-12-06.
    paid: { select: ['[class*="_amount__"]', 'div'] },
    // 买家信息 cell: the buyer's nickname, then the masked receiver and address.
    // Shape: nickname `a[class^="table_nickname"]` and address `div[class^="index_locationDetail"]` in the order's
    // row ("抖店-多功能脚本" v1.6, file 32228971467, which exports it as 买家昵称), seen 2026-12-06. No public source
    // found for the column's header text.
    buyer: { select: ['[class*="table_nickname"]'] },
    shipping: { column: 'paid', pattern: /运费\s*[:：]?\s*([¥￥]\s*[\d,.]+)/ },
  },
  // No public source found for the list's empty text (searched code 2026-12-06).
  emptyMarkers: ['暂无数据'],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const douyin: Adapter = /* @__PURE__ */ withRules(douyinPage, /* @__PURE__ */ profileRules(douyinProfile, {
  // Shape: 订单状态 texts 待发货, 卖家已发货, 交易成功 (a userscript reading the 7th cell, file 31272437642), seen
  // 2026-12-06; 卖家已发货 meets 已发货 here and 交易成功 the shared words. No public source found for 备货中,
  // 部分发货, 已关闭, 待买家退货 as list texts; a crawler reads 售后状态 as its own cell ("-" when none, file 47438643518).
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
}));

/** URLs the checks above must accept and reject (see `TestUrls`); beside the adapter, not in it, so no content script carries them. */
export const testUrls: TestUrls = {
  match: [
    'https://fxg.jinritemai.com/ffa/morder/order/list',
    'https://fxg.jinritemai.com/ffa/morder/order/list?btm_ppre=a2427.b76571.c902327.d871297&btm_pre=a2427.b22741.c0.d0',
    'https://fxg.jinritemai.com/ffa/morder/order/list?tab=stock_up',
    'https://fxg.jinritemai.com/ffa/morder/order/list/',
    'https://dmall.jinritemai.com/ffa/morder/order/list',
    'https://doudian.douyinec.com/ffa/morder/order/list',
    'https://doudian.douyinec.com/ffa/morder/order/list?tab=stock_up',
  ],
  noMatch: [
    'https://fxg.jinritemai.com/ffa/morder/order/detail?id=6938812345678901001',
    'https://fxg.jinritemai.com/ffa/mshop/homepage/index',
    'https://fxg.jinritemai.com/ffa/maftersale/aftersale/list',
    'https://fxg.jinritemai.com/login/common',
    'https://haohuo.jinritemai.com/views/product/item2?id=3612345678901234567',
    'https://fxg.jinritemai.com.evil.example/ffa/morder/order/list',
    'http://fxg.jinritemai.com/ffa/morder/order/list',
    'https://doudian.douyinec.com/login/common',
    'https://dmall.jinritemai.com/ffa/mshop/homepage/index',
    'https://doudian.douyinec.com.evil.example/ffa/morder/order/list',
  ],
  detail: ['https://fxg.jinritemai.com/ffa/morder/order/detail?id=6938812345678901001'],
};
