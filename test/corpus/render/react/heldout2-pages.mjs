// The second blind held-out React pages: the same library modules as heldout-pages.mjs
// (pages/heldout-*.jsx), filled from ../heldout2.mjs with other consoles' words and formats
// (Magento, PrestaShop, Shopware, Saleor, BigCommerce, Medusa, 有赞, 快手小店, 小红书千帆, 微店,
// 拼多多跨境). render.mjs writes each page's truth (the records its cells are printed from).
import { HEADERS2 } from '../heldout2.mjs';

const H = (lang, field, i) => HEADERS2[lang][field][i];
const col = (key, kind, title, more = {}) => ({ key, kind, title, ...more });

export const HELDOUT2_PAGES = [
  { name: 'react-antd-heldout2-fixed', bundle: 'heldout-antd', library: 'antd', config: 'fixed', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-05T15:20', title: '订单查询 - 有赞微商城',
    configuration: 'second held-out set (有赞): fixed left/right columns with selection; 订单号/下单时间/实付金额/订单状态, "¥1,280.00" totals, "2026年12月5日 14时03分" dates, 物流单号/收货人手机/客户ID decoys',
    seed: 9301, heldout2: { lang: 'zh', console: 'youzan', count: 14, dateStyle: 'zh-nian-shifen', money: 'yen-2', items: [1, 2] },
    options: { heading: '订单查询', columns: [
      col('id', 'id', H('zh', 'id', 0), { fixed: 'left', width: 240 }), col('items', 'items', '商品', { width: 240 }),
      col('buyer', 'buyerPhone', H('zh', 'buyer', 1), { width: 150 }), col('placed', 'placed', H('zh', 'placedAt', 0), { width: 200 }),
      col('total', 'total', H('zh', 'total', 0), { width: 130, align: 'right' }), col('cid', 'customerId', H('zh', 'customerId', 0), { width: 140 }),
      col('status', 'status', H('zh', 'status', 0), { width: 110 }), col('tracking', 'tracking', H('zh', 'tracking', 0), { width: 200, fixed: 'right' }),
    ] } },
  { name: 'react-antd-heldout2-expand', bundle: 'heldout-antd', library: 'antd', config: 'expand', language: 'en-US', timeZone: 'America/Chicago', now: '2026-12-05T09:30', title: 'Orders / Sales / Magento Admin',
    configuration: 'second held-out set (Magento order grid): expandable rows with line items; ID, Purchase Point, Purchase Date, Bill-to Name, Grand Total (Base) and (Purchased), Status; "Dec 5, 2026, 2:03:22 PM" dates, "$1,234.56" totals, invoice numbers',
    seed: 9302, heldout2: { lang: 'en', console: 'magento', count: 14, dateStyle: 'us-long-sec', money: 'usd', items: [1, 3] },
    options: { heading: 'Orders', columns: [
      col('id', 'id', H('en', 'id', 0)), col('placed', 'placed', H('en', 'placedAt', 0)), col('buyer', 'buyer', H('en', 'buyer', 0)),
      col('base', 'totalBase', H('en', 'totalBase', 0), { align: 'right' }), col('total', 'total', H('en', 'total', 0), { align: 'right' }),
      col('status', 'status', H('en', 'status', 0)), col('invoice', 'invoice', H('en', 'invoice', 0)),
    ] } },
  { name: 'react-mui-heldout2-virtual', bundle: 'heldout-mui', library: '@mui/x-data-grid', config: 'virtual', language: 'en-GB', timeZone: 'Europe/Berlin', now: '2026-12-05T14:10', title: 'Orders • PrestaShop',
    configuration: 'second held-out set (PrestaShop Sell > Orders): row virtualization, checkbox selection; nine-letter references, Customer, "1.234,56 €" totals, PrestaShop state names, "05/12/2026 14:03" dates, customer ids and phone numbers',
    seed: 9303, virtual: true, minOrders: 8, heldout2: { lang: 'en', console: 'prestashop', count: 150, dateStyle: 'gb-dmy-hm', money: 'eur-de', items: [1, 2] },
    options: { heading: 'Orders', columns: [
      col('id', 'id', H('en', 'id', 1), { width: 130 }), col('buyer', 'buyer', H('en', 'buyer', 1), { width: 160 }), col('cid', 'customerId', H('en', 'customerId', 0), { width: 140 }),
      col('total', 'total', H('en', 'total', 1), { width: 120, align: 'right' }), col('status', 'status', H('en', 'status', 0), { width: 220 }),
      col('placed', 'placed', H('en', 'placedAt', 1), { width: 150 }), col('phone', 'phone', H('en', 'phone', 0), { width: 170 }),
    ] } },
  { name: 'react-semi-heldout2-merged', bundle: 'heldout-semi', library: '@douyinfe/semi-ui', versionOf: '@douyinfe/semi-ui', config: 'merged', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-05T20:15', title: '订单管理 - 快手小店',
    configuration: 'second held-out set (快手小店): merged cells (order cells span item rows), fixed first column; 19-digit 订单编号, "¥1,280" whole totals, "12月5日 14:03" dates without a year, 快递单号 and 买家ID',
    seed: 9304, heldout2: { lang: 'zh', console: 'kuaishou', count: 12, dateStyle: 'zh-md-hm', money: 'yen-int', integer: true, items: [1, 3] },
    options: { heading: '订单管理', columns: [
      col('id', 'id', H('zh', 'id', 1), { fixed: true, width: 240, perOrder: true }), col('item', 'item', '商品信息', { width: 260 }),
      col('placed', 'placed', H('zh', 'placedAt', 0), { width: 140, perOrder: true }), col('total', 'total', H('zh', 'total', 4), { width: 110, perOrder: true }),
      col('status', 'status', H('zh', 'status', 2), { width: 110, perOrder: true }), col('tracking', 'tracking', H('zh', 'tracking', 1), { width: 200, perOrder: true }),
      col('cid', 'customerId', H('zh', 'customerId', 1), { width: 140, perOrder: true }),
    ] } },
  { name: 'react-arco-heldout2-selection', bundle: 'heldout-arco', library: '@arco-design/web-react', versionOf: '@arco-design/web-react', config: 'selection', language: 'en-GB', timeZone: 'Europe/Zurich', now: '2026-12-05T10:40', title: 'Orders – Shopware Administration',
    configuration: 'second held-out set (Shopware 6 administration): row selection, sticky right column; Order number, Customer name, Order date, Total, Order status; "CHF 1’234.50" totals, "05.12.2026 14:03" dates, invoice numbers and phone numbers',
    seed: 9305, heldout2: { lang: 'en', console: 'shopware', count: 14, dateStyle: 'dot-dmy-hm', money: 'chf', items: [1, 2] },
    options: { heading: 'Orders', columns: [
      col('id', 'id', H('en', 'id', 2), { width: 140 }), col('buyer', 'buyer', H('en', 'buyer', 2), { width: 170 }), col('placed', 'placed', H('en', 'placedAt', 2), { width: 160 }),
      col('total', 'total', H('en', 'total', 1), { width: 140, align: 'right' }), col('status', 'status', H('en', 'status', 1), { width: 150 }),
      col('invoice', 'invoice', H('en', 'invoice', 1), { width: 170 }), col('phone', 'phone', H('en', 'phone', 1), { width: 170 }),
    ] } },
  { name: 'react-antd-heldout2-blocks', bundle: 'heldout-antd', library: 'antd', config: 'blocks', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-05T17:05', title: '订单管理 - 小红书千帆',
    configuration: 'second held-out set (小红书千帆): no table, one Card per order (订单号：/下单时间：/发票号： in the header line, items with 商品编码, paid total, status and 运单号 beside the first item); "¥1,280.00" totals, "2026-12-05T14:03:22+08:00" times',
    seed: 9306, heldout2: { lang: 'zh', console: 'xhs', count: 12, dateStyle: 'iso-offset', money: 'yen-2', items: [1, 3] },
    options: { heading: '订单管理', labels: { id: '订单号：', placed: '下单时间：', invoice: '发票号：', sku: '商品编码：', shipping: '运费 ', tracking: '运单号 ' } } },
  { name: 'react-mui-heldout2-cards', bundle: 'heldout-mui', library: '@mui/material', config: 'cards', language: 'en-US', timeZone: 'America/New_York', now: '2026-12-05T13:20', title: 'Orders · Medusa Admin',
    configuration: 'second held-out set (Medusa / BigCommerce storefront admin): no table, one MUI Paper per order ("Order #1042", "Created Dec 5, 2026, 2:03:22 PM", "Total $1,234.56 USD" as one line each), item lines with SKUs, tracking numbers',
    seed: 9307, heldout2: { lang: 'en', console: 'medusa', count: 12, dateStyle: 'us-long-sec', money: 'usd-code-after', items: [1, 3] },
    options: { heading: 'Orders', labels: { id: 'Order ', placed: 'Created ', sku: 'SKU ', tracking: 'Tracking ', total: 'Total ' } } },
  { name: 'react-aggrid-heldout2-pinned', bundle: 'heldout-aggrid', library: 'ag-grid-community', config: 'pinned', language: 'en-US', timeZone: 'America/Sao_Paulo', now: '2026-12-05T18:30', title: 'Orders · Saleor Dashboard',
    configuration: 'second held-out set (Saleor dashboard, a Brazilian shop): pinned left/right columns, checkbox selection; Number, Date, Customer, Fulfillment, Total; "R$ 1.234,50" totals, "2026-12-05T14:03:22-03:00" times, SKUs and customer ids',
    seed: 9308, heldout2: { lang: 'en', console: 'saleor', count: 14, dateStyle: 'iso-offset', money: 'brl', items: [1, 2] },
    options: { heading: 'Orders', columns: [
      col('id', 'id', H('en', 'id', 3), { width: 110, pinned: 'left' }), col('placed', 'placed', H('en', 'placedAt', 1), { width: 220 }), col('buyer', 'buyer', H('en', 'buyer', 1), { width: 170 }),
      col('skus', 'skus', H('en', 'sku', 0), { width: 160 }), col('cid', 'customerId', H('en', 'customerId', 1), { width: 150 }),
      col('status', 'status', H('en', 'status', 2), { width: 150 }), col('total', 'total', H('en', 'total', 1), { width: 140, align: 'right', pinned: 'right' }),
    ] } },
  { name: 'react-aggrid-heldout2-virtual', bundle: 'heldout-aggrid', library: 'ag-grid-community', config: 'virtual', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-05T22:40', title: '订单管理 - 跨境卖家中心',
    configuration: 'second held-out set (拼多多跨境 seller center): row virtualization, checkbox selection; PO-211- order numbers, "$1,234.56 USD" totals in a Chinese console, "2026-12-05 14:03:22" times, 运单号 and 联系电话',
    seed: 9309, virtual: true, minOrders: 8, heldout2: { lang: 'zh', console: 'temu', count: 150, dateStyle: 'ymd-sec', money: 'usd-code-after', items: [1, 2] },
    options: { heading: '订单管理', columns: [
      col('id', 'id', H('zh', 'id', 0), { width: 240 }), col('placed', 'placed', H('zh', 'placedAt', 1), { width: 180 }), col('total', 'total', H('zh', 'total', 1), { width: 140, align: 'right' }),
      col('status', 'status', H('zh', 'status', 0), { width: 110 }), col('phone', 'phone', H('zh', 'phone', 1), { width: 150 }), col('tracking', 'tracking', H('zh', 'tracking', 2), { width: 210 }),
    ] } },
  { name: 'react-polaris-heldout2-indextable', bundle: 'heldout-polaris', library: '@shopify/polaris', config: 'indextable', language: 'en-US', timeZone: 'America/Denver', now: '2026-12-05T15:45', title: 'View Orders · BigCommerce',
    configuration: 'second held-out set (BigCommerce View Orders): IndexTable with selection and status badges; Order ID, Date Placed, Customer, Order Status, Order Total; "Dec 5, 2026, 2:03 PM" dates, "$1,234.56" totals, invoice numbers',
    seed: 9310, heldout2: { lang: 'en', console: 'bigcommerce', count: 16, dateStyle: 'us-comma-hm', money: 'usd', items: [1, 2] },
    options: { heading: 'Orders', columns: [
      col('id', 'id', H('en', 'id', 4)), col('placed', 'placed', H('en', 'placedAt', 4)), col('buyer', 'buyer', H('en', 'buyer', 1)),
      col('status', 'status', H('en', 'status', 3)), col('total', 'total', H('en', 'total', 3), { align: 'right' }), col('invoice', 'invoice', H('en', 'invoice', 1)),
    ] } },
  { name: 'react-fusion-heldout2-lock', bundle: 'heldout-fusion', library: '@alifd/next', config: 'lock', language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-12-05T09:10', title: '订单管理 - 微店店长版',
    configuration: 'second held-out set (微店): locked left/right columns, selection; 订单编号, 订单金额（元） with bare amounts, "2026年12月5日 14时03分" times, 发票代码 and 快递单号',
    seed: 9311, heldout2: { lang: 'zh', console: 'weidian', count: 14, dateStyle: 'zh-nian-shifen', money: 'bare', currency: 'CNY', items: [1, 2] },
    options: { heading: '订单管理', columns: [
      col('id', 'id', H('zh', 'id', 1), { fixed: 'left', width: 220 }), col('items', 'items', '商品', { width: 240 }), col('buyer', 'buyer', H('zh', 'buyer', 2), { width: 120 }),
      col('placed', 'placed', H('zh', 'placedAt', 3), { width: 200 }), col('total', 'total', H('zh', 'total', 3), { width: 130, align: 'right' }),
      col('status', 'status', H('zh', 'status', 0), { width: 110 }), col('tracking', 'tracking', H('zh', 'tracking', 1), { width: 200 }), col('invoice', 'invoice', H('zh', 'invoice', 1), { width: 140 }),
    ] } },
];
