/**
 * Pinduoduo 拼多多商家后台 › 商品管理 › 评价管理 (mms.pinduoduo.com/goods/evaluation/index): the buyers'
 * reviews, each naming its order by 订单编号, with 用户评价分 in stars, the review text and its time.
 *
 * Public evidence, seen 2026-12-06 (file ids are the session search index's):
 * - the page's address: `https://mms.pinduoduo.com/goods/evaluation/index?msfrom=mms_sidenav`
 *   (an RPA connector's doc, file 53441557530, "商家后台—商品管理—评价管理—评价列表"; review tools'
 *   constants, files 56361927268, 56220089374);
 * - its markup: a review tool reads each review as a table row (`tr`) whose text carries a
 *   "用户评价分" line drawn as ★ (or "N星"), "订单编号：<number>", the review time as
 *   "YYYY-MM-DD HH:MM[:SS]" and the review text as the first other line of four or more
 *   characters, beside 查看订单 / 举报 / 回复/互动 actions (file 56313704749); its pop-ups are
 *   beast-core (`data-testid="beast-core-modal"`), the list pages' component library;
 * - the same data as the page's own answer (POST /saturn/reviews/list: orderSn, descScore,
 *   comment, createTime; files 12852472227, 12953644701), not read here.
 */
import type { AnnotationPage, PageTestUrls } from './types';

const HOST = 'mms.pinduoduo.com';

export const pinduoduoReviews: AnnotationPage = {
  id: 'pinduoduo-reviews',
  console: 'pinduoduo',
  kind: 'reviews',
  matches: [`https://${HOST}/goods/evaluation/*`],
  isPage: (url) => url.protocol === 'https:' && url.hostname === HOST && /^\/goods\/evaluation\/index\/?$/.test(url.pathname),
  entries: [
    'tbody tr[data-testid="beast-core-table-body-tr"]', // beast-core table body rows, as on the list pages (file 56313704749 reads `tr`)
    'tbody tr', // any table body row; rows without an 订单编号 are counted, not sent
  ],
  fields: {
    // "订单编号：241118-258288801122334" (file 56313704749's pattern), seen 2026-12-06.
    orderId: { pattern: /订单编号[:：]\s*([0-9][0-9-]{5,40})/ },
    // "用户评价分" then ★ per star, or "N星" (file 56313704749), seen 2026-12-06.
    rating: { pattern: /用户评价分[:：]?\s*([★☆]{1,5}|[1-5]\s*星)/ },
    // The first line that is none of the row's labels, stars, times or actions (file 56313704749), seen 2026-12-06.
    review: { pattern: /^(?!订单编号|买家昵称|用户评价分|查看订单|举报|回复|ID[:：]|商品|[★☆]|20\d\d-)(.{4,})$/m },
    // "2026-11-25 10:20:31" (file 56313704749), seen 2026-12-06.
    reviewedAt: { pattern: /(20\d\d-\d\d-\d\d\s+\d\d:\d\d(?::\d\d)?)/ },
  },
  emptyMarkers: ['暂无数据', '暂无评价'],
  // "241118-258288801122334": 6 digits, a dash, 15 (file 56313704749's rows), seen 2026-12-06.
  meaning: {
    orderNumber: /(?<![\d-])(\d{6}-\d{10,20})(?![\d-])/,
    // A lone review: its number after "订单编号：", its stars under "用户评价分" (file 56313704749), seen 2026-12-07.
    single: { label: /订单编号[:：]?$/, marker: /用户评价分/ },
  },
};

export const testUrls: PageTestUrls = {
  match: ['https://mms.pinduoduo.com/goods/evaluation/index?msfrom=mms_sidenav', 'https://mms.pinduoduo.com/goods/evaluation/index'],
  noMatch: ['https://mms.pinduoduo.com/orders/list', 'https://mms.pinduoduo.com/goods/goods_list', 'http://mms.pinduoduo.com/goods/evaluation/index'],
};
