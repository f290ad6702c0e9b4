// Held-out React pages: the same libraries as pages.mjs, filled from ../heldout.mjs (header words,
// date, money and status formats, decoys the reader was never tuned to). render.mjs generates each
// page's orders with heldoutOrders and writes their truth as the expectation.
import { HEADERS } from '../heldout.mjs';

const H = (lang, field, i) => HEADERS[lang][field][i];
const col = (key, kind, title, more = {}) => ({ key, kind, title, ...more });

export const HELDOUT_PAGES = [
  { name: 'react-antd-heldout-fixed', bundle: 'heldout-antd', library: 'antd', config: 'fixed', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-05T11:40', title: '订单列表 - 商家中心',
    configuration: 'held-out words and formats: fixed left/right columns, row selection, header and body in separate tables; ¥ totals, 年月日 dates with 分钟前/小时前/今天, 运单号/包裹号/手机号 columns',
    seed: 9201, heldout: { lang: 'zh', count: 18, idShape: 'taobao', dateStyle: 'zh-nian', relativeShare: 0.4, money: 'yen-half', items: [1, 2] },
    options: { heading: '订单列表', columns: [
      col('id', 'id', H('zh', 'id', 0), { fixed: 'left', width: 210 }), col('items', 'items', H('zh', 'items', 2), { width: 260 }),
      col('buyer', 'buyerPhone', H('zh', 'buyer', 1), { width: 150 }), col('placed', 'placed', H('zh', 'placedAt', 2), { width: 190 }),
      col('total', 'total', H('zh', 'total', 5), { width: 130, align: 'right' }), col('ship', 'shipping', H('zh', 'shipping', 0), { width: 90 }),
      col('status', 'status', H('zh', 'status', 1), { width: 120 }), col('tracking', 'tracking', H('zh', 'tracking', 2), { width: 210 }),
      col('pkg', 'pkg', H('zh', 'pkg', 0), { width: 190, fixed: 'right' }),
    ] } },
  { name: 'react-antd-heldout-expand', bundle: 'heldout-antd', library: 'antd', config: 'expand', language: 'en-US', timeZone: 'America/Los_Angeles', now: '2026-12-05T08:30', title: 'Orders – Storefront admin',
    configuration: 'held-out words and formats: expandable rows (line IDs, SKUs, packages and tracking numbers in child tables); "Dec 5, 2026 at 3:04 pm" dates with hours ago and Today; US$ totals',
    seed: 9202, heldout: { lang: 'en', count: 15, idShape: 'hash', dateStyle: 'mon-at', relativeShare: 0.4, money: 'us-dollar', items: [1, 3] },
    options: { heading: 'Orders', columns: [
      col('id', 'id', H('en', 'id', 1)), col('placed', 'placed', H('en', 'placedAt', 5)), col('buyer', 'buyer', H('en', 'buyer', 0)),
      col('total', 'total', H('en', 'total', 4), { align: 'right' }), col('status', 'status', H('en', 'status', 4)), col('invoice', 'invoice', H('en', 'invoice', 2)),
    ] } },
  { name: 'react-mui-heldout-virtual', bundle: 'heldout-mui', library: '@mui/x-data-grid', config: 'virtual', language: 'en-GB', timeZone: 'Europe/Paris', now: '2026-12-05T14:10', title: 'Orders · Atelier Lumière',
    configuration: 'held-out words and formats: row virtualization (only rendered rows in the DOM), checkbox selection; "1 234,50 €" totals, "Dec 5 3:04 PM" dates without a year and minutes ago, SKUs and phone numbers',
    seed: 9203, virtual: true, minOrders: 8, heldout: { lang: 'en', count: 150, idShape: 'woo', dateStyle: 'mon-d-time', relativeShare: 0.3, money: 'euro-fr', items: [1, 2] },
    options: { heading: 'Orders', columns: [
      col('id', 'id', H('en', 'id', 7), { width: 110 }), col('placed', 'placed', H('en', 'placedAt', 3), { width: 170 }), col('buyer', 'buyer', H('en', 'buyer', 2), { width: 170 }),
      col('phone', 'phone', H('en', 'phone', 1), { width: 170 }), col('skus', 'skus', H('en', 'sku', 1), { width: 170 }),
      col('total', 'total', H('en', 'total', 7), { width: 130, align: 'right' }), col('status', 'status', H('en', 'status', 0), { width: 170 }),
    ] } },
  { name: 'react-semi-heldout-merged', bundle: 'heldout-semi', library: '@douyinfe/semi-ui', versionOf: '@douyinfe/semi-ui', config: 'merged', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-05T19:05', title: '订单管理 - 店铺后台',
    configuration: 'held-out words and formats: merged cells (order cells span item rows), fixed first column; ￥ totals without decimals, MM-DD HH:mm dates without a year, 发票号码 column',
    seed: 9204, heldout: { lang: 'zh', count: 12, idShape: 'pdd', dateStyle: 'md-hm', relativeShare: 0.3, money: 'yen-full', items: [1, 3] },
    options: { heading: '订单管理', columns: [
      col('id', 'id', H('zh', 'id', 5), { fixed: true, width: 230, perOrder: true }), col('item', 'item', H('zh', 'items', 0), { width: 260 }),
      col('placed', 'placed', H('zh', 'placedAt', 0), { width: 140, perOrder: true }), col('total', 'total', H('zh', 'total', 2), { width: 110, perOrder: true }),
      col('status', 'status', H('zh', 'status', 0), { width: 110, perOrder: true }), col('invoice', 'invoice', H('zh', 'invoice', 1), { width: 180, perOrder: true }),
      col('buyer', 'buyerPhone', H('zh', 'buyer', 3), { width: 150, perOrder: true }),
    ] } },
  { name: 'react-arco-heldout-selection', bundle: 'heldout-arco', library: '@arco-design/web-react', versionOf: '@arco-design/web-react', config: 'selection', language: 'en-IE', timeZone: 'Europe/Dublin', now: '2026-12-05T10:00', title: 'Orders — Harbour Supply Co.',
    configuration: 'held-out words and formats: row selection, sticky right column; amounts as bare numbers with the currency in the header (Amount (EUR), 1.234,50), DD/MM/YYYY dates, invoice and tracking numbers',
    seed: 9205, heldout: { lang: 'en', count: 14, idShape: 'spree', dateStyle: 'gb-dmy', money: 'bare-comma', currency: 'EUR', items: [1, 2] },
    options: { heading: 'Orders', columns: [
      col('id', 'id', H('en', 'id', 2), { width: 140 }), col('placed', 'placed', H('en', 'placedAt', 2), { width: 150 }), col('buyer', 'buyer', H('en', 'buyer', 4), { width: 170 }),
      col('total', 'total', H('en', 'totalUnit', 1).replace('{cur}', 'EUR'), { width: 140, align: 'right' }), col('refund', 'refund', H('en', 'refund', 1), { width: 130, align: 'right' }),
      col('status', 'status', H('en', 'status', 1), { width: 170 }), col('tracking', 'tracking', H('en', 'tracking', 0), { width: 220 }), col('invoice', 'invoice', H('en', 'invoice', 1), { width: 170 }),
    ] } },
  { name: 'react-antd-heldout-blocks', bundle: 'heldout-antd', library: 'antd', config: 'blocks', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-05T16:45', title: '已售订单 - 卖家中心',
    configuration: 'held-out words and formats: no table, one Card per order (订单号码：/下单日期：/发票号： in the header line, item rows with 商家编码, paid total, status and 快递单号 beside the first item); CN¥ totals, MM-DD HH:mm and relative dates',
    seed: 9206, heldout: { lang: 'zh', count: 12, idShape: 'jd', dateStyle: 'md-hm', relativeShare: 0.3, money: 'cn-yen', items: [1, 3] },
    options: { heading: '已售订单', labels: { id: '订单号码：', placed: '下单日期：', invoice: '发票号：', sku: '商家编码：', shipping: '运费 ', tracking: '快递单号 ' } } },
  { name: 'react-mui-heldout-cards', bundle: 'heldout-mui', library: '@mui/material', config: 'cards', language: 'en-US', timeZone: 'America/New_York', now: '2026-12-05T13:20', title: 'Your orders · Maker Studio',
    configuration: 'held-out words and formats: no table, one MUI Paper per order ("Order #1042", "Placed Dec 5, 2026 at 3:04 pm" and "Total $48.00" as one line of text each), item lines with SKUs, tracking numbers',
    seed: 9207, heldout: { lang: 'en', count: 12, idShape: 'hash', dateStyle: 'mon-at', relativeShare: 0.3, money: 'dollar', items: [1, 3] },
    options: { heading: 'Orders', labels: { id: 'Order ', placed: 'Placed ', sku: 'SKU ', tracking: 'Tracking ', total: 'Total ' } } },
  { name: 'react-aggrid-heldout-pinned', bundle: 'heldout-aggrid', library: 'ag-grid-community', config: 'pinned', language: 'en-GB', timeZone: 'Europe/Madrid', now: '2026-12-05T18:30', title: 'Orders · Casa Olivo',
    configuration: 'held-out words and formats: pinned left/right columns (separate pinned row containers), checkbox selection; "1.234,50 EUR" totals, 5 Dec 2026 dates without a time, invoice numbers and SKUs',
    seed: 9208, heldout: { lang: 'en', count: 14, idShape: 'ref', dateStyle: 'd-mon-y', money: 'eur-code-after', items: [1, 2] },
    options: { heading: 'Orders', columns: [
      col('id', 'id', H('en', 'id', 3), { width: 150, pinned: 'left' }), col('placed', 'placed', H('en', 'placedAt', 4), { width: 140 }), col('buyer', 'buyer', H('en', 'buyer', 1), { width: 170 }),
      col('items', 'items', H('en', 'items', 1), { width: 260 }), col('skus', 'skus', H('en', 'sku', 0), { width: 160 }), col('invoice', 'invoice', H('en', 'invoice', 0), { width: 170 }),
      col('status', 'status', H('en', 'status', 2), { width: 170 }), col('total', 'total', H('en', 'total', 1), { width: 150, align: 'right', pinned: 'right' }),
    ] } },
  { name: 'react-aggrid-heldout-virtual', bundle: 'heldout-aggrid', library: 'ag-grid-community', config: 'virtual', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-05T22:10', title: '订单中心',
    configuration: 'held-out words and formats: row virtualization (only rendered rows in the DOM), checkbox selection; ￥ totals, 今天/分钟前/小时前 and 年月日 dates, 子单号 and 手机号 columns',
    seed: 9209, virtual: true, minOrders: 8, heldout: { lang: 'zh', count: 150, idShape: 'taobao', dateStyle: 'zh-nian', relativeShare: 0.4, money: 'yen-full', items: [1, 2] },
    options: { heading: '订单中心', columns: [
      col('id', 'id', H('zh', 'id', 1), { width: 210 }), col('placed', 'placed', H('zh', 'placedAt', 0), { width: 190 }), col('total', 'total', H('zh', 'total', 1), { width: 120, align: 'right' }),
      col('status', 'status', H('zh', 'status', 1), { width: 120 }), col('phone', 'phone', H('zh', 'phone', 0), { width: 150 }), col('tracking', 'tracking', H('zh', 'tracking', 1), { width: 210 }),
    ] } },
  { name: 'react-polaris-heldout-indextable', bundle: 'heldout-polaris', library: '@shopify/polaris', config: 'indextable', language: 'en-US', timeZone: 'America/Denver', now: '2026-12-05T15:45', title: 'Orders · Trailhead Outfitters',
    configuration: 'held-out words and formats: IndexTable with row selection and status badges (progress icons with hidden names); MM/DD/YYYY h:mm AM/PM dates, "USD 12.00" totals, package numbers',
    seed: 9210, heldout: { lang: 'en', count: 16, idShape: 'hash', dateStyle: 'us-12h', money: 'usd-code', items: [1, 2] },
    options: { heading: 'Orders', columns: [
      col('id', 'id', H('en', 'id', 1)), col('placed', 'placed', H('en', 'placedAt', 6)), col('buyer', 'buyer', H('en', 'buyer', 0)),
      col('total', 'total', H('en', 'total', 2), { align: 'right' }), col('status', 'status', H('en', 'status', 4)), col('pkg', 'pkg', H('en', 'pkg', 0)),
    ] } },
  { name: 'react-fusion-heldout-lock', bundle: 'heldout-fusion', library: '@alifd/next', config: 'lock', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-05T08:50', title: '交易管理 - 商家工作台',
    configuration: 'held-out words and formats: locked left/right columns (Fusion draws them as copies), row selection; 订单总额-style unit in header (订单金额（元）) with bare amounts, YYYY/MM/DD HH:mm:ss dates, 包裹号 and 发票号码',
    seed: 9211, heldout: { lang: 'zh', count: 14, idShape: 'pdd', dateStyle: 'slash-ymd', money: 'bare-dot', currency: 'CNY', items: [1, 2] },
    options: { heading: '交易管理', columns: [
      col('id', 'id', H('zh', 'id', 0), { fixed: 'left', width: 230 }), col('items', 'items', H('zh', 'items', 1), { width: 240 }), col('buyer', 'buyer', H('zh', 'buyer', 3), { width: 120 }),
      col('placed', 'placed', H('zh', 'placedAt', 3), { width: 180 }), col('total', 'total', H('zh', 'totalUnit', 1), { width: 130, align: 'right' }),
      col('status', 'status', H('zh', 'status', 0), { width: 120 }), col('pkg', 'pkg', H('zh', 'pkg', 0), { width: 180 }), col('invoice', 'invoice', H('zh', 'invoice', 1), { width: 170 }),
    ] } },
];
