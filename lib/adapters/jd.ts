/**
 * JD 京东商家后台 › 订单 › 订单管理 (shop.jd.com/jdm, trade-order-jdm.jd.com, and the older porder.shop.jd.com list).
 * Each order is a block: a header line (订单编号, 下单时间, 付款时间 once paid), then one row
 * per item under the page's column headers; 买家, 订单金额 and 订单状态 span the item rows.
 * Class names are CSS modules with a build hash (`order-item_wrap__kL2p9`): match the stable part.
 *
 * Public evidence (searched code/pages 2026-12-06; file ids are the session search index's,
 * for files whose repository it does not name) CONTRADICTS the class names and header labels below:
 * - A 2026 content script for shop.jd.com/jdm/trade/orders/order-list ("基于2026新版京东商家后台DOM
 *   结构", file 70231603066) reads: list `.jd-scrollbar__view .table-body`, one `.card` per order;
 *   order number `.shop-order-id .order-info-btn span`; times in ONE cell
 *   `.order-time-info .shop-overflow-tooltip__content` as "2026-08-06 01:22:42 下单，2026-08-06
 *   01:25:04 付款" (date BEFORE the word, no "下单时间：" label); items `.sku-info-list__item` with
 *   `.sku-name`, spec/货号/skuId in `.card-left__desc .config-view-item` (label
 *   `.config-view-item__label`, value `.config-view-item__value`), price and "x2" quantity in
 *   `.sku-info-card__right .config-view-item__value`; amount column `[prop="receivables"]` (first
 *   `.config-view-item__value`, a 运费 label beside); consignee column `[prop="consigneeInfo"]`
 *   (`.cons-address-text`, `.cons-mobile-phone-text`, buyer PIN `.user-pin`); status column
 *   `[prop="orderStatus"]` → `.order-status span`, 承诺发货时间 `.promise-out-ship-date
 *   .jd-only-child__content`; remark `.remark-cell__text`. Column cells are keyed by a `prop`
 *   attribute, not by header text.
 * - A 2024-08-28 userscript (@match shop.jd.com/jdm/trade/order/orderList*, file 20029388915)
 *   reads `.table-item-container` per order and `.goods-info-column .user-pin-cell-row`.
 * - The page's data: dsm.order.bff.orderListBffService.queryOrderPage → data.results[]
 *   {orderCreateTime, paymentConfirmTime, orderItems[].skuId/jdPrice/num,
 *   orderStatusInfo.orderStatusName: 已完成/已取消/已出库} (file 70935100223, "2026-09-28").
 * No public source found for `order-list_thead`, `order-item_wrap/header/orderId/body`,
 * `goods_title`, `goods_sku`, `buyer_pin`, `order-amount_payable`.
 */
import { profileRules, withRules, type Adapter, type PageAdapter, type TestUrls } from './types';
import { jd as jdProfile } from '../marketplaces/jd';

