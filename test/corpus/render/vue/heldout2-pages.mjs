// The second blind held-out Vue pages: the same libraries and layouts as heldout-pages.mjs,
// filled from ../heldout2.mjs (Magento, BigCommerce, Saleor, 微店, 快手小店, 小红书千帆 words and
// formats). Each row's expectation is the record its cells are printed from.
import { HEADERS2, heldout2Orders, decoys2Of } from '../heldout2.mjs';
import { STATUS_TYPE } from './data.mjs';

const H = (lang, field, i) => HEADERS2[lang][field][i];
const CARRIER = { '1Z': 'UPS', '94': 'USPS', SF: '顺丰速运', YT: '圆通速递', JT: '极兔速递' };

/** The Vue row shape (see src/common.js) of second-set held-out orders. */
function rows(opts) {
  return heldout2Orders(opts).map((o, i) => ({
    key: 'o' + i, orderId: o.orderId, idText: o.orderId, placedMs: o.placedMs, placedText: o.dateText, paidText: o.dateText,
    total: o.total, totalText: o.totalText, goodsText: o.items[0].lineText, shippingText: o.shippingText,
    status: o.status, statusText: o.statusText, statusType: STATUS_TYPE[o.status], afterSale: '',
    buyer: o.buyer, receiver: o.buyer, phone: o.phone,
    carrier: o.tracking ? CARRIER[o.tracking.slice(0, 2)] ?? 'Carrier' : null, tracking: o.tracking || null,
    packageId: null, salesRecord: null, invoice: o.invoice || '—', refund: o.refundText, updated: '—',
    items: o.items, qty: o.qty, decoys: decoys2Of(o),
    expected: { orderId: o.orderId, total: o.total, currency: o.currency, placedAt: o.placedAt, status: o.status },
  }));
}

const CN = { lang: 'zh-CN', timeZone: 'Asia/Shanghai' };
function page(spec) {
  const { gen, ...rest } = spec;
  const lang = spec.data.lang.startsWith('zh') ? 'zh' : 'en';
  return { ...rest, orders: () => rows({ ...gen, lang, timeZone: spec.data.timeZone, now: spec.data.now, seed: spec.data.seed }) };
}

