/**
 * Pinduoduo 拼多多商家后台 › 发货管理 › 订单查询 (mms.pinduoduo.com/orders/list). One table from
 * the console's own component library (beast-core: `TB_table_<version>` classes and
 * `data-testid="beast-core-table…"`), one row per order. The list has no order time of its
 * own: 成团时间 (the group formed, which needs payment) is both the order and payment time,
 * and 承诺发货时间 is the console's promise the late-shipment deduction is judged by.
 *
 * Public evidence (searched code/pages 2026-12-06; file ids are the session search index's,
 * for files whose repository it does not name) CONTRADICTS the one-row-per-order table:
 * - greasyfork script 420453 "同步pdd订单信息到服务器" (windeng, @match mms.pinduoduo.com/orders/list,
 *   file 17625273996) reads `.package-center-table`, one <div> per order: its first child is a
 *   header line "订单编号：<sn>" with "订单成交时间：…" and "承诺发货时间：…" beside it, then a <table>
 *   whose cells are [0] goods (`.goods-record-container`: image, title, "ID:…", "商家编码:…", spec
 *   last), [1] status (first text node), [2] quantity, [3] 商品总价, [4] 实收金额, [5] receiver,
 *   [6] buyer nickname. Another userscript (file 44373908969) and an extension (file 11919016243)
 *   wait for the same `.package-center-table`.
 * - A selenium tool (file 13315559547, Chrome 98) reads `#order-content`, one <tbody> per order,
 *   the order number from the "复制" link's data-clipboard-text.
 * - That is a blocks layout (header line + item table per order), like Taobao's, with 订单成交时间
 *   in the header line rather than a 成团时间 column. Component classes carry the beast-core
 *   version (`BTN_outerWrapper_4-103-1`, `PGT_sizeSelect_4-103-1`, `MDL_header_4-73-0`).
 * - Data: POST /mangkhut/mms/recentOrderList (groupStartTime/groupEndTime filter, result.pageItems;
 *   file 53379525249), detail POST /mangkhut/mms/orderDetail {order_sn}; the CS API returns
 *   orderSn, orderStatusStr, orderAmount, trackingNumber (file 61299418073). Seen 2026-12-06.
 */
import { profileRules, withRules, type Adapter, type PageAdapter, type TestUrls } from './types';
import { pinduoduo as pinduoduoProfile } from '../marketplaces/pinduoduo';

const HOST = 'mms.pinduoduo.com';

export const pinduoduoPage: PageAdapter = {
  id: 'pinduoduo',
  marketplace: 'pinduoduo',
  label: { en: 'Pinduoduo orders', zh: '拼多多 订单查询' },
  // Shape: @match https://mms.pinduoduo.com/orders/list (file 17625273996, file 44391492105), ORDER_LIST_URL
  // …/orders/list?msfrom=mms_sidenav&tab=0 (files 58511175856, 59073351890), …/orders/list?type=0 (file 11224283987), seen 2026-12-06.
  matches: [`https://${HOST}/orders/*`],
  isOrderList: (url) => url.protocol === 'https:' && url.hostname === HOST && /^\/orders\/list\/?$/.test(url.pathname),
  // Shape: …/orders/detail?type=4399&sn=<YYMMDD-15 digits> (file 290682013, 11110427510) and …/orders/detail?sn=…
  // (files 55588960528, 70548350679), seen 2026-12-06.
  isOrderDetail: (url) =>
    url.protocol === 'https:' && url.hostname === HOST && /^\/orders\/detail\/?$/.test(url.pathname),
  layout: {
    kind: 'table',
    // beast-core tables elsewhere on mms/Temu consoles carry data-testid "beast-core-table" with
    // "beast-core-table-middle-header" and "beast-core-table-middle-body" (header and body in TWO
    // <table>s; a fixture in file 69681128611), rows `tr[data-testid="beast-core-table-body-tr"]`,
    // body `tbody[data-testid="beast-core-table-middle-tbody"]`, row classes `TB_tr…` (files 37235029573,
    // 62096645685), seen 2026-12-06. Public code reads 订单查询 itself as `.package-center-table` blocks
    // instead (see above): no public source found for the order list being a beast-core table.
    tables: [
      '[data-testid="beast-core-table"] table', // 订单查询 2026-11: beast-core table, header and body in one <table>
      'table[class*="TB_tableWrapper"]', // same table if the data-testid is dropped (class suffix is the library version)
      'table', // any other table; the reader keeps the one with an order-number header
    ],
  },
  // Public code reads 订单成交时间 (header line, file 17625273996; the export CSV's column, files 56444425578,
  // 57457524333) and 承诺发货时间 (header line) instead of a 成团时间 column; 成团 appears only as the API's
  // groupStartTime filter (file 53379525249), seen 2026-12-06. 订单成交时间 is not in the shared dictionary.
  headerSynonyms: {
    // 成团时间: the group formed after payment; the list shows no separate payment time. A list that shows
    // 订单成交时间 or 成交时间 instead (the public code and export above) gives the same moment.
    paidAt: ['成团时间', '订单成交时间', '成交时间'],
  },
  cellParts: {
    // 订单号 cell: the number, then a 复制 (copy) link.
    // Shape: "复制" link with data-clipboard-text beside the number (file 13315559547); number format
    // 220216-179332719430230 (file 11110427510), 260607-400000294410900 (file 56444425578), seen 2026-12-06.
    orderId: { ignore: ['a'] },
    // No 下单时间 column: the order counts as placed when its group formed (see paidAt).
    placedAt: { column: 'paidAt' },
    // 商品 cell: thumbnail, title, then the 规格 line.
    // No public source found for `goodsName` / `goodsSpec` classes (searched code 2026-12-06). Public code reads
    // `.goods-record-container > div`: first child the title, last child the spec (file 17625273996).
    item: { select: ['[class*="goodsName"]'] },
    sku: { column: 'item', select: ['[class*="goodsSpec"]'] },
    // 实收金额 cell: "¥59.90" then "(含运费：¥0.00)".
    // No public source found for `order-list_amount_`. Public code reads 实收金额 as the whole text of the 5th
    // cell, 商品总价 the 4th (file 17625273996), seen 2026-12-06; the export calls it 商家实收金额(元) (file 57457524333).
    paid: { select: ['[class*="order-list_amount_"]', 'div'] },
    shipping: { column: 'paid', pattern: /运费\s*[:：]\s*([¥￥]\s*[\d,.]+)/ },
    // 商品总价 (read by the shared dictionary) is the 4th cell and the buyer's nickname the 7th in public code
    // (file 17625273996); the list's data carries goods_amount and nickname beside order_amount (joslynSmall/rcpdd
    // Pageitems.java), seen 2026-12-06. 买家 cell: the nickname, then a 联系买家 link.
    buyer: { ignore: ['a'] },
    // 快递单号 cell: the carrier's name above the number, or "-" before shipping.
    // No public source found for `expressNo` / `expressCompany` or a 快递单号 column on the list (searched
    // code 2026-12-06); the API field is trackingNumber (file 61299418073).
    trackingNo: { select: ['[class*="expressNo"]'] },
    carrier: { column: 'trackingNo', select: ['[class*="expressCompany"]'] },
  },
  // No public source found for the list's empty text (searched code 2026-12-06): beast-core's generic one.
  emptyMarkers: ['暂无数据'],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const pinduoduo: Adapter = /* @__PURE__ */ withRules(pinduoduoPage, /* @__PURE__ */ profileRules(pinduoduoProfile, {
  // Its status words are its profile's, shared with its order report (lib/marketplaces/pinduoduo.ts, with their sources).
}));

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
