/**
 * Taobao / Tmall 已卖出的宝贝 (sold items). Each order is a block: a header line with
 * 订单号 and 创建时间, then one row per item; the order-level cells (买家, 交易状态, 实收款)
 * span the item rows. Class names are CSS modules with a build hash: match the stable part.
 * The 千牛 workbench page (myseller.taobao.com or qn.taobao.com …/trade-platform/tp/sold) is recognised, but
 * there is no saved page of it yet: its selectors are not written, so reading it reports
 * "no order list …" instead of guessing.
 *
 * Public evidence (searched code/pages 2026-12-06; file ids are the session search index's,
 * for files whose repository it does not name):
 * - list_sold_items.htm: every public reader of the DOM found (the dated one is from 2016) keys each order
 *   on `div.trade-order-main` (full class `item-mod__trade-order___2LnGB trade-order-main`),
 *   whose first <table> is the header line and second holds one `tr.suborder-mod__item___dY2q5`
 *   per item: carycoti/myGM 淘宝订单.user.js (@match list_sold_items*), a tlk userscript
 *   (file 45373977324), an iOS scraper UIWebView+CHTrade.m (file 5665031372), a selenium
 *   TaobaoStore scraper (file 43318977656), a chaqz Chrome extension (file 33896867354), an
 *   order-sync bookmarklet (file 1097699703). None uses the `trade-order-mod__…` names below.
 * - The page's data comes from POST trade.taobao.com/trade/itemlist/asyncSold.htm
 *   (action=itemlist/SoldQueryAction): mainOrders[].id, orderInfo.createTime, buyer.nick,
 *   payInfo.actualFee, payInfo.postType "(含快递:￥…)", statusInfo.text, subOrders[].itemInfo
 *   {title, skuText[]}, quantity (largesky/shoperp net/ShopErp.App/Resources/TAOBAOJS.js; a
 *   pyppeteer spider, file 16012687752; a 2026 千牛 Playwright script, file 61971184378).
 * - 千牛 sold page: myseller.taobao.com/home.htm/trade-platform/tp/sold AND
 *   qn.taobao.com/home.htm/trade-platform/tp/sold (same route on a second host, matched alike).
 *   Its DOM (2026-03/04): one Fusion table per parent order,
 *   `div.next-table.next-table-medium div.next-table-body > table`; in its tbody the first <tr>
 *   is the order header, each later <tr> one sub-order (ShenHaiSu/Script-Collection
 *   src/Tmall-MySellerEnhance/action/getItemId/getItemId.action.ts, commit 7fc582a, 2026-04-20).
 *   Its fields, as a 2026 shop-ops spec lists them from the 千牛 订单中心 page (file 56256434397): 订单号,
 *   创建时间, 宝贝标题, 单价, 数量, 履约/售后状态 (e.g. 退款成功, 发货未超时), 交易状态 (e.g. 买家已付款,
 *   交易关闭), 实收款, 操作区 (详情, 寄件, 打单, 发货). Other 千牛 routes seen: …/tp/detail?bizOrderId=,
 *   …/tp/export-list, …/trade-platform/refund-list (files 70148287482, 69255719857).
 */
import type { Marketplace } from '../schema';
import { profileRules, withRules, type Adapter, type PageAdapter, type TestUrls } from './types';
import { taobao as taobaoProfile } from '../marketplaces/taobao';

const isSoldItemsPath = (path: string): boolean => path === '/trade/itemlist/list_sold_items.htm';
/** The 千牛 workbench serves the same routes on both hosts (see `matches`). */
const isQianniuHost = (host: string): boolean => host === 'myseller.taobao.com' || host === 'qn.taobao.com';

