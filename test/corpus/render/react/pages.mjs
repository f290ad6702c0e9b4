// Every page of the React corpus: which library module renders it, with which data.
// market/n/seed/dateStyle/money feed data.mjs; config picks the page's layout in pages/<bundle>.jsx;
// decoys names the non-order strings the page shows (checked present after rendering).
import { HELDOUT_PAGES } from './heldout-pages.mjs';
import { HELDOUT2_PAGES } from './heldout2-pages.mjs';
import { HELDOUT3_PAGES } from './heldout3-pages.mjs';
import { HELDOUT4_PAGES } from './heldout4-pages.mjs';

const ZH = { language: 'zh-CN', timeZone: 'Asia/Shanghai', now: '2026-11-20T10:00' };

export const PAGES = [
  // ---------------- Ant Design ----------------
  { name: 'react-antd-fixed', bundle: 'antd', library: 'antd', config: 'fixed', ...ZH, title: '已卖出的宝贝 - 千牛卖家工作台',
    configuration: 'fixed left/right columns, row selection, header and body in separate tables (scroll.y)',
    market: 'taobao', n: 16, seed: 101, dateStyle: 'ymdhms', money: 'yen', decoys: ['tracking', 'phoneMasked', 'subId'], maxItems: 2 },
  { name: 'react-antd-merged', bundle: 'antd', library: 'antd', config: 'merged', ...ZH, title: '订单管理 - 京东商家后台',
    configuration: 'merged cells (rowSpan order cell over item rows), summary row, unit only in header',
    market: 'jd', n: 10, seed: 102, dateStyle: 'slash', money: 'plain', maxItems: 3, decoys: ['sku', 'phone', 'tracking'] },
  { name: 'react-antd-expand', bundle: 'antd', library: 'antd', config: 'expand', ...ZH, title: '订单查询 - 拼多多商家后台',
    configuration: 'expandable rows (sub-orders and parcels in child rows), relative dates',
    market: 'pdd', n: 12, seed: 103, dateStyle: 'rel-zh', justNow: true, money: 'fullyen', maxItems: 3, decoys: ['subId', 'pkg', 'tracking', 'sku'] },
  { name: 'react-antd-virtual', bundle: 'antd', library: 'antd', config: 'virtual', ...ZH, title: '订单管理 - 抖店',
    configuration: 'virtual scrolling (virtual table, only some rows in the DOM), row selection, fixed columns',
    market: 'douyin', n: 240, seed: 104, dateStyle: 'ymdhms', money: 'yen', virtual: true, minOrders: 8, decoys: ['tracking', 'phoneMasked'] },
  { name: 'react-antd-empty', bundle: 'antd', library: 'antd', config: 'empty', ...ZH, title: '已卖出的宝贝 - 千牛卖家工作台',
    configuration: 'empty state (filter matches no order)', market: 'taobao', n: 0, seed: 105, dateStyle: 'ymdhms', money: 'yen', empty: true },
];

const RA = { bundle: 'reactadmin', library: 'react-admin', external: true, language: 'en-US', timeZone: 'America/Los_Angeles', now: '2026-11-20T09:00',
  url: 'https://admin.example.test/#/orders', title: 'Posters Galore Admin', settle: 1500 };
PAGES.push(
  { name: 'react-admin-orders', ...RA, config: 'ordered',
    configuration: 'react-admin e-commerce demo style orders list (Datagrid, row selection, status tabs), data-generator-retail orders via ra-data-fakerest' },
  { name: 'react-admin-delivered', ...RA, config: 'delivered', options: { status: 'delivered', perPage: 10, bulk: false }, url: 'https://admin.example.test/#/orders',
    configuration: 'react-admin orders list, delivered tab (returned orders among them), 10 per page, no selection column' },
);