export const HELDOUT2_PAGES = [
  page({
    file: 'vue-element-plus-heldout2-fixed', lib: 'element-plus',
    configuration: 'second held-out set (微店): fixed left/right columns, row selection, fixed height; "12月5日 14:03" dates without a year, "¥1,280.00" totals, 收货人 with phone, 快递单号',
    data: { ...CN, seed: 9401, now: '2026-12-05T11:00:00+08:00' },
    gen: { console: 'weidian', count: 16, dateStyle: 'zh-md-hm', money: 'yen-2', items: [1, 2] },
    flags: { selection: true, height: 560 },
    columns: [
      { key: 'id', kind: 'id', title: H('zh', 'id', 1), width: 200, fixed: 'left' },
      { key: 'items', kind: 'itemnames', title: '商品', width: 240 },
      { key: 'buyer', kind: 'buyer', title: H('zh', 'buyer', 1), width: 140, withPhone: true },
      { key: 'placed', kind: 'placed', title: H('zh', 'placedAt', 0), width: 150 },
      { key: 'total', kind: 'total', title: H('zh', 'total', 0), width: 120, align: 'right' },
      { key: 'status', kind: 'status', title: H('zh', 'status', 0), width: 110 },
      { key: 'tracking', kind: 'tracking', title: H('zh', 'tracking', 1), width: 200 },
      { key: 'actions', kind: 'actions', title: '操作', width: 140, fixed: 'right', actions: ['详情', '发货'] },
    ],
  }),
  page({
    file: 'vue-vxe-table-heldout2-span', lib: 'vxe-table',
    configuration: 'second held-out set (快手小店): merged cells over item rows, "¥1,280" whole totals, "2026-12-05 14:03:22" times, 商品编码 per item',
    data: { ...CN, seed: 9402, now: '2026-12-05T20:30:00+08:00' },
    gen: { console: 'kuaishou', count: 12, dateStyle: 'ymd-sec', money: 'yen-int', integer: true, items: [1, 3] },
    flags: { span: true, selection: true },
    columns: [
      { key: 'id', kind: 'id', title: H('zh', 'id', 1), width: 210, perOrder: true },
      { key: 'item', kind: 'item', title: '商品信息', minWidth: 240 },
      { key: 'iqty', kind: 'iqty', title: '数量', width: 60, align: 'center' },
      { key: 'placed', kind: 'placed', title: H('zh', 'placedAt', 0), width: 180, perOrder: true },
      { key: 'total', kind: 'total', title: H('zh', 'total', 4), width: 110, align: 'right', perOrder: true },
      { key: 'status', kind: 'status', title: H('zh', 'status', 2), width: 110, perOrder: true },
      { key: 'receiver', kind: 'receiver', title: H('zh', 'buyer', 1), width: 150, perOrder: true },
    ],
  }),
  page({
    file: 'vue-tdesign-heldout2-virtual', lib: 'tdesign',
    configuration: 'second held-out set (小红书千帆): virtual scrolling (only visible rows in the DOM), "2026-12-05T14:03:22+08:00" times, "¥1,280.00" totals, P-prefixed order numbers, 联系电话 and 运单号',
    data: { ...CN, seed: 9403, now: '2026-12-05T16:10:00+08:00' },
    gen: { console: 'xhs', count: 160, dateStyle: 'iso-offset', money: 'yen-2', items: [1, 2] },
    flags: { virtual: true, height: 640 },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: H('zh', 'id', 0), width: 220 },
      { key: 'items', kind: 'itemnames', title: '商品', width: 220 },
      { key: 'total', kind: 'total', title: H('zh', 'total', 1), width: 130, align: 'right' },
      { key: 'placed', kind: 'placed', title: H('zh', 'placedAt', 1), width: 220 },
      { key: 'status', kind: 'status', title: H('zh', 'status', 0), width: 110 },
      { key: 'phone', kind: 'phone', title: H('zh', 'phone', 1), width: 140 },
      { key: 'tracking', kind: 'tracking', title: H('zh', 'tracking', 2), width: 200 },
    ],
  }),
  page({
    file: 'vue-naive-ui-heldout2-expand', lib: 'naive-ui',
    configuration: 'second held-out set (BigCommerce, a UK seller selling in dollars): expandable rows, en-GB page with "05/12/2026 14:03" dates, "$1,234.56 USD" totals, invoice numbers',
    data: { lang: 'en-GB', timeZone: 'Europe/London', seed: 9404, now: '2026-12-05T12:00:00+00:00' },
    gen: { console: 'bigcommerce', count: 14, dateStyle: 'gb-dmy-hm', money: 'usd-code-after', items: [1, 3] },
    flags: { expand: true, expandKeys: ['o0', 'o1', 'o4'] },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: H('en', 'id', 4), width: 120 },
      { key: 'placed', kind: 'placed', title: H('en', 'placedAt', 4), width: 160 },
      { key: 'receiver', kind: 'receiver', title: H('en', 'buyer', 1), width: 180 },
      { key: 'invoice', kind: 'invoice', title: H('en', 'invoice', 0), width: 170 },
      { key: 'total', kind: 'total', title: H('en', 'total', 3), width: 150, align: 'right' },
      { key: 'status', kind: 'status', title: H('en', 'status', 3), width: 170 },
    ],
  }),
  page({
    file: 'vue-ant-design-vue-heldout2-expand', lib: 'antd',
    configuration: 'second held-out set (Magento order grid): expandable rows, nine-digit IDs, "Dec 5, 2026, 2:03:22 PM" dates, "$1,234.56" totals, Bill-to Name, invoice numbers',
    data: { lang: 'en-US', timeZone: 'America/Los_Angeles', seed: 9405, now: '2026-12-05T09:20:00-08:00' },
    gen: { console: 'magento', count: 14, dateStyle: 'us-long-sec', money: 'usd', items: [1, 3] },
    flags: { expand: true, expandKeys: ['o0', 'o1', 'o3'] },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: H('en', 'id', 0), width: 130 },
      { key: 'placed', kind: 'placed', title: H('en', 'placedAt', 0), width: 220 },
      { key: 'buyer', kind: 'buyer', title: H('en', 'buyer', 0), width: 160 },
      { key: 'total', kind: 'total', title: H('en', 'total', 0), width: 150, align: 'right' },
      { key: 'invoice', kind: 'invoice', title: H('en', 'invoice', 0), width: 170 },
      { key: 'status', kind: 'status', title: H('en', 'status', 0), width: 120 },
    ],
  }),
];
