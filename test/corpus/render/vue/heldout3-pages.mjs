// The third blind held-out Vue pages: the held-out libraries and layouts filled from ../heldout3.mjs
// (OpenCart, nopCommerce, 楽天 RMS, 微信视频号小店 words and formats, and an empty list). Each row's
// expectation is the record its cells are printed from.
import { HEADERS3, heldout3Orders, decoys3Of } from '../heldout3.mjs';
import { STATUS_TYPE } from './data.mjs';

const H = (con, field) => HEADERS3[con][field];
const CARRIER = { JD: 'Royal Mail', '94': 'USPS', SF: '顺丰速运', '75': '中通快递' };

/** The Vue row shape (see src/common.js) of third-set held-out orders. */
function rows(opts) {
  return heldout3Orders(opts).map((o, i) => ({
    key: 'o' + i, orderId: o.orderId, idText: o.orderId, placedMs: o.placedMs, placedText: o.dateText, paidText: o.dateText,
    total: o.total, totalText: o.totalText, goodsText: o.items[0].lineText, shippingText: o.shippingText,
    status: o.status, statusText: o.statusText, statusType: STATUS_TYPE[o.status], afterSale: '',
    buyer: o.buyer, receiver: o.buyer, phone: o.phone, customerId: o.customerId, paymentText: o.paymentText,
    carrier: o.tracking ? CARRIER[o.tracking.slice(0, 2)] ?? (/^\d{4}-/.test(o.tracking) ? 'ヤマト運輸' : '佐川急便') : null, tracking: o.tracking || null,
    packageId: null, salesRecord: null, invoice: '—', refund: o.refundText, updated: o.updatedText,
    items: o.items, qty: o.qty, decoys: decoys3Of(o),
    expected: { orderId: o.orderId, total: o.total, currency: o.currency, placedAt: o.placedAt, status: o.status },
  }));
}

function page(spec) {
  const { gen, ...rest } = spec;
  const lang = spec.data.lang.split('-')[0];
  return { ...rest, orders: () => rows({ ...gen, lang, timeZone: spec.data.timeZone, now: spec.data.now, seed: spec.data.seed }) };
}

const OPENCART_COLUMNS = [
  { key: 'id', kind: 'id', title: H('opencart', 'id'), width: 110, fixed: 'left' },
  { key: 'buyer', kind: 'buyer', title: H('opencart', 'buyer'), width: 180 },
  { key: 'status', kind: 'status', title: H('opencart', 'status'), width: 130 },
  { key: 'total', kind: 'total', title: H('opencart', 'total'), width: 120, align: 'right' },
  { key: 'placed', kind: 'placed', title: H('opencart', 'placedAt'), width: 130 },
  { key: 'updated', kind: 'updated', title: H('opencart', 'updatedAt'), width: 130 },
  { key: 'tracking', kind: 'tracking', title: 'Tracking', width: 220 },
  { key: 'actions', kind: 'actions', title: 'Action', width: 120, fixed: 'right', actions: ['View', 'Edit'] },
];