export const taobaoPage: PageAdapter = {
  id: 'taobao',
  marketplace: 'taobao',
  label: { en: 'Taobao / Tmall sold items', zh: '淘宝/天猫 已卖出的宝贝' },
  matches: [
    // Shape: carycoti/myGM 淘宝订单.user.js @match trade.taobao.com/trade/itemlist/list_sold_items*, seen 2026-12-06.
    'https://trade.taobao.com/trade/itemlist/*',
    // Shape: a userscript @match trade.tmall.com/trade/itemlist/list_sold_items.htm* (file 17350307290), seen 2026-12-06.
    'https://trade.tmall.com/trade/itemlist/*',
    // Shape: ShenHaiSu/Script-Collection src/Tmall-MySellerEnhance/meta.ts @match myseller.taobao.com/*, seen 2026-12-06.
    'https://myseller.taobao.com/*',
    // Shape: the same 千牛 app and routes on qn.taobao.com/* (same meta.ts; shopops crawler file 56282791055; a
    // playwright flag reader file 55591683832; …/tp/detail?bizOrderId= there, file 70664899806), seen 2026-12-06.
    'https://qn.taobao.com/*',
  ],
  isOrderList(url) {
    if (url.protocol !== 'https:') return false;
    if (url.hostname === 'trade.taobao.com' || url.hostname === 'trade.tmall.com') return isSoldItemsPath(url.pathname);
    if (isQianniuHost(url.hostname)) {
      // 千牛 workbench (2024–), on either host: the route is in the path or, in older builds, in the hash.
      // Shape (path form): myseller.taobao.com/home.htm/trade-platform/tp/sold in a 2026 千牛 Playwright script
      // (file 61971184378) and ShenHaiSu/Script-Collection (@match …/tp/sold*), seen 2026-12-06. ShenHaiSu's
      // getItemId.match.ts also treats …/trade-platform/tp/order as an order list. No public source found for the hash form.
      // Shape (qn.taobao.com): the same …/home.htm/trade-platform/tp/sold route (files 56282791055, 55591683832), seen 2026-12-06.
      return /^\/home\.htm\/?#?\/?trade-platform\/tp\/sold\b/.test(url.pathname + url.hash);
    }
    return false;
  },
  isOrderDetail(url) {
    // Shape: trade_item_detail.htm?bizOrderId= in many order tools (e.g. file 9549144170), tmall
    // /detail/orderDetail.htm?bizOrderId= (file 41663419966), 千牛 …/tp/detail?bizOrderId= on qn.taobao.com (file 70664899806), seen 2026-12-06.
    // Shape: trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=… and the tmall redirect to
    // orderDetail.htm?biz_order_id=…&forward_action= (snake_case param; file 71024333579, "2026-10-05 实测", an order tool
    // that opens it to find the seller's 旺旺 name, so possibly the buyer's view of the order), seen 2026-12-06.
    // Public code also opens trade.taobao.com/detail/orderDetail.htm?bizOrderId= (largesky/shoperp TAOBAOJS.js): not accepted here.
    if (url.protocol !== 'https:') return false;
    const bizOrderId = url.searchParams.has('bizOrderId');
    const snakeCase = url.searchParams.has('biz_order_id');
    if (url.hostname === 'trade.taobao.com') {
      return (
        (bizOrderId && url.pathname === '/trade/detail/trade_item_detail.htm') ||
        (snakeCase && url.pathname === '/trade/detail/trade_order_detail.htm')
      );
    }
    if (url.hostname === 'trade.tmall.com') return (bizOrderId || snakeCase) && url.pathname === '/detail/orderDetail.htm';
    if (isQianniuHost(url.hostname)) return bizOrderId && /^\/home\.htm\/?#?\/?trade-platform\/tp\/detail\b/.test(url.pathname + url.hash);
    return false;
  },
  marketplaceFor: (url): Marketplace => (url.hostname.endsWith('tmall.com') ? 'tmall' : 'taobao'),
  layout: {
    kind: 'blocks',
    // No public source found for either header class (searched code 2026-12-06: "trade-order-mod__" has no hit).
    // The class *pattern* `<part>-mod__<name>___<hash>` is confirmed (e.g. pagination-mod__show-more-page-button___txdoB,
    // tabs-mod__container___FSB_J in file 5665031372), seen 2026-12-06.
    columnHeaders: [
      '[class*="trade-order-mod__thead"] th', // list_sold_items.htm 2026-11: one header table above the blocks
      '[class*="item-mod__thead"] th', // same layout, earlier builds
    ],
    // Public code reads each order as `div.trade-order-main` / `[class*="item-mod__trade-order"]` instead
    // (carycoti/myGM 淘宝订单.user.js; files 45373977324, 5665031372, 43318977656, 1097699703), seen 2026-12-06.
    // No public source found for `trade-order-mod__order-wrap`.
    block: [
      '[class*="trade-order-mod__order-wrap"]', // list_sold_items.htm 2026-11: one wrapper per order
    ],
    // Public code reads the header line as the order's FIRST <table> (tables[0], file 1097699703) and its
    // `[class*="item-mod__checkbox-label"]` cell (spans: [2] order number, [5] 创建时间; file 5665031372), seen
    // 2026-12-06. No public source found for `item-mod__order-hd`; 'tbody:first-of-type' fits only if the
    // header and items share one table, which that code contradicts (two tables per order).
    blockHeader: [
      '[class*="item-mod__order-hd"]', // list_sold_items.htm 2026-11: tbody holding the header line
      'tbody:first-of-type', // header line when the hashed class is renamed
    ],
    // Public code takes the order number from `input[name="orderid"]` (value) inside the order
    // (file 43318977656) or the checkbox-label spans (file 5665031372), seen 2026-12-06. No public source for `item-mod__first-cell`.
    anchor: [
      '[class*="item-mod__first-cell"]', // list_sold_items.htm 2026-11: the cell holding 订单号
      'td', // first cell of the header line when the hashed class is renamed
    ],
    // Public code reads item rows as `tr[class*="suborder-mod__item"]` (tr.suborder-mod__item___dY2q5:
    // carycoti/myGM 淘宝订单.user.js, file 5665031372), or every <tr> of the order's second table (file 1097699703),
    // seen 2026-12-06. No public source found for `item-mod__order-bd`.
    itemRows: [
      '[class*="item-mod__order-bd"] > tr', // list_sold_items.htm 2026-11: one <tr> per item
      'tbody:not(:first-of-type) > tr', // item rows when the hashed class is renamed
    ],
    // Shape: 订单号 and 创建时间 on the header line agree with the asyncSold JSON (mainOrders[].id,
    // orderInfo.createTime; file 16012687752) and a 千牛 text parser splitting on "订单号" / "创建时间"
    // (shopops crawler, file 56282791055), seen 2026-12-06. Ids are 15–19 digits in every sample seen.
    headerFields: {
      orderId: { label: '订单号', pattern: /订单号\s*[:：]\s*(\d{6,})/ },
      placedAt: { label: '创建时间', pattern: /创建时间\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)/ },
    },
  },
  cellParts: {
    // 宝贝 cell: picture link, title link, then SKU lines (颜色分类：…) and service tags.
    // Public code reads the title as the 2nd <span> of the first <p> link in td[0] (files 1097699703, 45373977324) under
    // `[class*="production-mod__production"]`; no public source found for `production-mod__title`. Seen 2026-12-06.
    item: { select: ['[class*="production-mod__title"]', 'a[href*="item.htm"]'] },
    // Shape: `production-mod__sku-item___3s6lG` / `___3zYoT` (value in its 3rd <span>) in file 5665031372,
    // file 1097699703 and carycoti/myGM 淘宝订单.user.js, seen 2026-12-06.
    sku: { column: 'item', select: ['[class*="production-mod__sku-item"]'], join: '；' },
    // 交易状态 cell: the status, then links (详情, 查看物流) that are not part of it.
    // Shape: status cell is td[5] of the first item row, its text in `[class*="text-mod__link"]` (file 5665031372), seen 2026-12-06.
    status: { ignore: ['a'] },
    // 实收款 cell: "￥88.00 (含快递:￥10.00)". The total is the bold amount (so a broken total
    // is never mistaken for the shipping amount); the shipping is the amount after 含快递.
    // Shape: `price-mod__price___3Un7c` in td[6], total in its 2nd <span>, postage in the cell's 4th <span>
    // (file 1097699703); JSON payInfo.postType reads "(含快递:￥10.00)" (file 16012687752), seen 2026-12-06.
    paid: { select: ['strong', '[class*="price-mod__price"] > p'] },
    shipping: { column: 'paid', pattern: /含快递\s*[:：]\s*([￥¥]\s*[\d,.]+)/ },
    // 买家 cell: nickname, then the 旺旺 contact link.
    // Shape: `buyer-mod__name___S9vit` (file 43318977656, chaqz extension file 33896867354) inside
    // `buyer-mod__buyer___3NRwJ` in td[4] (file 1097699703), seen 2026-12-06.
    buyer: { select: ['[class*="buyer-mod__name"]', 'a[href*="member"]', 'p'] },
    // 售后 cell, one per item row (each line keeps its own, lib/extract/keys.ts PER_LINE_KEYS): its first line is the
    // state (退款中, 退款成功), then a hint (请及时处理).
    // Shape: 千牛 sold list rows pair 履约/售后状态 "退款成功" with 交易状态 "交易关闭" (shopops crawler mock row,
    // file 56282791055); TRADE_CLOSED is "付款以后用户退款成功，交易自动关闭" in the open-platform trade docs
    // (files 23884446934, 10510170903), seen 2026-12-07. Per item: the open platform's sub-order (子订单) keeps its own
    // refund_status (WAIT_SELLER_AGREE … SUCCESS, CLOSED) and ends before the trade when refunded (bububa/opentaobao
    // model/trade/Order.go), seen 2026-12-07. No public source found for the cell's markup.
    afterSales: { select: ['p'] },
  },
  // The column header reads 售后, not the dictionary's 售后状态 (same sources as the afterSales part above, seen 2026-12-07).
  headerSynonyms: { afterSales: ['售后'] },
  // No public source found (searched code 2026-12-06): from the description only.
  emptyMarkers: ['没有符合条件的宝贝', '没有符合条件的订单'],
};

