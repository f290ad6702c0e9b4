/**
 * JD 京东商家后台 › 订单 › 订单管理 (shop.jd.com/jdm, and the older porder.shop.jd.com list).
 * Each order is a block: a header line (订单编号, 下单时间, 付款时间 once paid), then one row
 * per item under the page's column headers; 买家, 订单金额 and 订单状态 span the item rows.
 * Class names are CSS modules with a build hash (`order-item_wrap__kL2p9`): match the stable part.
 */
import { withRules, type Adapter, type PageAdapter, type TestUrls } from './types';

export const jdPage: PageAdapter = {
  id: 'jd',
  marketplace: 'jd',
  label: { en: 'JD order management', zh: '京东 订单管理' },
  matches: [
    // 京麦 web is one single-page app: the script must be there when the seller opens 订单管理 in-app.
    'https://shop.jd.com/jdm/*',
    'https://porder.shop.jd.com/order/*',
  ],
  isOrderList(url) {
    if (url.protocol !== 'https:') return false;
    if (url.hostname === 'shop.jd.com') return /^\/jdm\/trade\/orders\/order-list\/?$/.test(url.pathname);
    if (url.hostname === 'porder.shop.jd.com') return /^\/order\/orderlist\/[A-Za-z]+\/?$/.test(url.pathname);
    return false;
  },
  isOrderDetail(url) {
    if (url.protocol !== 'https:') return false;
    if (url.hostname === 'shop.jd.com') return /^\/jdm\/trade\/orders\/order-detail\/?$/.test(url.pathname);
    if (url.hostname === 'porder.shop.jd.com') return /^\/order\/orderDetail\/?$/.test(url.pathname);
    return false;
  },
  layout: {
    kind: 'blocks',
    columnHeaders: [
      '[class*="order-list_thead"] th', // 订单管理 2026-11: one header table above the order blocks
    ],
    block: [
      '[class*="order-item_wrap"]', // 订单管理 2026-11: one wrapper per order
    ],
    blockHeader: [
      '[class*="order-item_header"]', // 订单管理 2026-11: the line holding 订单编号 and the times
      ':scope > div:first-child', // same line when the hashed class is renamed
    ],
    anchor: [
      '[class*="order-item_orderId"]', // 订单管理 2026-11: the span holding the order number
    ],
    itemRows: [
      '[class*="order-item_body"] tr', // 订单管理 2026-11: one <tr> per item
      'table tr', // item rows when the hashed class is renamed
    ],
    headerFields: {
      orderId: { label: '订单编号', pattern: /订单编号\s*[:：]\s*(\d{9,})/ },
      placedAt: { label: '下单时间', pattern: /下单时间\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)/ },
      // Shown only once the order is paid.
      paidAt: { label: '付款时间', pattern: /付款时间\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)/ },
    },
  },
  cellParts: {
    // 商品信息 cell: picture, title link, 规格 line, 商品编号 line.
    item: { select: ['[class*="goods_title"]', 'a[href*="item.jd.com"]'] },
    sku: { column: 'item', select: ['[class*="goods_sku"]'] },
    // 买家 cell: the buyer's PIN, then a 联系买家 link.
    buyer: { select: ['[class*="buyer_pin"]'], ignore: ['a'] },
    // 订单金额 cell: lines "应付金额：¥57.00", "(含运费：¥8.00)", "在线支付". The whole first line
    // after 应付金额 is the value, so a broken amount is reported, never replaced by the freight.
    paid: { select: ['[class*="order-amount_payable"]', 'div:first-child'], pattern: /应付金额\s*[:：]\s*(.+)/ },
    shipping: { column: 'paid', pattern: /运费\s*[:：]\s*([¥￥]\s*[\d,.]+)/ },
    // 订单状态 cell: the status, then an 订单详情 link.
    status: { ignore: ['a'] },
  },
  emptyMarkers: ['暂无数据', '没有查询到符合条件的订单'],
};

/** This console's adapter in the background, which parses the page's texts: their defaults and status words. */
export const jd: Adapter = /* @__PURE__ */ withRules(jdPage, {
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
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
});

/** URLs the checks above must accept and reject (see `TestUrls`); beside the adapter, not in it, so no content script carries them. */
export const testUrls: TestUrls = {
  match: [
    'https://shop.jd.com/jdm/trade/orders/order-list',
    'https://shop.jd.com/jdm/trade/orders/order-list?orderStatus=WAIT_SELLER_STOCK_OUT',
    'https://shop.jd.com/jdm/trade/orders/order-list/',
    'https://porder.shop.jd.com/order/orderlist/allOrders',
    'https://porder.shop.jd.com/order/orderlist/waitOut?t=1795579200000',
  ],
  noMatch: [
    'https://shop.jd.com/jdm/trade/orders/order-detail?orderId=301234567801',
    'https://shop.jd.com/jdm/home',
    'https://shop.jd.com/jdm/aftersale/list',
    'https://porder.shop.jd.com/order/orderDetail?orderId=301234567801',
    'https://order.jd.com/center/list.action',
    'https://shop.jd.com.evil.example/jdm/trade/orders/order-list',
    'http://shop.jd.com/jdm/trade/orders/order-list',
  ],
  detail: [
    'https://shop.jd.com/jdm/trade/orders/order-detail?orderId=301234567801',
    'https://porder.shop.jd.com/order/orderDetail?orderId=301234567801',
  ],
};
