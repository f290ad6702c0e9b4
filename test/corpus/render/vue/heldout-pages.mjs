// Held-out pages: the same Vue / plain-CSS libraries and layouts as pages.mjs, filled from
// ../heldout.mjs (header words, date, money and status formats, decoys the reader was never
// tuned to). Each row's expectation is the record its cells are printed from.
import { HEADERS, STATUSES, heldoutOrders, decoysOf } from '../heldout.mjs';
import { STATUS_TYPE } from './data.mjs';

const H = (lang, field, i) => HEADERS[lang][field][i];
const CARRIER = { '1Z': 'UPS', SF: '顺丰速运', YT: '圆通速递', '94': 'USPS', JD: '京东物流', LX: 'China Post' };

/** The Vue row shape (see src/common.js) of held-out orders. */
function rows(opts) {
  const orders = heldoutOrders(opts);
  return orders.map((o, i) => ({
    key: 'o' + i, orderId: o.orderId, idText: o.orderId, placedMs: o.placedMs, placedText: o.dateText, paidText: o.dateText,
    total: o.total, totalText: o.totalText, goodsText: o.items[0].lineText, shippingText: o.shippingText,
    status: o.status, statusText: o.statusText, statusType: STATUS_TYPE[o.status], afterSale: '',
    buyer: o.buyer, receiver: o.buyer, phone: o.phone,
    carrier: o.tracking ? CARRIER[o.tracking.slice(0, 2)] ?? 'Carrier' : null, tracking: o.tracking || null,
    packageId: o.pkg || null, salesRecord: null, invoice: o.invoice || '—', refund: o.refundText, updated: o.updatedText || '—',
    items: o.items, qty: o.qty, decoys: decoysOf(o),
    expected: { orderId: o.orderId, total: o.total, currency: o.currency, placedAt: o.placedAt, status: o.status },
  }));
}

const CN = { lang: 'zh-CN', timeZone: 'Asia/Shanghai' };
const US = { lang: 'en-US', timeZone: 'America/Chicago' };
const GB = { lang: 'en-GB', timeZone: 'Europe/London' };
const EU = { lang: 'en-GB', timeZone: 'Europe/Berlin' };

/** A held-out page: `gen` feeds heldoutOrders; the render reads `orders()` and the expectation from it. */
function page(spec) {
  const { gen, ...rest } = spec;
  const lang = spec.data.lang.startsWith('zh') ? 'zh' : 'en';
  return { ...rest, orders: () => rows({ ...gen, lang, timeZone: spec.data.timeZone, now: spec.data.now, seed: spec.data.seed }) };
}