// ---------------- MUI X Data Grid (MIT) ----------------
const MUI = { bundle: 'mui', library: '@mui/x-data-grid' };
PAGES.push(
  { name: 'react-mui-virtual', ...MUI, config: 'virtual', language: 'en-US', timeZone: 'America/Los_Angeles', now: '2026-11-20T09:00', title: 'Manage Orders',
    configuration: 'virtual scrolling (row virtualization: 220 orders in data, a 100-row page, only rendered rows in the DOM), row selection (checkbox column)',
    market: 'amazon', n: 220, seed: 201, dateStyle: 'us-date-time', money: 'usd', virtual: true, minOrders: 8, spanMinutes: 60 * 24 * 10,
    options: { zoneLabel: 'PST', from: '2026-11-10', to: '2026-11-20' }, decoys: ['sku', 'tracking'] },
  { name: 'react-mui-spanning', ...MUI, config: 'spanning', language: 'en-GB', timeZone: 'Europe/London', now: '2026-11-20T09:00', title: 'Orders | Seller Hub',
    configuration: 'merged cells (rowSpanning: order cells span their item rows), grouped column headers, sales-record numbers',
    market: 'ebay_gb', n: 12, seed: 202, dateStyle: 'gb', money: 'gbp', maxItems: 3,
    statuses: [['awaiting_shipment', 4], ['shipped', 3], ['delivered', 3], ['awaiting_payment', 1], ['return_requested', 1], ['cancelled', 1], ['disputed', 1]],
    options: { from: '2026-10-21', to: '2026-11-20' }, decoys: ['sku', 'salesRecord', 'tracking'] },
  { name: 'react-mui-relative', ...MUI, config: 'relative', language: 'en-US', timeZone: 'America/New_York', now: '2026-11-20T12:00', title: 'Orders · Northwind Supply',
    configuration: 'relative dates (Today at / Yesterday at / weekday at), payment and fulfillment status columns, row selection, total in the footer',
    market: 'shopify_us', n: 18, seed: 203, idBase: 1042, dateStyle: 'rel-en-at', money: 'usd', maxItems: 2,
    statuses: [['awaiting_shipment', 5], ['shipped', 4], ['delivered', 3], ['awaiting_payment', 1], ['cancelled', 1], ['refunded', 1]],
    options: { footer: true, from: '2026-11-13', to: '2026-11-20' }, decoys: ['tracking'] },
  { name: 'react-mui-empty', ...MUI, config: 'empty', language: 'en-US', timeZone: 'America/New_York', now: '2026-11-20T12:00', title: 'Orders · Northwind Supply',
    configuration: 'empty state (no rows overlay)', market: 'shopify_us', n: 0, seed: 204, dateStyle: 'rel-en-at', money: 'usd', empty: true, options: { from: '2026-11-13', to: '2026-11-20' } },
);

// ---------------- AG Grid Community (chrome: MUI) ----------------
const AG = { bundle: 'aggrid', library: 'ag-grid-community' };
PAGES.push(
  { name: 'react-aggrid-pinned', ...AG, config: 'pinned', language: 'de-DE', timeZone: 'Europe/Berlin', now: '2026-11-20T10:00', title: 'Bestellungen ‹ Mein Shop — WooCommerce',
    configuration: 'pinned left/right columns (separate pinned row containers), row selection (pinned checkbox column), pinned bottom total row, pagination',
    market: 'woo_de', n: 14, seed: 301, idBase: 5123, dateStyle: 'de', money: 'eur-de', maxItems: 2,
    statuses: [['awaiting_shipment', 5], ['completed', 5], ['awaiting_payment', 2], ['cancelled', 1], ['refunded', 1]],
    options: { from: '2026-11-01', to: '2026-11-20' }, decoys: ['sku', 'tracking'] },
  { name: 'react-aggrid-virtual', ...AG, config: 'virtual', language: 'en-AU', timeZone: 'Australia/Sydney', now: '2026-11-20T10:00', title: 'Orders · Koala & Co.',
    configuration: 'virtual scrolling (row virtualization: 240 orders in data, only rendered rows in the DOM), row selection',
    market: 'shopify_au', n: 240, seed: 302, idBase: 3480, dateStyle: 'au', money: 'aud', virtual: true, minOrders: 8, maxItems: 2, spanMinutes: 60 * 24 * 14,
    statuses: [['awaiting_shipment', 5], ['shipped', 4], ['delivered', 3], ['awaiting_payment', 1], ['cancelled', 1], ['refunded', 1]],
    options: { from: '2026-11-06', to: '2026-11-20' }, decoys: ['tracking'] },
  { name: 'react-aggrid-spanning', ...AG, config: 'spanning', language: 'en-US', timeZone: 'America/Chicago', now: '2026-11-20T10:00', title: 'Manage orders | Seller Hub',
    configuration: 'merged cells (row spanning of order cells over item rows), pinned left order column, sales-record numbers',
    market: 'ebay_us', n: 12, seed: 303, dateStyle: 'rel-en', money: 'ebay-us', maxItems: 3,
    statuses: [['awaiting_shipment', 4], ['shipped', 3], ['delivered', 3], ['awaiting_payment', 1], ['return_requested', 1], ['cancelled', 1], ['disputed', 1]],
    options: { from: '2026-10-21', to: '2026-11-20' }, decoys: ['sku', 'salesRecord', 'tracking'] },
);