export const jdPage: PageAdapter = {
  id: 'jd',
  marketplace: 'jd',
  label: { en: 'JD order management', zh: '京东 订单管理' },
  matches: [
    // 京麦 web is one single-page app: the script must be there when the seller opens 订单管理 in-app.
    // Shape: shop.jd.com/jdm/trade/orders/order-list (files 70231603066, 57406475123, 70935100223), seen 2026-12-06.
    'https://shop.jd.com/jdm/*',
    // Shape: porder.shop.jd.com/order/orderlist/allOrders?t=… (file 37913540831), …/waitInnerShip (file 21261590127), seen 2026-12-06.
    'https://porder.shop.jd.com/order/*',
    // Shape: trade-order-jdm.jd.com/orderList/waitOut (fulfilment) and …/orderList (abnormal orders), routes of a 2026
    // collector (file 63153854660), seen 2026-12-06.
    'https://trade-order-jdm.jd.com/orderList*',
  ],
  isOrderList(url) {
    if (url.protocol !== 'https:') return false;
    // Shape: /jdm/trade/orders/order-list?tabType=allOrders|waitOut (files 57406475123, 17283850683), seen 2026-12-06.
    // Shape: /jdm/trade/order/orderList (singular "order", camelCase; a 2024 userscript @match …/orderList*, file
    // 20029388915, and a scraper, file 57845891721, whose note says the new console routes under /jdm/trade/orders/), seen 2026-12-06.
    if (url.hostname === 'shop.jd.com') return /^\/jdm\/trade\/(?:orders\/order-list|order\/orderList)\/?$/.test(url.pathname);
    // Shape: tab names allOrders, notPay, suspend, waitOut, hadOut, completed, canceled, locked (file 40977532691),
    // waitInnerShip (file 21261590127), seen 2026-12-06.
    if (url.hostname === 'porder.shop.jd.com') return /^\/order\/orderlist\/[A-Za-z]+\/?$/.test(url.pathname);
    // Shape: trade-order-jdm.jd.com/orderList/waitOut, a tab of the order list on its own host (file 63153854660), seen
    // 2026-12-06. The bare /orderList (that file's "abnormal" route) is not accepted: no source shows which list it is.
    if (url.hostname === 'trade-order-jdm.jd.com') return /^\/orderList\/[A-Za-z]+\/?$/.test(url.pathname);
    return false;
  },
  isOrderDetail(url) {
    if (url.protocol !== 'https:') return false;
    // Shape: public code opens /jdm/trade/orders/order-details?orderId=… ("order-details", PLURAL; files
    // 68937537685, 68846707382, 60249179697, 69386200527), seen 2026-12-06; the singular form is kept as it was.
    if (url.hostname === 'shop.jd.com') return /^\/jdm\/trade\/orders\/order-details?\/?$/.test(url.pathname);
    // Public code has the older detail on neworder.shop.jd.com/order/orderDetail?orderId= (file 13066297464) and
    // delivery at porder.shop.jd.com/order/singleOut/<id> (file 1487304583); no public source for porder's orderDetail. Seen 2026-12-06.
    if (url.hostname === 'porder.shop.jd.com') return /^\/order\/orderDetail\/?$/.test(url.pathname);
    return false;
  },
  layout: {
    kind: 'blocks',
    // No public source found (searched code 2026-12-06). The 2026 list keys columns by `[prop="…"]` (file 70231603066).
    columnHeaders: [
      '[class*="order-list_thead"] th', // 订单管理 2026-11: one header table above the order blocks
    ],
    // Public code reads one order as `.jd-scrollbar__view .table-body .card` (2026, file 70231603066) or
    // `.table-item-container` (2024, file 20029388915) instead, seen 2026-12-06.
    block: [
      '[class*="order-item_wrap"]', // 订单管理 2026-11: one wrapper per order
    ],
    // No public source found for `order-item_header`; public code reads the number and times from
    // `.shop-order-id` and `.order-time-info` inside the card (file 70231603066), seen 2026-12-06.
    blockHeader: [
      '[class*="order-item_header"]', // 订单管理 2026-11: the line holding 订单编号 and the times
      ':scope > div:first-child', // same line when the hashed class is renamed
    ],
    // Public code reads `.shop-order-id .order-info-btn span` instead (file 70231603066), seen 2026-12-06.
    anchor: [
      '[class*="order-item_orderId"]', // 订单管理 2026-11: the span holding the order number
    ],
    // Public code reads items as `.sku-info-list__item` (not table rows; file 70231603066), seen 2026-12-06.
    itemRows: [
      '[class*="order-item_body"] tr', // 订单管理 2026-11: one <tr> per item
      'table tr', // item rows when the hashed class is renamed
    ],
    // Public code reads the times as "<date> 下单，<date> 付款" (date first, no "时间：" label; file 70231603066),
    // so the placedAt/paidAt patterns below do not match that text, seen 2026-12-06. No public source found
    // for a "订单编号：" label on the 2026 list (the number sits alone in `.shop-order-id`). On the older porder list
    // (2023, `#order-shop-content`, file 21261590127) each order is its own pair of tables: the number is the link in
    // the first table's `thead th > div > span`, the items are the second table's `tbody tr` (price in td 3, remark td 6).
    headerFields: {
      orderId: { label: '订单编号', pattern: /订单编号\s*[:：]\s*(\d{9,})/ },
      placedAt: { label: '下单时间', pattern: /下单时间\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)/ },
      // Shown only once the order is paid.
      paidAt: { label: '付款时间', pattern: /付款时间\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)/ },
    },
  },
  cellParts: {
    // 商品信息 cell: picture, title link, 规格 line, 商品编号 line.
    // Public code reads `.sku-name` and the label-less `.card-left__desc .config-view-item__value` (file 70231603066) instead.
    item: { select: ['[class*="goods_title"]', 'a[href*="item.jd.com"]'] },
    sku: { column: 'item', select: ['[class*="goods_sku"]'] },
    // 买家 cell: the buyer's PIN, then a 联系买家 link.
    // Public code reads the PIN as `.user-pin` in the consignee column (2026, file 70231603066) or the span after
    // a button in `.user-pin-cell-row` (2024, file 20029388915), seen 2026-12-06.
    buyer: { select: ['[class*="buyer_pin"]'], ignore: ['a'] },
    // 订单金额 cell: lines "应付金额：¥57.00", "(含运费：¥8.00)", "在线支付". The whole first line
    // after 应付金额 is the value, so a broken amount is reported, never replaced by the freight.
    // Public code reads the amount as the first `.config-view-item__value` of `[prop="receivables"]` (应收, not
    // 应付金额) with a 运费 `.config-view-item__label` beside it (file 70231603066), seen 2026-12-06. No public
    // source found for the "应付金额：" label.
    // A cell that shows the amount without the label (no public source has the label either) gives its first line.
    paid: { select: ['[class*="order-amount_payable"]', 'div:first-child'], pattern: /^(?:.*?应付金额\s*[:：]\s*)?(.+)/ },
    shipping: { column: 'paid', pattern: /运费\s*[:：]\s*([¥￥]\s*[\d,.]+)/ },
    // 订单状态 cell: the status, the 承诺发货 time under it, then an 订单详情 link.
    // Shape: status text in `[prop="orderStatus"] .order-status span` (file 70231603066), seen 2026-12-06.
    status: { ignore: ['a', '[class*="promise-out-ship-date"]'] },
    // 承诺发货时间 (the promise the late-shipment rule judges), shown in the status column under the status.
    // Shape: `[prop="orderStatus"] .promise-out-ship-date .jd-only-child__content`, read as the promised ship time by a
    // 2026 content script (file 70231603066), seen 2026-12-06. No public source shows its text: the date and time are taken from it.
    shipBy: {
      column: 'status',
      select: ['[class*="promise-out-ship-date"] [class*="jd-only-child__content"]', '[class*="promise-out-ship-date"]'],
      pattern: /(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)/,
    },
  },
  // No public source found for either text (searched code 2026-12-06).
  emptyMarkers: ['暂无数据', '没有查询到符合条件的订单'],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const jd: Adapter = /* @__PURE__ */ withRules(jdPage, /* @__PURE__ */ profileRules(jdProfile, {
  // Shape: 等待出库, 等待确认收货, 完成 (FINISHED_L), 暂停 (PAUSE), 已锁定 (LOCKED), 取消 (TRADE_CANCELED) are the
  // open API's order_state names (files 47189090667, 29150772807), seen 2026-12-06. The 2026 list shows other
  // texts: 待付款 and 已取消 (file 70231603066), orderStatusName 已完成/已取消/已出库 (file 70935100223), tabs
  // 未付款/暂停/待出库/已出库/已完成/已取消/已锁定 (file 40977532691). Chinese words match anywhere in the cell, so
  // 已锁定 meets 锁定 and the shared words cover 待付款/未付款/已完成; 待出库 and 已出库 match no word here or in
  // the shared list.
  statusVocabulary: {
    等待付款: 'awaiting_payment',
    等待出库: 'awaiting_shipment',
    等待确认收货: 'shipped',
    完成: 'completed',
    已取消: 'cancelled',
    // JD locks an order while the buyer's cancellation (and its refund) waits for the seller.
    锁定: 'refund_requested',
    // Paused by the seller or by JD: neither to ship nor closed, so no status is guessed.
    暂停: 'unknown',
  },
}));

