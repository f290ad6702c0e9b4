/**
 * The consoles whose own order data is read, and exactly which of their responses: only what
 * public code documents as the order list's data. Pure data, shared by the script in the page
 * (entrypoints/page-data.content.ts), which looks at no other response, and the background,
 * which refuses data said to come from any other address.
 */
/** The longest response text read (characters; the page's script counts bytes, never fewer): past it, the page's text is read. */
export const PAGE_DATA_BODY_MAX = 2_000_000;

export interface PageDataSource {
  /** The adapter whose orders these are (lib/adapters). */
  readonly adapter: string;
  /** The console pages the observing script runs on: a subset of the adapter's own matches. */
  readonly matches: readonly string[];
  /** The response addresses read; every other request of the page is left unlooked at. */
  readonly responses: RegExp;
  /** The address also answers other questions: an answer that is not order data is passed over, not reported. */
  readonly shared?: boolean;
  /**
   * The data is written into the page itself, a string literal in one of its inline scripts: the
   * page's address is the source, and the script's text (never run) is what is read.
   */
  readonly embedded?: { readonly mark: string };
  /**
   * The answer is one order's parcel tracking, its order named by the address: it adds tracking
   * to that order, read from the list already, on the console's order detail or list page.
   */
  readonly tracking?: true;
  /**
   * The answer is a list of buyers' requests (after-sales) naming orders by number: it gives the
   * orders already read the time each request was made, on the console pages whose path `paths` accepts.
   */
  readonly requests?: { readonly paths: RegExp };
}

/**
 * Pinduoduo's tracking answer for one order, the order number in its path or `orderSn` query.
 * Shape: GET https://mms.pinduoduo.com/express_base/mms/track/<order_sn>?source=MMS_TRACK_STATUS (a seller tool's
 * after-sales script, file 35662937049) and …/express_base/mms/track/get?orderSn=<order_sn>&source=MMS_TRACK_STATUS
 * (a seller extension's constants, file 56281904589), seen 2026-12-06.
 */
export const PINDUODUO_TRACK = /^https:\/\/mms\.pinduoduo\.com\/express_base\/mms\/track\/(?:get\?(?:[^#]*&)?orderSn=(\d{6}-\d{6,20})(?:[&#]|$)|(\d{6}-\d{6,20})(?:[?#]|$))/;

export const PAGE_DATA_SOURCES: readonly PageDataSource[] = [
  {
    adapter: 'pinduoduo',
    matches: ['https://mms.pinduoduo.com/orders/*'],
    // Shape: POST https://mms.pinduoduo.com/mangkhut/mms/recentOrderList, the 订单查询 list's data
    // (joslynSmall/rcpdd PDDUrlContants.java; file 53379525249), seen 2026-12-06.
    responses: /^https:\/\/mms\.pinduoduo\.com\/mangkhut\/mms\/recentOrderList(?:[?#]|$)/,
  },
  {
    adapter: 'pinduoduo',
    // The order detail (…/orders/detail?sn=<order_sn>) asks for its parcel's 物流轨迹 itself; the
    // entry above already runs the observer on …/orders/*, so this adds no page.
    matches: [],
    responses: PINDUODUO_TRACK,
    tracking: true,
  },
  {
    adapter: 'taobao',
    matches: ['https://trade.taobao.com/trade/itemlist/*'],
    // Shape: POST https://trade.taobao.com/trade/itemlist/asyncSold.htm?event_submit_do_query=1&_input_charset=utf8,
    // the 已卖出的宝贝 list's data (largesky/shoperp TAOBAOJS.js; file 4278473474), seen 2026-12-06.
    responses: /^https:\/\/trade\.taobao\.com\/trade\/itemlist\/asyncSold\.htm(?:[?#]|$)/,
  },
  {
    adapter: 'shopify',
    matches: ['https://admin.shopify.com/store/*'],
    // Shape: the admin's GraphQL at https://admin.shopify.com/api/shopify/<store>?operation=<Name>&type=query
    // (public scripts, files 56340664114, 42111703299, 37116423143, 20518540887), seen 2026-12-06. Only a
    // response holding an order connection is read (lib/pagedata/shopify.ts).
    responses: /^https:\/\/admin\.shopify\.com\/api\/shopify\/[\w-]{1,100}(?:[?#]|$)/,
    shared: true,
  },
  {
    adapter: 'douyin',
    // 抖店 is one single-page app under /ffa/ (lib/adapters/douyin.ts): the observer must be in the page before the
    // seller opens 订单管理 in-app. Only fxg.jinritemai.com: no public source shows the answer on the other hosts.
    matches: ['https://fxg.jinritemai.com/ffa/*'],
    // Shape: GET https://fxg.jinritemai.com/api/order/searchlist?page=0&pageSize=…, the 订单管理 list's data, asked
    // by the page /ffa/morder/order/list (a recon catalogue of the console's requests, file 56387888837; a crawler
    // awaiting the page's own answer, file 39509481433; readers of it, files 56148702538, 60905849560), seen 2026-12-07.
    responses: /^https:\/\/fxg\.jinritemai\.com\/api\/order\/searchlist(?:[?#]|$)/,
  },
  {
    adapter: 'douyin',
    // 售后工作台 is in the same app under /ffa/, where the entry above already runs the observer: no page added.
    matches: [],
    // Shape: POST https://fxg.jinritemai.com/after_sale/pc/list?appid=1&_bid=ffa_aftersale&…, the after-sales list's
    // data (a recon catalogue of the console's requests, file 56387888837; collectors, files 36532761829, 61946091094,
    // 71567024039), asked by the page /ffa/merchant-aftersale-workbench/aftersale/list (files 56387888837, 71567024039)
    // or its older path /ffa/maftersale/aftersale/list (a Playwright sync, file 56148702538), seen 2026-12-07.
    responses: /^https:\/\/fxg\.jinritemai\.com\/after_sale\/pc\/list(?:[?#]|$)/,
    requests: { paths: /^\/ffa\/(?:merchant-aftersale-workbench|maftersale)\/aftersale\/list\/?$/ },
  },
];

/**
 * The console pages that carry an order's data in their own script text. Apart from the
 * responses above, so the response observer and its relay are not injected there.
 */
export const PAGE_DATA_EMBEDDED: readonly PageDataSource[] = [
  {
    adapter: 'taobao',
    // Shape: the seller's order detail at https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=<id>,
    // opened from 已卖出的宝贝 (a Selenium order scanner, file 9549144170; order tools, files 15731944595, 42617187618),
    // whose HTML holds `var data = JSON.parse('…');` (a pyppeteer Taobao spider, file 16012687752), seen 2026-12-06.
    matches: ['https://trade.taobao.com/trade/detail/trade_item_detail.htm*'],
    responses: /^https:\/\/trade\.taobao\.com\/trade\/detail\/trade_item_detail\.htm\?(?:[^#]*&)?bizOrderId=\d{6,30}(?:[&#]|$)/,
    embedded: { mark: 'JSON.parse(' },
  },
];

/** The source of a response address (or of a page carrying its own data), if it is one read. */
export const sourceOf = (url: string): PageDataSource | undefined =>
  PAGE_DATA_SOURCES.find((s) => s.responses.test(url)) ?? PAGE_DATA_EMBEDDED.find((s) => s.responses.test(url));

/** True on `adapter`'s page whose buyers' requests are read from its own answer: what it reads there are requests, not orders. */
export function isRequestsPage(adapter: string, url: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  return PAGE_DATA_SOURCES.some((s) => s.adapter === adapter && s.requests?.paths.test(path) === true);
}