/** This console's adapter in the background, which parses the page's texts: its profile's defaults and status words. */
export const taobao: Adapter = /* @__PURE__ */ withRules(taobaoPage, /* @__PURE__ */ profileRules(taobaoProfile, {}));

/** URLs the checks above must accept and reject (see `TestUrls`); beside the adapter, not in it, so no content script carries them. */
export const testUrls: TestUrls = {
  match: [
    'https://trade.taobao.com/trade/itemlist/list_sold_items.htm?action=itemlist/SoldQueryAction&event_submit_do_query=1',
    'https://trade.taobao.com/trade/itemlist/list_sold_items.htm',
    'https://trade.tmall.com/trade/itemlist/list_sold_items.htm',
    'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
    'https://myseller.taobao.com/home.htm#/trade-platform/tp/sold',
    'https://qn.taobao.com/home.htm/trade-platform/tp/sold',
    'https://qn.taobao.com/home.htm/trade-platform/tp/sold?spm=a21dvs.23580594.0.0',
  ],
  noMatch: [
    'https://trade.taobao.com/trade/itemlist/list_bought_items.htm',
    'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=3712345678901234567',
    'https://myseller.taobao.com/home.htm/QnworkbenchHome/',
    'https://qn.taobao.com/home.htm/QnworkbenchHome/',
    'https://qn.taobao.com/home.htm/trade-platform/tp/detail?bizOrderId=3712345678901234567',
    'https://qn.taobao.com.evil.example/home.htm/trade-platform/tp/sold',
    'https://item.taobao.com/item.htm?id=123',
    'https://trade.taobao.com.evil.example/trade/itemlist/list_sold_items.htm',
  ],
  detail: [
    'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=3712345678901234567',
    'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=3712345678901234567',
    'https://myseller.taobao.com/home.htm/trade-platform/tp/detail?bizOrderId=3712345678901234567',
    'https://qn.taobao.com/home.htm/trade-platform/tp/detail?bizOrderId=3712345678901234567',
    'https://qn.taobao.com/home.htm/trade-platform/tp/detail?spm=a21dvs.23580594.0.0.60fb2cedkP5BNV&bizOrderId=3712345678901234567',
    'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=3712345678901234567',
    'https://trade.tmall.com/detail/orderDetail.htm?biz_order_id=3712345678901234567&forward_action=',
  ],
};