/** URLs the checks above must accept and reject (see `TestUrls`); beside the adapter, not in it, so no content script carries them. */
export const testUrls: TestUrls = {
  match: [
    'https://shop.jd.com/jdm/trade/orders/order-list',
    'https://shop.jd.com/jdm/trade/orders/order-list?orderStatus=WAIT_SELLER_STOCK_OUT',
    'https://shop.jd.com/jdm/trade/orders/order-list/',
    'https://porder.shop.jd.com/order/orderlist/allOrders',
    'https://porder.shop.jd.com/order/orderlist/waitOut?t=1795579200000',
    'https://shop.jd.com/jdm/trade/order/orderList',
    'https://shop.jd.com/jdm/trade/order/orderList?orderStatus=allOrders',
    'https://trade-order-jdm.jd.com/orderList/waitOut',
    'https://trade-order-jdm.jd.com/orderList/allOrders/',
  ],
  noMatch: [
    'https://shop.jd.com/jdm/trade/orders/order-detail?orderId=301234567801',
    'https://shop.jd.com/jdm/trade/orders/order-details?orderId=301234567801',
    'https://shop.jd.com/jdm/trade/order/orderDetail?orderId=301234567801',
    'https://shop.jd.com/jdm/home',
    'https://shop.jd.com/jdm/aftersale/list',
    'https://porder.shop.jd.com/order/orderDetail?orderId=301234567801',
    'https://order.jd.com/center/list.action',
    'https://shop.jd.com.evil.example/jdm/trade/orders/order-list',
    'http://shop.jd.com/jdm/trade/orders/order-list',
    'https://trade-order-jdm.jd.com/orderList',
    'https://trade-order-jdm.jd.com/orderDetail?orderId=301234567801',
    'https://trade-order-jdm.jd.com.evil.example/orderList/waitOut',
  ],
  detail: [
    'https://shop.jd.com/jdm/trade/orders/order-detail?orderId=301234567801',
    'https://shop.jd.com/jdm/trade/orders/order-details?orderId=301234567801',
    'https://porder.shop.jd.com/order/orderDetail?orderId=301234567801',
  ],
};