export const HELDOUT_PAGES = [
  page({
    file: 'vue-element-plus-heldout-fixed', lib: 'element-plus',
    configuration: 'held-out words and formats: fixed left/right columns, row selection, fixed height; 年月日 dates with some 分钟前/小时前/今天, 元 after the amount',
    data: { ...CN, seed: 9101, now: '2026-12-05T10:00:00+08:00' },
    gen: { count: 16, idShape: 'taobao', dateStyle: 'zh-nian', relativeShare: 0.4, money: 'yuan-after', items: [1, 2] },
    flags: { selection: true, height: 560 },
    columns: [
      { key: 'id', kind: 'id', title: H('zh', 'id', 1), width: 210, fixed: 'left' },
      { key: 'items', kind: 'itemnames', title: H('zh', 'items', 1), width: 260 },
      { key: 'buyer', kind: 'buyer', title: H('zh', 'buyer', 1), width: 140, withPhone: true },
      { key: 'placed', kind: 'placed', title: H('zh', 'placedAt', 0), width: 190 },
      { key: 'total', kind: 'total', title: H('zh', 'total', 0), width: 120, align: 'right' },
      { key: 'refund', kind: 'refund', title: H('zh', 'refund', 0), width: 110, align: 'right' },
      { key: 'status', kind: 'status', title: H('zh', 'status', 0), width: 120 },
      { key: 'tracking', kind: 'tracking', title: H('zh', 'tracking', 0), width: 200 },
      { key: 'actions', kind: 'actions', title: '操作', width: 140, fixed: 'right', actions: ['详情', '备注'] },
    ],
  }),
  page({
    file: 'vue-element-plus-heldout-span', lib: 'element-plus',
    configuration: 'held-out words and formats: merged cells (span-method rowspan over item rows), DD/MM/YYYY dates, £ totals, SKU and invoice numbers per row',
    data: { ...GB, seed: 9102, now: '2026-12-05T16:20:00+00:00' },
    gen: { count: 12, idShape: 'ref', dateStyle: 'gb-dmy', money: 'gbp', items: [1, 3], statuses: STATUSES.en.filter(([w]) => !/Pending|Canceled/.test(w)) },
    flags: { span: true },
    columns: [
      { key: 'id', kind: 'id', title: H('en', 'id', 2), width: 140, perOrder: true },
      { key: 'item', kind: 'item', title: H('en', 'items', 2), minWidth: 260 },
      { key: 'iqty', kind: 'iqty', title: H('en', 'items', 3), width: 60, align: 'center' },
      { key: 'price', kind: 'price', title: 'Unit price', width: 100, align: 'right' },
      { key: 'placed', kind: 'placed', title: H('en', 'placedAt', 1), width: 160, perOrder: true },
      { key: 'total', kind: 'total', title: H('en', 'total', 1), width: 120, align: 'right', perOrder: true },
      { key: 'invoice', kind: 'invoice', title: H('en', 'invoice', 1), width: 170, perOrder: true },
      { key: 'status', kind: 'status', title: H('en', 'status', 0), width: 150, perOrder: true },
    ],
  }),
  page({
    file: 'vue-element-ui-heldout-expand', lib: 'element-ui',
    configuration: 'held-out words and formats: expandable rows (sub-order, package and tracking numbers in the expanded tables), CN¥ totals, YYYY/MM/DD HH:mm:ss dates',
    data: { ...CN, seed: 9103, now: '2026-12-05T21:40:00+08:00' },
    gen: { count: 14, idShape: 'pdd', dateStyle: 'slash-ymd', money: 'cn-yen', items: [1, 3] },
    flags: { expand: true, expandKeys: ['o0', 'o2', 'o3'] },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: H('zh', 'id', 3), width: 230 },
      { key: 'placed', kind: 'placed', title: H('zh', 'placedAt', 1), width: 180 },
      { key: 'buyer', kind: 'buyer', title: H('zh', 'buyer', 0), width: 130 },
      { key: 'qty', kind: 'qty', title: H('zh', 'items', 3), width: 70, align: 'center' },
      { key: 'total', kind: 'total', title: H('zh', 'total', 1), width: 130, align: 'right' },
      { key: 'status', kind: 'status', title: H('zh', 'status', 1), width: 130 },
    ],
  }),
  page({
    file: 'vue-tdesign-heldout-virtual', lib: 'tdesign',
    configuration: 'held-out words and formats: virtual scrolling (only visible rows in the DOM), unit only in the header (实收金额(元)), MM-DD HH:mm dates without a year and relative dates',
    data: { ...CN, seed: 9104, now: '2026-12-05T15:30:00+08:00' },
    gen: { count: 160, idShape: 'jd', dateStyle: 'md-hm', relativeShare: 0.5, money: 'bare-dot', currency: 'CNY', items: [1, 2] },
    flags: { virtual: true, height: 640 },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: H('zh', 'id', 0), width: 160 },
      { key: 'items', kind: 'itemnames', title: H('zh', 'items', 0), width: 240 },
      { key: 'total', kind: 'total', title: H('zh', 'totalUnit', 0), width: 130, align: 'right' },
      { key: 'placed', kind: 'placed', title: H('zh', 'placedAt', 3), width: 150 },
      { key: 'status', kind: 'status', title: H('zh', 'status', 2), width: 110 },
      { key: 'phone', kind: 'phone', title: H('zh', 'phone', 1), width: 140 },
      { key: 'tracking', kind: 'tracking', title: H('zh', 'tracking', 1), width: 200 },
    ],
  }),
  page({
    file: 'vue-tdesign-heldout-tree', lib: 'tdesign',
    configuration: 'held-out words and formats: tree rows (line items as child rows with their own ids and line totals), MM/DD/YYYY h:mm AM/PM dates, US$ totals',
    data: { ...US, seed: 9105, now: '2026-12-05T11:15:00-06:00' },
    gen: { count: 12, idShape: 'amazon', dateStyle: 'us-12h', money: 'us-dollar', items: [1, 3] },
    flags: { tree: true },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: H('en', 'id', 0), width: 240 },
      { key: 'placed', kind: 'placed', title: H('en', 'placedAt', 4), width: 190 },
      { key: 'buyer', kind: 'buyer', title: H('en', 'buyer', 4), width: 160 },
      { key: 'items', kind: 'itemnames', title: H('en', 'items', 1), width: 240 },
      { key: 'total', kind: 'total', title: H('en', 'total', 0), width: 120, align: 'right' },
      { key: 'status', kind: 'status', title: H('en', 'status', 2), width: 150 },
    ],
  }),
  page({
    file: 'vue-naive-ui-heldout-refunds', lib: 'naive-ui',
    configuration: 'held-out words and formats: row selection, "Dec 5, 2026 at 3:04 pm" dates with minutes/hours ago and Today, $ totals beside a negative refund column and phone numbers',
    data: { ...US, seed: 9106, now: '2026-12-05T17:05:00-06:00' },
    gen: { count: 18, idShape: 'woo', dateStyle: 'mon-at', relativeShare: 0.45, money: 'dollar', items: [1, 2] },
    flags: { selection: true, selectedKeys: ['o1'] },
    columns: [
      { key: 'id', kind: 'id', title: H('en', 'id', 1), width: 100 },
      { key: 'buyer', kind: 'buyer', title: H('en', 'buyer', 0), width: 170 },
      { key: 'phone', kind: 'phone', title: H('en', 'phone', 0), width: 170 },
      { key: 'placed', kind: 'placed', title: H('en', 'placedAt', 0), width: 200 },
      { key: 'status', kind: 'status', title: H('en', 'status', 1), width: 170 },
      { key: 'refund', kind: 'refund', title: H('en', 'refund', 0), width: 110, align: 'right' },
      { key: 'total', kind: 'total', title: H('en', 'total', 3), width: 120, align: 'right' },
      { key: 'actions', kind: 'actions', title: 'Actions', width: 120, actions: ['View', 'Refund'] },
    ],
  }),
  page({
    file: 'vue-naive-ui-heldout-expand', lib: 'naive-ui',
    configuration: 'held-out words and formats: expandable rows, English page of a euro shop (€1.234,50 totals, DD.MM.YYYY HH:mm dates), invoice numbers',
    data: { ...EU, seed: 9107, now: '2026-12-05T12:00:00+01:00' },
    gen: { count: 14, idShape: 'spree', dateStyle: 'de-dots', money: 'euro-de', items: [1, 3] },
    flags: { expand: true, expandKeys: ['o0', 'o1', 'o4'] },
    expandIdLabel: H('en', 'subOrder', 0),
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: H('en', 'id', 5), width: 140 },
      { key: 'placed', kind: 'placed', title: H('en', 'placedAt', 6), width: 160 },
      { key: 'receiver', kind: 'receiver', title: H('en', 'buyer', 2), width: 180 },
      { key: 'invoice', kind: 'invoice', title: H('en', 'invoice', 0), width: 170 },
      { key: 'total', kind: 'total', title: H('en', 'total', 2), width: 130, align: 'right' },
      { key: 'status', kind: 'status', title: H('en', 'status', 5), width: 170 },
    ],
  }),
  page({
    file: 'vue-vxe-table-heldout-virtual', lib: 'vxe-table',
    configuration: 'held-out words and formats: virtual scrolling, total as a bare number with the currency in the header (Total (USD)), ISO dates with T, SO numbers',
    data: { ...US, seed: 9108, now: '2026-12-05T09:45:00-06:00' },
    gen: { count: 160, idShape: 'so', dateStyle: 'iso-t', money: 'bare-dot', currency: 'USD', items: [1, 2] },
    flags: { virtual: true, height: 600, selection: true, selectedKeys: ['o0'] },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: H('en', 'id', 6), width: 190 },
      { key: 'placed', kind: 'placed', title: H('en', 'placedAt', 7), width: 170 },
      { key: 'buyer', kind: 'buyer', title: H('en', 'buyer', 1), width: 170 },
      { key: 'total', kind: 'total', title: H('en', 'totalUnit', 0).replace('{cur}', 'USD'), width: 130, align: 'right' },
      { key: 'status', kind: 'status', title: H('en', 'status', 3), width: 150 },
      { key: 'pkg', kind: 'packageId', title: H('en', 'pkg', 1), width: 180 },
      { key: 'tracking', kind: 'tracking', title: H('en', 'tracking', 3), width: 220 },
    ],
  }),
  page({
    file: 'vue-vxe-table-heldout-span', lib: 'vxe-table',
    configuration: 'held-out words and formats: merged cells over item rows, ￥ totals (whole yuan without decimals), 年月日 dates, 商家编码 and 子订单号 per item',
    data: { ...CN, seed: 9109, now: '2026-12-05T20:10:00+08:00' },
    gen: { count: 12, idShape: 'taobao', dateStyle: 'zh-nian', money: 'yen-full', items: [1, 3] },
    flags: { span: true, selection: true },
    columns: [
      { key: 'id', kind: 'id', title: H('zh', 'id', 4), width: 200, perOrder: true },
      { key: 'item', kind: 'item', title: H('zh', 'items', 2), minWidth: 240 },
      { key: 'iqty', kind: 'iqty', title: '数量', width: 60, align: 'center' },
      { key: 'placed', kind: 'placed', title: H('zh', 'placedAt', 5), width: 180, perOrder: true },
      { key: 'total', kind: 'total', title: H('zh', 'total', 3), width: 110, align: 'right', perOrder: true },
      { key: 'status', kind: 'status', title: H('zh', 'status', 0), width: 110, perOrder: true },
      { key: 'receiver', kind: 'receiver', title: H('zh', 'buyer', 1), width: 150, perOrder: true },
    ],
  }),
  page({
    file: 'vue-ant-design-vue-heldout-fixed', lib: 'antd',
    configuration: 'held-out words and formats: fixed columns, row selection, fixed height, date-only "5 Dec 2026" cells, "USD 12.00" totals, ORD- references beside SKUs',
    data: { ...US, seed: 9110, now: '2026-12-05T13:00:00-06:00' },
    gen: { count: 15, idShape: 'ref', dateStyle: 'd-mon-y', money: 'usd-code', items: [1, 1] },
    flags: { selection: true, height: 520, selectedKeys: ['o3'] },
    columns: [
      { key: 'id', kind: 'id', title: H('en', 'id', 3), width: 150, fixed: 'left' },
      { key: 'item', kind: 'items', title: H('en', 'items', 0), width: 280 },
      { key: 'placed', kind: 'placed', title: H('en', 'placedAt', 2), width: 140 },
      { key: 'buyer', kind: 'buyer', title: H('en', 'buyer', 3), width: 170 },
      { key: 'total', kind: 'total', title: H('en', 'total', 5), width: 130, align: 'right' },
      { key: 'status', kind: 'status', title: H('en', 'status', 4), width: 170 },
      { key: 'updated', kind: 'updated', title: H('en', 'updated', 0), width: 140 },
      { key: 'actions', kind: 'actions', title: 'Actions', width: 120, fixed: 'right', actions: ['Open', 'Print'] },
    ],
  }),
  page({
    file: 'vue-ant-design-vue-heldout-expand', lib: 'antd',
    configuration: 'held-out words and formats: expandable rows, RMB-coded totals, YYYY/MM/DD HH:mm:ss dates, 发票号 column',
    data: { ...CN, seed: 9111, now: '2026-12-05T09:20:00+08:00' },
    gen: { count: 14, idShape: 'so', dateStyle: 'slash-ymd', money: 'rmb-code', items: [1, 3] },
    flags: { expand: true, expandKeys: ['o0', 'o1', 'o3'] },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: H('zh', 'id', 2), width: 190 },
      { key: 'placed', kind: 'placed', title: H('zh', 'placedAt', 4), width: 180 },
      { key: 'buyer', kind: 'buyer', title: H('zh', 'buyer', 2), width: 120 },
      { key: 'total', kind: 'total', title: H('zh', 'total', 4), width: 130, align: 'right' },
      { key: 'invoice', kind: 'invoice', title: H('zh', 'invoice', 1), width: 170 },
      { key: 'status', kind: 'status', title: H('zh', 'status', 3), width: 120 },
    ],
  }),
  page({
    file: 'html-ebay-skin-heldout', lib: 'skin',
    configuration: 'held-out words and formats: Skin table with the order number as row header, "Dec 5 3:04 PM" dates without a year, $ totals, tracking and package columns',
    data: { ...US, seed: 9112, now: '2026-12-05T10:30:00-06:00' },
    gen: { count: 14, idShape: 'amazon', dateStyle: 'mon-d-time', money: 'dollar', items: [1, 2] },
    chrome: { shopName: 'north_shore_goods', title: 'Orders' },
    flags: { selection: true, selectedKeys: ['o2'] },
    extra: { selectAllLabel: 'Select all orders', selectRowLabel: 'Select order', resultsText: '1-14 of 2,410 results' },
    columns: [
      { key: 'id', kind: 'id', title: H('en', 'id', 4), rowHeader: true },
      { key: 'items', kind: 'itemnames', title: H('en', 'items', 1) },
      { key: 'placed', kind: 'placed', title: H('en', 'placedAt', 3) },
      { key: 'total', kind: 'total', title: H('en', 'total', 6), align: 'right' },
      { key: 'status', kind: 'status', title: H('en', 'status', 0) },
      { key: 'tracking', kind: 'tracking', title: H('en', 'tracking', 1) },
      { key: 'pkg', kind: 'packageId', title: H('en', 'pkg', 2) },
    ],
  }),
];
