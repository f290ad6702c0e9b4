// The third blind held-out React pages: the held-out library modules (pages/heldout-*.jsx) filled
// from ../heldout3.mjs with the words and formats of consoles neither earlier set drew on (1688,
// 微信视频号小店, TikTok Shop, Allegro, Rakuten, Coupang, Lazada, Shopee Vietnam, Vendure, Ecwid).
// render.mjs writes each page's truth (the records its cells are printed from).
import { HEADERS3 } from '../heldout3.mjs';

const H = (con, field) => HEADERS3[con][field];
const col = (key, kind, title, more = {}) => ({ key, kind, title, ...more });

export const HELDOUT3_PAGES = [
  { name: 'react-antd-heldout3-fixed', bundle: 'heldout-antd', library: 'antd', config: 'fixed', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-06T10:20', title: '已卖出的货品 - 1688卖家工作台',
    configuration: 'third held-out set (1688 卖家): fixed left/right columns with selection; 订单号/创建时间/实付款(元)/交易状态, 等待买家付款…交易关闭, "¥1,280.00" totals, 19-digit order numbers, 买家ID (b2b-…) and 运单号 decoys',
    seed: 9501, heldout3: { lang: 'zh', console: 'c1688', count: 14, dateStyle: 'ymd-sec', money: 'yen-2', items: [1, 2] },
    options: { heading: '已卖出的货品', columns: [
      col('id', 'id', H('c1688', 'id'), { fixed: 'left', width: 230 }), col('items', 'items', '货品', { width: 240 }),
      col('buyer', 'buyer', H('c1688', 'buyer'), { width: 120 }), col('cid', 'customerId', H('c1688', 'customerId'), { width: 200 }),
      col('placed', 'placed', H('c1688', 'placedAt'), { width: 180 }), col('total', 'total', H('c1688', 'total'), { width: 130, align: 'right' }),
      col('status', 'status', H('c1688', 'status'), { width: 140 }), col('tracking', 'tracking', H('c1688', 'tracking'), { width: 200, fixed: 'right' }),
    ] } },
  { name: 'react-antd-heldout3-expand', bundle: 'heldout-antd', library: 'antd', config: 'expand', language: 'en-PH', timeZone: 'Asia/Manila', now: '2026-12-06T16:45', title: 'Orders - Lazada Seller Center',
    configuration: 'third held-out set (Lazada Philippines): expandable rows with line items and parcel numbers; Order Number, Order Date, Customer Name, Total Amount, Status; "₱1,234.00" totals, "05 Dec 2026 14:03" dates, 15-digit order numbers, Buyer ID and Seller SKU decoys',
    seed: 9502, heldout3: { lang: 'en', console: 'lazada', count: 14, dateStyle: 'dmon-y-hm', money: 'php', items: [1, 3], phones: 'en-MY' },
    options: { heading: 'Manage Orders', columns: [
      col('id', 'id', H('lazada', 'id')), col('placed', 'placed', H('lazada', 'placedAt')), col('buyer', 'buyer', H('lazada', 'buyer')),
      col('cid', 'customerId', H('lazada', 'customerId')), col('total', 'total', H('lazada', 'total'), { align: 'right' }), col('status', 'status', H('lazada', 'status')),
    ] } },
  { name: 'react-mui-heldout3-virtual', bundle: 'heldout-mui', library: '@mui/x-data-grid', config: 'virtual', language: 'en-US', timeZone: 'America/Los_Angeles', now: '2026-12-05T18:10', title: 'Manage orders | TikTok Shop Seller Center',
    configuration: 'third held-out set (TikTok Shop US): row virtualization, checkbox selection; 18-digit Order IDs beside 19-digit Package IDs and SKU IDs, "12/05/2026 2:03 PM" dates, "$1,234.56" totals, Awaiting collection / In transit',
    seed: 9503, virtual: true, minOrders: 8, heldout3: { lang: 'en', console: 'tiktok', count: 150, dateStyle: 'us-mdy-12h', money: 'usd', items: [1, 2] },
    options: { heading: 'Manage orders', columns: [
      col('id', 'id', H('tiktok', 'id'), { width: 200 }), col('pkg', 'pkg', H('tiktok', 'pkg'), { width: 200 }), col('skus', 'skus', H('tiktok', 'sku'), { width: 200 }),
      col('total', 'total', H('tiktok', 'total'), { width: 130, align: 'right' }), col('status', 'status', H('tiktok', 'status'), { width: 180 }),
      col('placed', 'placed', H('tiktok', 'placedAt'), { width: 190 }), col('buyer', 'buyer', H('tiktok', 'buyer'), { width: 160 }),
    ] } },
  { name: 'react-semi-heldout3-merged', bundle: 'heldout-semi', library: '@douyinfe/semi-ui', versionOf: '@douyinfe/semi-ui', config: 'merged', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-06T21:05', title: '订单管理 - 微信小店',
    configuration: 'third held-out set (微信视频号小店): merged cells over item rows, fixed first column; 19-digit 订单号 starting 37, "￥128.00" full-width yen totals, "2026/12/05 14:03" dates, 待收货/退款中, 13-digit 商品编码 and 快递单号 decoys',
    seed: 9504, heldout3: { lang: 'zh', console: 'wxshop', count: 12, dateStyle: 'slash-ymd-hm', money: 'fw-yen', items: [1, 3] },
    options: { heading: '订单管理', columns: [
      col('id', 'id', H('wxshop', 'id'), { fixed: true, width: 230, perOrder: true }), col('item', 'item', '商品', { width: 260 }),
      col('placed', 'placed', H('wxshop', 'placedAt'), { width: 160, perOrder: true }), col('total', 'total', H('wxshop', 'total'), { width: 120, perOrder: true }),
      col('status', 'status', H('wxshop', 'status'), { width: 110, perOrder: true }), col('buyer', 'buyerPhone', H('wxshop', 'buyer'), { width: 150, perOrder: true }),
      col('tracking', 'tracking', H('wxshop', 'tracking'), { width: 200, perOrder: true }),
    ] } },
  { name: 'react-arco-heldout3-selection', bundle: 'heldout-arco', library: '@arco-design/web-react', versionOf: '@arco-design/web-react', config: 'selection', language: 'pl-PL', timeZone: 'Europe/Warsaw', now: '2026-12-05T19:30', title: 'Zamówienia - Allegro Sales Center',
    configuration: 'third held-out set (Allegro Sales Center, Polish): row selection, sticky right column; UUID order ids, "1 234,56 zł" totals with no-break spaces, "05.12.2026, 14:03" dates, Nowe/W realizacji/Wysłane/Anulowane, buyer logins, phone and 24-digit parcel numbers',
    seed: 9505, heldout3: { lang: 'pl', console: 'allegro', count: 14, dateStyle: 'pl-dot-comma', money: 'pln', items: [1, 2] },
    options: { heading: 'Zamówienia', columns: [
      col('id', 'id', H('allegro', 'id'), { width: 330 }), col('buyer', 'buyer', H('allegro', 'buyer'), { width: 190 }), col('cid', 'customerId', H('allegro', 'customerId'), { width: 170 }),
      col('placed', 'placed', H('allegro', 'placedAt'), { width: 160 }), col('total', 'total', H('allegro', 'total'), { width: 130, align: 'right' }),
      col('status', 'status', H('allegro', 'status'), { width: 140 }), col('phone', 'phone', H('allegro', 'phone'), { width: 160 }), col('tracking', 'tracking', 'Numer przesyłki', { width: 260 }),
    ] } },
  { name: 'react-antd-heldout3-blocks', bundle: 'heldout-antd', library: 'antd', config: 'blocks', language: 'ja-JP', timeZone: 'Asia/Tokyo', now: '2026-12-06T11:40', title: '受注管理 - 楽天 RMS',
    configuration: 'third held-out set (楽天 RMS, Japanese): no table, one Card per order (受注番号：/注文日時： in the header line, items with 商品番号, total in 円, 受注ステータス and お荷物伝票番号 beside the first item); shop-date-sequence order numbers, "2026/12/05 14:03:22" times, "1,280円" totals, 090- phones and 12-digit parcel numbers',
    seed: 9506, heldout3: { lang: 'ja', console: 'rakuten', count: 12, dateStyle: 'slash-ymd-sec', money: 'yen-suffix', items: [1, 3] },
    options: { heading: '受注一覧', labels: { id: '受注番号：', placed: '注文日時：', sku: '商品番号：', shipping: '送料 ', tracking: 'お荷物伝票番号 ' } } },
  { name: 'react-mui-heldout3-cards', bundle: 'heldout-mui', library: '@mui/material', config: 'cards', language: 'en-GB', timeZone: 'Europe/London', now: '2026-12-05T17:15', title: 'My Sales: Orders — Ecwid',
    configuration: 'third held-out set (Ecwid, a UK shop): no table, one MUI Paper per order ("Order #21436", "5 Dec 2026, 14:03", "Total £1,234.56" as one line each), Ecwid fulfilment statuses (Awaiting processing, Out for delivery, Will not deliver), SKUs and Royal Mail/Evri tracking numbers',
    seed: 9507, heldout3: { lang: 'en', console: 'ecwid', count: 12, dateStyle: 'gb-dmon-comma', money: 'gbp', items: [1, 3] },
    options: { heading: 'Orders', labels: { id: 'Order #', placed: '', sku: 'SKU ', tracking: 'Tracking number ', total: 'Total ' } } },
  { name: 'react-aggrid-heldout3-pinned', bundle: 'heldout-aggrid', library: 'ag-grid-community', config: 'pinned', language: 'en-MY', timeZone: 'Asia/Kuala_Lumpur', now: '2026-12-06T13:30', title: 'Orders - Lazada Seller Center',
    configuration: 'third held-out set (Lazada Malaysia): pinned left/right columns, checkbox selection; Order Number, Order Date, Customer Name, Seller SKU, Tracking Number, Status, Total Amount; "RM 1,234.56" totals, "05 Dec 2026 14:03" dates, 15-digit order numbers and MYMPA tracking numbers',
    seed: 9508, heldout3: { lang: 'en', console: 'lazada', count: 14, dateStyle: 'dmon-y-hm', money: 'rm', items: [1, 2], phones: 'en-MY' },
    options: { heading: 'Manage Orders', columns: [
      col('id', 'id', H('lazada', 'id'), { width: 180, pinned: 'left' }), col('placed', 'placed', H('lazada', 'placedAt'), { width: 180 }), col('buyer', 'buyerPhone', H('lazada', 'buyer'), { width: 230 }),
      col('skus', 'skus', H('lazada', 'sku'), { width: 170 }), col('tracking', 'tracking', H('lazada', 'tracking'), { width: 170 }),
      col('status', 'status', H('lazada', 'status'), { width: 130 }), col('total', 'total', H('lazada', 'total'), { width: 140, align: 'right', pinned: 'right' }),
    ] } },
  { name: 'react-aggrid-heldout3-virtual', bundle: 'heldout-aggrid', library: 'ag-grid-community', config: 'virtual', language: 'vi-VN', timeZone: 'Asia/Ho_Chi_Minh', now: '2026-12-06T20:50', title: 'Tất cả đơn hàng - Kênh Người Bán Shopee',
    configuration: 'third held-out set (Shopee Vietnam seller centre): row virtualization, checkbox selection; Vietnamese headers (Mã đơn hàng, Ngày đặt hàng, Tổng tiền, Trạng thái), yymmdd+8 order numbers, "₫1.234.000" totals with dot groups and no cents, "05/12/2026 14:03" dates, SPXVN tracking numbers and phones',
    seed: 9509, virtual: true, minOrders: 8, heldout3: { lang: 'vi', console: 'shopee', count: 150, dateStyle: 'dmy-hm', money: 'vnd', items: [1, 2] },
    options: { heading: 'Tất cả đơn hàng', columns: [
      col('id', 'id', H('shopee', 'id'), { width: 180 }), col('placed', 'placed', H('shopee', 'placedAt'), { width: 170 }), col('total', 'total', H('shopee', 'total'), { width: 140, align: 'right' }),
      col('status', 'status', H('shopee', 'status'), { width: 170 }), col('phone', 'phone', H('shopee', 'phone'), { width: 150 }), col('tracking', 'tracking', H('shopee', 'tracking'), { width: 200 }),
    ] } },
  { name: 'react-polaris-heldout3-indextable', bundle: 'heldout-polaris', library: '@shopify/polaris', config: 'indextable', language: 'en-US', timeZone: 'America/New_York', now: '2026-12-05T16:25', title: 'Orders | Vendure',
    configuration: 'third held-out set (Vendure admin order list): IndexTable with selection and state badges; Code (16 capitals and digits), Customer, Customer ID, State (Arranging payment, Payment settled …), Total, Placed at and a second date, Updated at; "12/5/26, 2:03 PM" dates with a two-digit year',
    seed: 9510, heldout3: { lang: 'en', console: 'vendure', count: 16, dateStyle: 'us-short', money: 'usd', items: [1, 2] },
    options: { heading: 'Orders', columns: [
      col('id', 'id', H('vendure', 'id')), col('buyer', 'buyer', H('vendure', 'buyer')), col('cid', 'customerId', H('vendure', 'customerId')),
      col('status', 'status', H('vendure', 'status')), col('total', 'total', H('vendure', 'total'), { align: 'right' }),
      col('placed', 'placed', H('vendure', 'placedAt')), col('updated', 'updated', H('vendure', 'updatedAt')),
    ] } },
  { name: 'react-fusion-heldout3-lock', bundle: 'heldout-fusion', library: '@alifd/next', config: 'lock', language: 'ko-KR', timeZone: 'Asia/Seoul', now: '2026-12-06T09:40', title: '주문관리 - 쿠팡 Wing',
    configuration: 'third held-out set (Coupang Wing, Korean): locked left/right columns, selection; 주문번호 (13 digits), 주문일시 "2026.12.05 14:03", 결제금액 "12,800원", 결제완료/상품준비중/배송지시/배송중/배송완료, 12-digit 운송장번호 and 010- phones',
    seed: 9511, heldout3: { lang: 'ko', console: 'coupang', count: 14, dateStyle: 'ko-dot-hm', money: 'won', items: [1, 2] },
    options: { heading: '주문관리', columns: [
      col('id', 'id', H('coupang', 'id'), { fixed: 'left', width: 170 }), col('items', 'items', '상품명', { width: 230 }), col('buyer', 'buyer', H('coupang', 'buyer'), { width: 110 }),
      col('phone', 'phone', H('coupang', 'phone'), { width: 150 }), col('placed', 'placed', H('coupang', 'placedAt'), { width: 170 }),
      col('total', 'total', H('coupang', 'total'), { width: 130, align: 'right' }), col('status', 'status', H('coupang', 'status'), { width: 110 }),
      col('tracking', 'tracking', H('coupang', 'tracking'), { width: 170 }),
    ] } },
];

// Every page waits in test/corpus/pending/ until it reads exactly; READ lists those that joined the corpus.
const READ = new Set(['react-antd-heldout3-fixed', 'react-mui-heldout3-virtual', 'react-semi-heldout3-merged', 'react-mui-heldout3-cards', 'react-polaris-heldout3-indextable',
  // Read exactly once lib/extract/sniff.ts took RM, ₱, ₫, 円 and 원 for money signs (2026-12-07).
  'react-aggrid-heldout3-pinned', 'react-aggrid-heldout3-virtual', 'react-fusion-heldout3-lock']);
for (const p of HELDOUT3_PAGES) if (!READ.has(p.name)) p.pending = 'third held-out set: not read exactly yet (docs/reading.md)';
