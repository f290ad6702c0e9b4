// Pages for the libraries the corpus lacked until 2026-12-07: Element Plus's virtualised div table
// `el-table-v2` in the configurations its docs show (the one earlier page, vue-element-plus-virtual, draws
// only fixed columns over a long list), Arco Design Vue's a-table and Quasar's QTable. Orders, formats
// and decoys come from data.mjs as on every other page (the expectation is the data the cells are printed
// from); each page's configuration names what the library draws.
//
// Sources, seen 2026-12-07/08 with the search tool:
// - el-table-v2: element-plus/element-plus docs/examples/table-v2/{fixed-columns,selection,detailed-view,
//   tree-data,rowspan,footer}.vue (`code` corpus; rowspan.vue id 52860218886, selection.vue id 3696561782)
//   and the installed element-plus 2.14.8's es/components/table-v2/src/table.mjs props (expandColumnKey,
//   defaultExpandedRowKeys, estimatedRowHeight, footerHeight).
// - Arco Design Vue: arco.design/vue/component/table (linked from www.cnblogs.com/xgqfrms/p/15601737.html,
//   `pages`) and @arco-design/web-vue 2.59.0's own es/table/table.d.ts and interface.d.ts: columns with
//   `fixed: 'left' | 'right'` and `render`, `scroll: { x, y }`, `row-selection` ({ type: 'checkbox',
//   showCheckedAll }) with `selected-keys`, `expandable` ({ expandedRowRender }) with `expanded-keys`,
//   `virtual-list-props` ({ height }), `span-method` ({ record, column, rowIndex } → { rowspan, colspan }),
//   `summary` (a function giving summary rows) with `summary-text`.
// - Quasar QTable: quasar.dev/vue-components/table (`docs`) and quasar 2.27.0's dist/api/QTable.json:
//   `virtual-scroll` with a fixed-height table and `rows-per-page-options` [0], `selection="multiple"` with
//   `v-model:selected`, `v-model:expanded` with a `body` slot of QTr/QTd rows and a second QTr per row
//   shown when `props.expand` (the docs' "Expanding rows"), `grid` mode with an `item` slot of QCards.
//   quasar 2.28 and later declare Node >= 22, so 2.27.0 is pinned.
//
// FIRST SCORE of every page, before any fix (node render.mjs el-table-v2 / arco / quasar, then
// npm run corpus -- --verbose, 2026-12-07 22:42 UTC; the same against the committed reader at fde5904):
// el-table-v2 detail 9/9, rowspan 7/7, tree 6/6 with 7 false orders (its sub-order rows); Arco fixed 18/18,
// virtual 30/30, expand 14/14, span 9/9; Quasar virtual 33/33, expand 15/15, grid 0/12 with 1 false order.
// Added at 22:51 UTC: el-table-v2 sticky 11/11 with 1 false order (its pinned Total line); Quasar sticky 15/15.
// Each page's own line below repeats its score. The three pages with misses waited in test/corpus/pending for
// a change in lib/extract/meaning.ts (a depth-N child row class, a summary word in the order-number cell, "Order"
// before a number as its label); each reads exactly since, and all thirteen pages are in the corpus.

const CN = { lang: 'zh-CN', timeZone: 'Asia/Shanghai', currency: 'CNY' };
const US = { lang: 'en-US', timeZone: 'America/New_York', currency: 'USD' };
const GB = { lang: 'en-GB', timeZone: 'Europe/London', currency: 'GBP' };

export const MORE_LIBS = {
  'el-table-v2': { name: 'element-plus', pkg: 'element-plus', entry: 'element-plus', css: ['element-plus/dist/index.css'] },
  arco: { name: '@arco-design/web-vue', pkg: '@arco-design/web-vue', entry: 'arco', css: ['@arco-design/web-vue/dist/arco.css'] },
  quasar: { name: 'quasar', pkg: 'quasar', entry: 'quasar', css: ['quasar/dist/quasar.prod.css'] },
};