// ---------------- Shopify Polaris ----------------
const PO = { bundle: 'polaris', library: '@shopify/polaris' };
const SHOP_STATUSES = [['awaiting_shipment', 5], ['shipped', 4], ['delivered', 3], ['awaiting_payment', 1], ['cancelled', 1], ['refunded', 1], ['return_requested', 1]];
PAGES.push(
  { name: 'react-polaris-indextable', ...PO, config: 'indextable', language: 'en-GB', timeZone: 'Europe/London', now: '2026-11-20T09:30', title: 'Orders · Hartley & Rowe · Shopify',
    configuration: 'IndexTable with row selection (checkbox column, one row selected), IndexFilters view tabs with counts, relative dates',
    market: 'shopify_gb', n: 20, seed: 401, idBase: 1042, dateStyle: 'rel-en', money: 'gbp', maxItems: 2, statuses: SHOP_STATUSES,
    options: { cur: 'gbp', extra: 180, from: '2026-10-21', to: '2026-11-20', owner: 'Hannah Rowe' }, decoys: ['tracking'] },
  { name: 'react-polaris-subheaders', ...PO, config: 'subheaders', language: 'en-US', timeZone: 'America/Los_Angeles', now: '2026-11-20T09:00', title: 'Orders · Trailhead Goods · Shopify',
    configuration: 'IndexTable row groups: each order a subheader row, its line items / fulfillments (SKU, tracking) as child rows; row selection',
    market: 'shopify_us', n: 9, seed: 402, idBase: 2217, dateStyle: 'us-long', money: 'usd', maxItems: 3, statuses: SHOP_STATUSES,
    options: { cur: 'usd', extra: 64, from: '2026-11-01', to: '2026-11-20' }, decoys: ['tracking', 'sku', 'fulfillment'] },
  { name: 'react-polaris-datatable', ...PO, config: 'datatable', language: 'en-AU', timeZone: 'Australia/Sydney', now: '2026-11-20T10:00', title: 'Sales by order · Reports',
    configuration: 'DataTable with fixed first column, totals row in the footer ("Total: N orders"), unit only in the header (Total (AUD))',
    market: 'woo_en', n: 15, seed: 403, idBase: 5123, dateStyle: 'gb-date-time', money: 'plain', itemMoney: 'aud-plain', maxItems: 2,
    statuses: [['awaiting_shipment', 4], ['completed', 5], ['awaiting_payment', 1], ['cancelled', 1], ['refunded', 1]],
    options: { cur: 'aud', from: '2026-11-01', to: '2026-11-20' } },
  { name: 'react-polaris-empty', ...PO, config: 'empty', language: 'en-GB', timeZone: 'Europe/London', now: '2026-11-20T09:30', title: 'Orders · Hartley & Rowe · Shopify',
    configuration: 'empty state (IndexTable EmptySearchResult)', market: 'shopify_gb', n: 0, seed: 404, dateStyle: 'rel-en', money: 'gbp', empty: true,
    options: { cur: 'gbp', from: '2026-10-21', to: '2026-11-20' } },
);

// ---------------- Arco Design ----------------
const AR = { bundle: 'arco', library: '@arco-design/web-react', ...ZH };
PAGES.push(
  { name: 'react-arco-fixed', ...AR, config: 'fixed', title: '订单管理 - 抖店',
    configuration: 'fixed left/right columns, row selection (fixed checkbox column), horizontal scroll',
    market: 'douyin', n: 15, seed: 501, dateStyle: 'ymdhm', money: 'yen', maxItems: 2, decoys: ['sku', 'phoneMasked', 'tracking'] },
  { name: 'react-arco-virtual', ...AR, config: 'virtual', title: '订单管理 - 京麦工作台',
    configuration: 'virtual scrolling (virtualized table, 220 orders in data, only rendered rows in the DOM), header and body in separate tables, dates without year',
    market: 'jd', n: 220, seed: 502, dateStyle: 'md', money: 'fullyen', virtual: true, minOrders: 8, decoys: ['phone', 'tracking'] },
  { name: 'react-arco-expand', ...AR, config: 'expand', title: '已卖出的宝贝 - 千牛',
    configuration: 'expandable rows (sub-order numbers of the same length as order numbers in child tables), summary row (合计), unit only in header',
    market: 'taobao', n: 10, seed: 503, dateStyle: 'slash', money: 'plain', itemMoney: 'yen', maxItems: 3, decoys: ['subId', 'sku', 'tracking'] },
);

