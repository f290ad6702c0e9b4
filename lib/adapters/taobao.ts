/**
 * Taobao / Tmall 已卖出的宝贝 (sold items). Each order is a block: a header line with
 * 订单号 and 创建时间, then one row per item; the order-level cells (买家, 交易状态, 实收款)
 * span the item rows. Class names are CSS modules with a build hash: match the stable part.
 * The 千牛 workbench page (myseller.taobao.com …/trade-platform/tp/sold) is recognised, but
 * there is no saved page of it yet: its selectors are not written, so reading it reports
 * "no order list …" instead of guessing.
 */
import type { Marketplace } from '../schema';
import { withRules, type Adapter, type PageAdapter, type TestUrls } from './types';

const isSoldItemsPath = (path: string): boolean => path === '/trade/itemlist/list_sold_items.htm';

export const taobaoPage: PageAdapter = {
  id: 'taobao',
  marketplace: 'taobao',
  label: { en: 'Taobao / Tmall sold items', zh: '淘宝/天猫 已卖出的宝贝' },
  matches: [
    'https://trade.taobao.com/trade/itemlist/*',
    'https://trade.tmall.com/trade/itemlist/*',
    'https://myseller.taobao.com/*',
  ],
  isOrderList(url) {
    if (url.protocol !== 'https:') return false;
    if (url.hostname === 'trade.taobao.com' || url.hostname === 'trade.tmall.com') return isSoldItemsPath(url.pathname);
    if (url.hostname === 'myseller.taobao.com') {
      // 千牛 workbench (2024–): the route is in the path or, in older builds, in the hash.
      return /^\/home\.htm\/?#?\/?trade-platform\/tp\/sold\b/.test(url.pathname + url.hash);
    }
    return false;
  },
  isOrderDetail(url) {
    if (url.protocol !== 'https:' || !url.searchParams.has('bizOrderId')) return false;
    if (url.hostname === 'trade.taobao.com') return url.pathname === '/trade/detail/trade_item_detail.htm';
    if (url.hostname === 'trade.tmall.com') return url.pathname === '/detail/orderDetail.htm';
    if (url.hostname === 'myseller.taobao.com') return /^\/home\.htm\/?#?\/?trade-platform\/tp\/detail\b/.test(url.pathname + url.hash);
    return false;
  },
  marketplaceFor: (url): Marketplace => (url.hostname.endsWith('tmall.com') ? 'tmall' : 'taobao'),
  layout: {
    kind: 'blocks',
    columnHeaders: [
      '[class*="trade-order-mod__thead"] th', // list_sold_items.htm 2026-11: one header table above the blocks
      '[class*="item-mod__thead"] th', // same layout, earlier builds
    ],
    block: [
      '[class*="trade-order-mod__order-wrap"]', // list_sold_items.htm 2026-11: one wrapper per order
    ],
    blockHeader: [
      '[class*="item-mod__order-hd"]', // list_sold_items.htm 2026-11: tbody holding the header line
      'tbody:first-of-type', // header line when the hashed class is renamed
    ],
    anchor: [
      '[class*="item-mod__first-cell"]', // list_sold_items.htm 2026-11: the cell holding 订单号
      'td', // first cell of the header line when the hashed class is renamed
    ],
    itemRows: [
      '[class*="item-mod__order-bd"] > tr', // list_sold_items.htm 2026-11: one <tr> per item
      'tbody:not(:first-of-type) > tr', // item rows when the hashed class is renamed
    ],
    headerFields: {
      orderId: { label: '订单号', pattern: /订单号\s*[:：]\s*(\d{6,})/ },
      placedAt: { label: '创建时间', pattern: /创建时间\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)/ },
    },
  },
  cellParts: {
    // 宝贝 cell: picture link, title link, then SKU lines (颜色分类：…) and service tags.
    item: { select: ['[class*="production-mod__title"]', 'a[href*="item.htm"]'] },
    sku: { column: 'item', select: ['[class*="production-mod__sku-item"]'], join: '；' },
    // 交易状态 cell: the status, then links (详情, 查看物流) that are not part of it.
    status: { ignore: ['a'] },
    // 实收款 cell: "￥88.00 (含快递:￥10.00)". The total is the bold amount (so a broken total
    // is never mistaken for the shipping amount); the shipping is the amount after 含快递.
    paid: { select: ['strong', '[class*="price-mod__price"] > p'] },
    shipping: { column: 'paid', pattern: /含快递\s*[:：]\s*([￥¥]\s*[\d,.]+)/ },
    // 买家 cell: nickname, then the 旺旺 contact link.
    buyer: { select: ['[class*="buyer-mod__name"]', 'a[href*="member"]', 'p'] },
  },
  emptyMarkers: ['没有符合条件的宝贝', '没有符合条件的订单'],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const taobao: Adapter = /* @__PURE__ */ withRules(taobaoPage, {
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  statusVocabulary: {
    等待买家付款: 'awaiting_payment',
    买家已付款: 'awaiting_shipment',
    等待卖家发货: 'awaiting_shipment',
    卖家已发货: 'shipped',
    等待买家确认收货: 'shipped',
    部分发货: 'shipped',
    交易成功: 'completed',
    交易关闭: 'cancelled',
    退款中: 'refund_requested',
    退款成功: 'refunded',
  },
});

/** URLs the checks above must accept and reject (see `TestUrls`); beside the adapter, not in it, so no content script carries them. */
export const testUrls: TestUrls = {
  match: [
    'https://trade.taobao.com/trade/itemlist/list_sold_items.htm?action=itemlist/SoldQueryAction&event_submit_do_query=1',
    'https://trade.taobao.com/trade/itemlist/list_sold_items.htm',
    'https://trade.tmall.com/trade/itemlist/list_sold_items.htm',
    'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
    'https://myseller.taobao.com/home.htm#/trade-platform/tp/sold',
  ],
  noMatch: [
    'https://trade.taobao.com/trade/itemlist/list_bought_items.htm',
    'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=3712345678901234567',
    'https://myseller.taobao.com/home.htm/QnworkbenchHome/',
    'https://item.taobao.com/item.htm?id=123',
    'https://trade.taobao.com.evil.example/trade/itemlist/list_sold_items.htm',
  ],
  detail: [
    'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=3712345678901234567',
    'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=3712345678901234567',
    'https://myseller.taobao.com/home.htm/trade-platform/tp/detail?bizOrderId=3712345678901234567',
  ],
};