export const MORE_LIBS_PAGES = [
  // ---------------- Element Plus el-table-v2 ----------------
  {
    // first score 2026-12-07 22:42 UTC: 9/9, 0 false orders
    file: 'vue-el-table-v2-detail', lib: 'el-table-v2',
    configuration: 'el-table-v2 detailed view: expand-column-key on the order number, estimated-row-height (rows of their own heights), some orders expanded into a detail row (one div block of 子订单号, 货号, price, carrier, tracking and package numbers), row selection by ElCheckbox cells with one row selected',
    data: { ...CN, seed: 901, market: 'taobao', now: '2026-12-07T20:30:00+08:00', count: 16, money: 'yen', itemMoney: 'yen', date: 'ymdhms', items: [1, 3], subOrders: true, packages: true },
    chrome: { shopName: '天猫 · 青禾家居旗舰店', idFilterLabel: '订单编号' },
    flags: { v2: true, v2Detail: true, selection: true, selectedKeys: ['o2'], expandKeys: ['o0', 'o1', 'o3', 'o6'], height: 640, rowHeight: 56 },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: '订单编号', width: 250 },
      { key: 'items', kind: 'itemnames', title: '商品', width: 300 },
      { key: 'buyer', kind: 'buyer', title: '买家', width: 140, withPhone: true },
      { key: 'total', kind: 'total', title: '实付款', width: 120, align: 'right' },
      { key: 'placed', kind: 'placed', title: '下单时间', width: 180 },
      { key: 'status', kind: 'status', title: '交易状态', width: 120 },
    ],
  },
  {
    // first score 2026-12-07 22:42 UTC: 7/7, 0 false orders
    file: 'vue-el-table-v2-rowspan', lib: 'el-table-v2',
    configuration: 'el-table-v2 merged cells: one div row per line item, the order\'s own cells drawn once on its first row and stretched over the rows below by the #row slot (the covered cells empty), row selection, relative dates',
    data: { ...US, seed: 902, market: 'amazon', now: '2026-12-07T15:30:00-05:00', count: 12, money: 'usd', itemMoney: 'usd', date: 'rel-en', relative: true, items: [1, 3], showPhone: false },
    chrome: { shopName: 'Cedar Ridge Outfitters (Amazon US)', title: 'Manage Orders' },
    flags: { v2: true, span: true, selection: true, selectedKeys: ['o1-0'], height: 700, rowHeight: 60 },
    columns: [
      { key: 'id', kind: 'id', title: 'Order ID', width: 200, perOrder: true },
      { key: 'placed', kind: 'placed', title: 'Order date', width: 160, perOrder: true },
      { key: 'item', kind: 'item', title: 'Product', width: 340 },
      { key: 'iqty', kind: 'iqty', title: 'Qty', width: 60, align: 'center' },
      { key: 'price', kind: 'price', title: 'Item price', width: 110, align: 'right' },
      { key: 'total', kind: 'total', title: 'Order total', width: 120, align: 'right', perOrder: true },
      { key: 'status', kind: 'status', title: 'Order status', width: 150, perOrder: true },
    ],
  },
  {
    // first score 2026-12-07 22:42 UTC: 6/6 with 7 false orders (the sub-order rows under each order)
    file: 'vue-el-table-v2-tree', lib: 'el-table-v2',
    configuration: 'el-table-v2 tree data (children rows are sub-orders with 19-digit numbers, all expanded under expand-column-key), order number fixed left and actions fixed right (separate left, main and right div tables), #footer slot with a 合计 line',
    data: { ...CN, seed: 903, market: 'douyin', now: '2026-12-07T21:00:00+08:00', count: 12, money: 'yen', itemMoney: 'yen', date: 'slash-ymdhm', items: [1, 3], subOrders: true },
    chrome: { shopName: '抖店 · 山野茶事', idFilterLabel: '主订单号' },
    flags: { v2: true, tree: true, summary: true, height: 680, rowHeight: 56 },
    // el-table-v2 marks a child row by its class el-table-v2__row-depth-1 (renderers/row.mjs: ns.e(`row-depth-${depth}`)),
    // no aria-level; the reader's isChildRow knows level-N, child and sub-row classes only.
    // Read exactly since lib/extract/meaning.ts knows a depth-N class as a child level (2026-12-07 23:00 UTC).
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: '主订单号', width: 260, fixed: 'left' },
      { key: 'items', kind: 'itemnames', title: '商品', width: 320 },
      { key: 'total', kind: 'total', title: '应付金额', width: 120, align: 'right' },
      { key: 'placed', kind: 'placed', title: '下单时间', width: 170 },
      { key: 'receiver', kind: 'receiver', title: '收货人', width: 150 },
      { key: 'status', kind: 'status', title: '订单状态', width: 110 },
      { key: 'tracking', kind: 'tracking', title: '物流', width: 200 },
      { key: 'actions', kind: 'actions', title: '操作', width: 130, fixed: 'right', actions: ['详情', '备注'] },
    ],
  },
  {
    // first score 2026-12-07 22:51 UTC: 11/11 with 1 false order (the pinned Total line, skipped as an order numbered "Total")
    file: 'vue-el-table-v2-sticky', lib: 'el-table-v2',
    configuration: 'el-table-v2 with a sticky row (fixed-data: the Total line pinned over the scrolled rows), order number fixed left and actions fixed right (left, main and right div tables), row selection with two rows selected, eBay sales record numbers',
    data: { ...US, seed: 904, market: 'ebay', now: '2026-12-07T18:40:00-05:00', count: 60, money: 'us-dollar', date: 'en-us-long', items: [1, 2], spreadMinutes: 90 },
    chrome: { shopName: 'oak_and_anchor_goods', title: 'Seller Hub · Orders', total: 60 },
    flags: { v2: true, selection: true, selectedKeys: ['o0', 'o3'], summary: true, pinnedSummary: true, height: 640, rowHeight: 60 },
    // The pinned line's "Total" sits in the left fixed table's order-number cell; the row read (the main table's) starts with its quantity.
    // Read exactly since finishOrder in lib/extract/meaning.ts looks for a summary word in the order-number cell too.
    columns: [
      { key: 'id', kind: 'id', title: 'Order number', width: 170, fixed: 'left' },
      { key: 'rec', kind: 'salesRecord', title: 'Sales record #', width: 120 },
      { key: 'buyer', kind: 'buyer', title: 'Buyer', width: 170, withPhone: true },
      { key: 'items', kind: 'itemnames', title: 'Item', width: 330 },
      { key: 'qty', kind: 'qty', title: 'Qty', width: 60, align: 'center' },
      { key: 'total', kind: 'total', title: 'Total', width: 120, align: 'right' },
      { key: 'placed', kind: 'placed', title: 'Date sold', width: 210 },
      { key: 'status', kind: 'status', title: 'Status', width: 160 },
      { key: 'actions', kind: 'actions', title: 'Actions', width: 150, fixed: 'right', actions: ['Print label', 'More'] },
    ],
  },
  // ---------------- Arco Design Vue ----------------
  {
    // first score 2026-12-07 22:42 UTC: 18/18, 0 false orders
    file: 'vue-arco-fixed', lib: 'arco',
    configuration: 'a-table with the order number fixed left and actions fixed right (scroll x and y: header and body in separate tables), row selection with two rows selected, summary row 合计',
    data: { ...CN, seed: 911, market: 'jd', now: '2026-12-07T18:00:00+08:00', count: 18, money: 'yen', date: 'ymdhms', items: [1, 2], maskedPhone: true },
    chrome: { shopName: '京东 · 星河数码专营店', idFilterLabel: '订单号' },
    flags: { fixed: true, selection: true, selectedKeys: ['o1', 'o4'], summary: true, scrollY: 560 },
    columns: [
      { key: 'id', kind: 'id', title: '订单号', width: 160, fixed: 'left' },
      { key: 'items', kind: 'itemnames', title: '商品名称', width: 320 },
      { key: 'receiver', kind: 'receiver', title: '收货人', width: 150 },
      { key: 'qty', kind: 'qty', title: '件数', width: 70, align: 'center' },
      { key: 'total', kind: 'total', title: '订单金额', width: 130, align: 'right' },
      { key: 'placed', kind: 'placed', title: '下单时间', width: 180 },
      { key: 'status', kind: 'status', title: '订单状态', width: 110 },
      { key: 'tracking', kind: 'tracking', title: '物流信息', width: 200 },
      { key: 'actions', kind: 'actions', title: '操作', width: 150, fixed: 'right', actions: ['查看', '发货'] },
    ],
  },
  {
    // first score 2026-12-07 22:42 UTC: 30/30 of the 30 drawn, 0 false orders
    file: 'vue-arco-virtual', lib: 'arco',
    configuration: 'a-table with virtual-list-props (only the rows in view are in the DOM), 300 orders in data, no pagination, US dates with times',
    data: { ...US, seed: 912, market: 'shopify', now: '2026-12-07T17:45:00-05:00', count: 300, money: 'usd', date: 'en-us-long', items: [1, 2], spreadMinutes: 70, firstSeq: 8421, showPhone: false },
    chrome: { shopName: 'Lumen & Loom (Shopify)', title: 'Orders · Lumen & Loom', total: 300 },
    flags: { virtual: true, virtualHeight: 600 },
    columns: [
      { key: 'id', kind: 'id', title: 'Order', width: 110 },
      { key: 'placed', kind: 'placed', title: 'Date', width: 220 },
      { key: 'buyer', kind: 'buyer', title: 'Customer', width: 180 },
      { key: 'total', kind: 'total', title: 'Total', width: 120, align: 'right' },
      { key: 'status', kind: 'status', title: 'Fulfillment status', width: 170 },
      { key: 'items', kind: 'items', title: 'Items', width: 360 },
    ],
  },
  {
    // first score 2026-12-07 22:42 UTC: 14/14, 0 false orders
    file: 'vue-arco-expand', lib: 'arco',
    configuration: 'a-table expandable rows (expanded-row-render: a nested a-table of 子订单号, 商品, 单价, 数量 and 运单号), three orders expanded, dates without year, stripe',
    data: { ...CN, seed: 913, market: 'pdd', now: '2026-12-07T22:10:00+08:00', count: 14, money: 'yen-fw', itemMoney: 'yen-fw', date: 'md-hm', items: [1, 3], subOrders: true, maskedPhone: true },
    chrome: { shopName: '拼多多 · 暖暖家纺专营店', idFilterLabel: '订单号' },
    flags: { expand: true, expandKeys: ['o0', 'o2', 'o5'], stripe: true },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: '订单号', width: 240 },
      { key: 'items', kind: 'itemnames', title: '商品', width: 300 },
      { key: 'total', kind: 'total', title: '实收金额', width: 120, align: 'right' },
      { key: 'placed', kind: 'placed', title: '成交时间', width: 130 },
      { key: 'receiver', kind: 'receiver', title: '收货信息', width: 150 },
      { key: 'status', kind: 'status', title: '订单状态', width: 110 },
      { key: 'aftersale', kind: 'aftersale', title: '售后', width: 90 },
    ],
  },
  {
    // first score 2026-12-07 22:42 UTC: 9/9 (the orders on page 1), 0 false orders
    file: 'vue-arco-span', lib: 'arco',
    configuration: 'a-table merged cells (span-method rowspan: the order\'s cells over one row per item), bordered cells, eBay sales record numbers beside the order numbers, British dates',
    data: { ...GB, seed: 914, market: 'ebay-uk', now: '2026-12-07T16:20:00+00:00', count: 12, money: 'gbp', itemMoney: 'gbp', date: 'en-gb-long', items: [1, 3], maskedPhone: false, showPhone: false },
    chrome: { shopName: 'thriftyhome.uk', title: 'Seller Hub – Orders' },
    flags: { span: true, bordered: true },
    columns: [
      { key: 'id', kind: 'id', title: 'Order number', width: 170, perOrder: true },
      { key: 'rec', kind: 'salesRecord', title: 'Sales record no.', width: 120, perOrder: true },
      { key: 'item', kind: 'item', title: 'Item', width: 330 },
      { key: 'iqty', kind: 'iqty', title: 'Qty', width: 60, align: 'center' },
      { key: 'price', kind: 'price', title: 'Price', width: 100, align: 'right' },
      { key: 'total', kind: 'total', title: 'Total', width: 110, align: 'right', perOrder: true },
      { key: 'placed', kind: 'placed', title: 'Date sold', width: 170, perOrder: true },
      { key: 'status', kind: 'status', title: 'Status', width: 150, perOrder: true },
    ],
  },
  // ---------------- Quasar QTable ----------------
  {
    // first score 2026-12-07 22:42 UTC: 33/33 of the 33 drawn, 0 false orders
    file: 'vue-quasar-virtual', lib: 'quasar',
    configuration: 'QTable virtual-scroll in a fixed-height table (only the rows in view are in the DOM), rows-per-page-options [0], selection="multiple" with one row selected and the selected-rows banner, 250 orders in data',
    data: { ...US, seed: 921, market: 'woo', now: '2026-12-07T19:05:00-05:00', count: 250, money: 'usd', date: 'en-us-long', items: [1, 2], spreadMinutes: 80, firstSeq: 7312, showPhone: false },
    chrome: { shopName: 'Harbor & Pine (WooCommerce)', title: 'Orders ‹ Harbor & Pine — WooCommerce', total: 250 },
    flags: { virtual: true, selection: true, selectedKeys: ['o3'], height: 620 },
    columns: [
      { key: 'id', kind: 'id', title: 'Order', width: 100 },
      { key: 'placed', kind: 'placed', title: 'Date', width: 210 },
      { key: 'buyer', kind: 'buyer', title: 'Customer', width: 170 },
      { key: 'status', kind: 'status', title: 'Status', width: 160 },
      { key: 'total', kind: 'total', title: 'Total', width: 110, align: 'right' },
      { key: 'items', kind: 'itemnames', title: 'Products', width: 340 },
    ],
  },
  {
    // first score 2026-12-07 22:42 UTC: 15/15, 0 false orders
    file: 'vue-quasar-expand', lib: 'quasar',
    configuration: 'QTable body slot with expandable rows (v-model:expanded; an expanded order\'s second row holds its 子订单号, 货号, package and tracking numbers), row selection, paginated 15 per page',
    data: { ...CN, seed: 922, market: 'taobao', now: '2026-12-07T19:40:00+08:00', count: 15, money: 'yen', itemMoney: 'yen', date: 'ymdhm', items: [1, 3], subOrders: true, packages: true, maskedPhone: true },
    chrome: { shopName: '淘宝 · 小满手作', idFilterLabel: '订单编号' },
    flags: { expand: true, expandKeys: ['o0', 'o3', 'o4'], selection: true, selectedKeys: ['o1'] },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: '订单编号', width: 230 },
      { key: 'items', kind: 'itemnames', title: '宝贝', width: 300 },
      { key: 'buyer', kind: 'buyer', title: '买家', width: 140 },
      { key: 'total', kind: 'total', title: '实收款', width: 120, align: 'right' },
      { key: 'placed', kind: 'placed', title: '创建时间', width: 160 },
      { key: 'status', kind: 'status', title: '交易状态', width: 110 },
    ],
  },
  {
    // first score 2026-12-07 22:42 UTC: 0/12 with 1 false order (the tab count 1284)
    file: 'vue-quasar-grid', lib: 'quasar',
    configuration: 'QTable grid mode (each order a QCard of label and value lines from the item slot, no table), grid-header with the column labels, British dates, Royal Mail / Evri / DPD tracking numbers',
    data: { ...GB, seed: 923, market: 'etsy-uk', now: '2026-12-07T12:15:00+00:00', count: 12, money: 'gbp', date: 'gb-date', dateOnly: true, items: [1, 2], showPhone: false },
    chrome: { shopName: 'FernAndFoxPrints', title: 'Orders & Delivery – Etsy Shop Manager' },
    flags: { grid: true },
    // Read exactly since ORDER_LABEL in lib/extract/meaning.ts takes "Order" at the start of a text before a number.
    columns: [
      { key: 'id', kind: 'id', title: 'Order', width: 120 },
      { key: 'placed', kind: 'placed', title: 'Ordered', width: 120 },
      { key: 'buyer', kind: 'buyer', title: 'Buyer', width: 160 },
      { key: 'items', kind: 'itemnames', title: 'Items', width: 300 },
      { key: 'total', kind: 'total', title: 'Order total', width: 110 },
      { key: 'status', kind: 'status', title: 'Status', width: 140 },
      { key: 'tracking', kind: 'tracking', title: 'Tracking', width: 200 },
    ],
  },
  {
    // first score 2026-12-07 22:51 UTC: 15/15, 0 false orders
    file: 'vue-quasar-sticky', lib: 'quasar',
    configuration: 'QTable with the order number and the actions column sticky left and right (table-class and the page\'s position: sticky CSS, as the docs\' sticky-column example), dense cells with separator="cell" and wrap-cells, a 合计 line in the bottom-row slot, paginated 15 per page',
    data: { ...CN, seed: 924, market: 'taobao', now: '2026-12-07T23:10:00+08:00', count: 15, money: 'yen', date: 'ymdhms', paidDate: 'ymdhms', items: [1, 2], maskedPhone: true },
    chrome: { shopName: '天猫 · 木语文创旗舰店', idFilterLabel: '订单编号' },
    flags: { sticky: true, dense: true, separator: 'cell', wrapCells: true, summary: true },
    columns: [
      { key: 'id', kind: 'id', title: '订单编号', width: 200 },
      { key: 'items', kind: 'itemnames', title: '商品', width: 280 },
      { key: 'receiver', kind: 'receiver', title: '收货人', width: 140 },
      { key: 'qty', kind: 'qty', title: '件数', width: 60, align: 'center' },
      { key: 'total', kind: 'total', title: '实付金额', width: 120, align: 'right' },
      { key: 'placed', kind: 'placed', title: '下单时间', width: 170 },
      { key: 'paid', kind: 'paid', title: '付款时间', width: 170 },
      { key: 'status', kind: 'status', title: '交易状态', width: 110 },
      { key: 'tracking', kind: 'tracking', title: '物流信息', width: 190 },
      { key: 'actions', kind: 'actions', title: '操作', width: 120, actions: ['详情', '发货'] },
    ],
  },
];