// ---------------- Semi Design ----------------
const SE = { bundle: 'semi', library: '@douyinfe/semi-ui', ...ZH };
PAGES.push(
  { name: 'react-semi-virtual', ...SE, config: 'virtual', title: '订单查询 - 拼多多商家后台',
    configuration: 'virtual scrolling (virtualized table rendered as divs, 230 orders in data, only rendered rows in the DOM), fixed first column, row selection',
    market: 'pdd', n: 230, seed: 601, dateStyle: 'ymdhms', money: 'yen', virtual: true, minOrders: 8, decoys: ['phoneMasked', 'tracking'] },
  { name: 'react-semi-groupby', ...SE, config: 'groupby', title: '订单管理 - 抖店',
    configuration: 'grouped rows (groupBy: one group header per order holding id, time, total, status; item rows with SKU below), row selection, relative dates',
    market: 'douyin', n: 10, seed: 602, dateStyle: 'rel-zh', justNow: true, money: 'yen', maxItems: 3, decoys: ['sku', 'phoneMasked', 'tracking'] },
  { name: 'react-semi-merged', ...SE, config: 'merged', title: '订单查询 - 拼多多商家后台',
    configuration: 'merged cells (rowSpan order cell over item rows), fixed left/right columns, row selection, horizontal scroll',
    market: 'pdd', n: 10, seed: 603, dateStyle: 'slash', money: 'fullyen', itemMoney: 'yen', maxItems: 3, decoys: ['sku', 'phoneMasked', 'tracking'] },
  { name: 'react-semi-empty', ...SE, config: 'empty', title: '订单管理 - 抖店',
    configuration: 'empty state (售后中 tab, no order)', market: 'douyin', n: 0, seed: 604, dateStyle: 'ymdhms', money: 'yen', empty: true },
);

// ---------------- Fusion Next ----------------
const FU = { bundle: 'fusion', library: '@alifd/next', ...ZH };
PAGES.push(
  { name: 'react-fusion-lock', ...FU, config: 'lock', title: '已卖出的宝贝 - 千牛卖家中心',
    configuration: 'locked left/right columns (Fusion renders the locked columns as extra table copies), row selection',
    market: 'taobao', n: 14, seed: 701, dateStyle: 'ymdhms', money: 'fullyen', itemMoney: 'fullyen', decoys: ['sku', 'phoneMasked', 'tracking'] },
  { name: 'react-fusion-merged', ...FU, config: 'merged', title: '订单管理 - 抖店',
    configuration: 'merged cells (cellProps rowSpan over item rows), header and body in separate tables (fixedHeader), unit only in header',
    market: 'douyin', n: 10, seed: 702, dateStyle: 'ymdhms', money: 'plain', itemMoney: 'yen', maxItems: 3, decoys: ['sku', 'phone', 'tracking'] },
  { name: 'react-fusion-virtual', ...FU, config: 'virtual', title: '已卖出的宝贝 - 千牛卖家中心',
    configuration: 'virtual scrolling (useVirtual, 210 orders in data, only rendered rows in the DOM), fixed header, row selection, relative dates',
    market: 'taobao', n: 210, seed: 703, dateStyle: 'rel-zh', money: 'yen', virtual: true, minOrders: 8, decoys: ['tracking'], spanMinutes: 60 * 24 * 3 },
  { name: 'react-fusion-expand', ...FU, config: 'expand', title: '订单查询 - 京麦',
    configuration: 'expandable rows (all open: parcel numbers, sub-order numbers and SKUs in child rows)',
    market: 'jd', n: 12, seed: 704, dateStyle: 'ymdhms', money: 'yen', maxItems: 3, decoys: ['pkg', 'subId', 'sku', 'tracking'] },
);