export const HELDOUT3_PAGES = [
  page({
    file: 'vue-element-plus-heldout3-fixed', lib: 'element-plus',
    configuration: 'third held-out set (OpenCart 4 Sales > Orders, a UK shop): fixed left/right columns, row selection, pagination footer; Order ID, Customer, Status, Total, Date Added as a date alone ("05/12/2026") beside Date Modified, "£1,234.56" totals, Pending/Processing/Complete/Canceled/Chargeback, Royal Mail tracking numbers',
    data: { lang: 'en-GB', timeZone: 'Europe/London', seed: 9601, now: '2026-12-07T10:00:00+00:00' },
    gen: { console: 'opencart', count: 16, dateStyle: 'dmy-date', money: 'gbp', items: [1, 2], phones: 'en-GB' },
    flags: { selection: true, height: 560 },
    hiddenDecoysOk: true,
    columns: OPENCART_COLUMNS,
  }),
  page({
    file: 'vue-element-plus-heldout3-empty', lib: 'element-plus',
    configuration: 'third held-out set (OpenCart 4, filtered to nothing): the same table with its empty text "No results!" and no orders; nothing on the page is an order',
    data: { lang: 'en-GB', timeZone: 'Europe/London', seed: 9602, now: '2026-12-07T10:00:00+00:00' },
    gen: { console: 'opencart', count: 6, dateStyle: 'dmy-date', money: 'gbp', items: [1, 1], phones: 'en-GB' },
    flags: { selection: true, empty: true },
    extra: { emptyText: 'No results!' },
    hiddenDecoysOk: true,
    columns: OPENCART_COLUMNS,
  }),
  page({
    file: 'vue-naive-ui-heldout3-expand', lib: 'naive-ui',
    configuration: 'third held-out set (nopCommerce Sales > Orders): expandable rows; Order #, Order status beside Payment status, Customer, Store, Created on "12/5/2026 2:03:22 PM", Order total "$1,234.56"',
    data: { lang: 'en-US', timeZone: 'America/Chicago', seed: 9603, now: '2026-12-05T15:30:00-06:00' },
    gen: { console: 'nop', count: 14, dateStyle: 'us-mdy-sec', money: 'usd', items: [1, 3] },
    flags: { expand: true, expandKeys: ['o0', 'o2', 'o5'] },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: H('nop', 'id'), width: 100 },
      { key: 'status', kind: 'status', title: H('nop', 'status'), width: 140 },
      { key: 'payment', kind: 'paymentText', title: H('nop', 'payment'), width: 140 },
      { key: 'receiver', kind: 'receiver', title: H('nop', 'buyer'), width: 200 },
      { key: 'placed', kind: 'placed', title: H('nop', 'placedAt'), width: 200 },
      { key: 'total', kind: 'total', title: H('nop', 'total'), width: 140, align: 'right' },
    ],
  }),
  page({
    file: 'vue-vxe-table-heldout3-span', lib: 'vxe-table',
    configuration: 'third held-out set (楽天 RMS 受注一覧, Japanese): merged cells over item rows, selection; 受注番号 shop-date-sequence numbers, 注文日時 "2026/12/05 14:03:22", 合計金額 "1,280円", 受注ステータス, 商品番号 per item, 090- phones and 12-digit parcel numbers',
    data: { lang: 'ja-JP', timeZone: 'Asia/Tokyo', seed: 9604, now: '2026-12-06T18:20:00+09:00' },
    gen: { console: 'rakuten', count: 12, dateStyle: 'slash-ymd-sec', money: 'yen-suffix', items: [1, 3] },
    flags: { span: true, selection: true },
    columns: [
      { key: 'id', kind: 'id', title: H('rakuten', 'id'), width: 250, perOrder: true },
      { key: 'item', kind: 'item', title: '商品名', minWidth: 220 },
      { key: 'iqty', kind: 'iqty', title: '個数', width: 60, align: 'center' },
      { key: 'placed', kind: 'placed', title: H('rakuten', 'placedAt'), width: 180, perOrder: true },
      { key: 'total', kind: 'total', title: H('rakuten', 'total'), width: 110, align: 'right', perOrder: true },
      { key: 'status', kind: 'status', title: H('rakuten', 'status'), width: 130, perOrder: true },
      { key: 'receiver', kind: 'receiver', title: H('rakuten', 'buyer'), width: 150, perOrder: true },
      { key: 'tracking', kind: 'tracking', title: H('rakuten', 'tracking'), width: 180, perOrder: true },
    ],
  }),
  page({
    file: 'vue-tdesign-heldout3-virtual', lib: 'tdesign',
    configuration: 'third held-out set (微信视频号小店): virtual scrolling (only visible rows in the DOM), 19-digit 订单号 starting 37, "￥128.00" full-width yen totals, "2026/12/05 14:03" dates, 13-digit 商品编码 and 快递单号',
    data: { lang: 'zh-CN', timeZone: 'Asia/Shanghai', seed: 9605, now: '2026-12-06T22:10:00+08:00' },
    gen: { console: 'wxshop', count: 160, dateStyle: 'slash-ymd-hm', money: 'fw-yen', items: [1, 2] },
    flags: { virtual: true, height: 640 },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: H('wxshop', 'id'), width: 220 },
      { key: 'items', kind: 'itemnames', title: '商品', width: 200 },
      { key: 'total', kind: 'total', title: H('wxshop', 'total'), width: 120, align: 'right' },
      { key: 'placed', kind: 'placed', title: H('wxshop', 'placedAt'), width: 170 },
      { key: 'status', kind: 'status', title: H('wxshop', 'status'), width: 100 },
      { key: 'phone', kind: 'phone', title: H('wxshop', 'phone'), width: 140 },
      { key: 'tracking', kind: 'tracking', title: H('wxshop', 'tracking'), width: 220 },
    ],
  }),
];

// Every page waits in test/corpus/pending/ until it reads exactly; READ lists those that joined the corpus.
const READ = new Set(['vue-element-plus-heldout3-fixed', 'vue-element-plus-heldout3-empty', 'vue-naive-ui-heldout3-expand', 'vue-tdesign-heldout3-virtual']);
for (const p of HELDOUT3_PAGES) if (!READ.has(p.file)) p.pending = 'third held-out set: not read exactly yet (docs/reading.md)';