// ---------------- Ant Design, English consoles ----------------
const AE = { bundle: 'antd-en', library: 'antd' };
PAGES.push(
  { name: 'react-antd-en-fixed', ...AE, config: 'fixed', language: 'en-AU', timeZone: 'Australia/Sydney', now: '2026-11-20T10:00', title: 'Orders · Wattle & Twine',
    configuration: 'fixed left/right columns, row selection, fixed summary row ("Total: N orders"), relative dates',
    market: 'woo_en', n: 14, seed: 801, idBase: 8817, dateStyle: 'rel-en-at', money: 'aud', maxItems: 2,
    statuses: [['awaiting_shipment', 5], ['completed', 5], ['awaiting_payment', 1], ['cancelled', 1], ['refunded', 1]],
    options: { brand: 'Wattle & Twine', cur: 'aud' }, decoys: ['sku', 'phone', 'tracking'] },
  { name: 'react-antd-en-expand', ...AE, config: 'expand', language: 'en-US', timeZone: 'America/New_York', now: '2026-11-20T11:00', title: 'Orders · Listing Desk',
    configuration: 'expandable rows (sales-record numbers, SKUs and tracking in child tables), unit only in header (Total (USD))',
    market: 'ebay_us', n: 11, seed: 802, dateStyle: 'us-long', money: 'plain', itemMoney: 'ebay-us', maxItems: 3,
    statuses: [['awaiting_shipment', 4], ['shipped', 3], ['delivered', 3], ['awaiting_payment', 1], ['return_requested', 1], ['cancelled', 1], ['disputed', 1]],
    options: { brand: 'Listing Desk', cur: 'usd' }, decoys: ['sku', 'salesRecord', 'tracking'] },
);
PAGES.push(
  { name: 'react-arco-en-merged', bundle: 'arco-en', library: '@arco-design/web-react', config: 'merged', language: 'en-US', timeZone: 'America/Los_Angeles', now: '2026-11-20T09:00', title: 'All orders · CrossList ERP',
    configuration: 'merged cells (rowSpan order cells over item rows), fixed left/right columns, header and body in separate tables (scroll.y)',
    market: 'amazon', n: 10, seed: 901, dateStyle: 'us-long', money: 'usd', maxItems: 3, decoys: ['sku', 'phone', 'tracking'] },
);
PAGES.push(
  { name: 'react-antd-cards', bundle: 'antd', library: 'antd', config: 'cards', ...ZH, title: '已卖出的宝贝 - 千牛卖家工作台',
    configuration: 'no table: one Card per order in a List (order number and time in the card header, item rows inside), as sold-item pages show them',
    market: 'taobao', n: 12, seed: 106, dateStyle: 'ymdhms', money: 'fullyen', itemMoney: 'fullyen', maxItems: 3, decoys: ['sku', 'phoneMasked', 'tracking'] },
);
PAGES.push(
  { name: 'react-mui-table', bundle: 'mui-table', library: '@mui/material', config: 'collapsible', language: 'en-GB', timeZone: 'Europe/London', now: '2026-11-20T09:30', title: 'Orders · Fern & Flint',
    configuration: '@mui/material Table (not the Data Grid): collapsible rows, detail rows with SKUs and tracking (collapsed details stay in the DOM), row checkboxes, TablePagination',
    market: 'shopify_gb', statusVocab: 'woo_en', n: 14, seed: 205, idBase: 20417, dateStyle: 'gb', money: 'gbp', maxItems: 3,
    statuses: [['awaiting_shipment', 5], ['completed', 5], ['awaiting_payment', 1], ['cancelled', 1], ['refunded', 1]],
    options: { brand: 'Fern & Flint', from: '2026-11-13', to: '2026-11-20' }, decoys: ['sku', 'phone', 'tracking'] },
);

// Held-out pages (words and formats the reader was never tuned to): heldout-pages.mjs.
PAGES.push(...HELDOUT_PAGES);
// The second blind held-out set (other consoles' words and formats): heldout2-pages.mjs.
PAGES.push(...HELDOUT2_PAGES);
// The third blind held-out set (consoles neither earlier set drew on): heldout3-pages.mjs.
PAGES.push(...HELDOUT3_PAGES);
// The fourth blind held-out set (grid libraries and admin markup not yet rendered): heldout4-pages.mjs.
PAGES.push(...HELDOUT4_PAGES);
