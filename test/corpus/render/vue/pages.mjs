// The corpus pages: library, configuration, data (market, language, formats) and columns.

export const LIBS = {
  'element-plus': { name: 'element-plus', pkg: 'element-plus', entry: 'element-plus', css: ['element-plus/dist/index.css'] },
  'element-ui': { name: 'element-ui', pkg: 'element-ui', entry: 'element-ui', css: ['element-ui/lib/theme-chalk/index.css'],
    scripts: ['vue2/dist/vue.min.js', 'element-ui/lib/index.js', 'element-ui/lib/umd/locale/zh-CN.js', 'element-ui/lib/umd/locale/en.js', 'element-ui/lib/umd/locale/de.js'] },
};

const CN = { lang: 'zh-CN', timeZone: 'Asia/Shanghai', currency: 'CNY' };
const US = { lang: 'en-US', timeZone: 'America/New_York', currency: 'USD' };
const GB = { lang: 'en-GB', timeZone: 'Europe/London', currency: 'GBP' };
const DE = { lang: 'de', timeZone: 'Europe/Berlin', currency: 'EUR' };

export const PAGES = [
  // ---------------- Element Plus ----------------
  {
    file: 'vue-element-plus-fixed', lib: 'element-plus',
    configuration: 'fixed left/right columns (Element renders extra fixed copies), row selection, fixed height (header and body in separate tables), show-summary 合计 row',
    data: { ...CN, seed: 101, market: 'taobao', now: '2026-11-20T10:00:00+08:00', count: 18, money: 'yen', date: 'ymdhms', paidDate: 'ymdhms', items: [1, 2] },
    flags: { selection: true, summary: true, height: 560 },
    columns: [
      { key: 'id', kind: 'id', title: '订单编号', width: 200, fixed: 'left' },
      { key: 'items', kind: 'itemnames', title: '商品', width: 320 },
      { key: 'buyer', kind: 'buyer', title: '买家', width: 140 },
      { key: 'receiver', kind: 'receiver', title: '收货人', width: 140 },
      { key: 'total', kind: 'total', title: '实付金额', width: 120, align: 'right' },
      { key: 'placed', kind: 'placed', title: '下单时间', width: 180 },
      { key: 'paid', kind: 'paid', title: '支付时间', width: 180 },
      { key: 'status', kind: 'status', title: '交易状态', width: 110 },
      { key: 'tracking', kind: 'tracking', title: '物流信息', width: 190 },
      { key: 'actions', kind: 'actions', title: '操作', width: 150, fixed: 'right', actions: ['详情', '发货', '备注'] },
    ],
  },
  {
    file: 'vue-element-plus-span', lib: 'element-plus',
    configuration: 'merged cells (span-method rowspan: order cells over one row per item), money without symbol (unit in header)',
    data: { ...CN, seed: 102, market: 'jd', now: '2026-11-19T16:30:00+08:00', count: 12, money: 'plain', itemMoney: 'plain', date: 'slash-ymdhm', items: [1, 3], maskedPhone: false },
    chrome: { shopName: '京东自营·悦家电器专营店', idFilterLabel: '订单号' },
    flags: { span: true },
    columns: [
      { key: 'id', kind: 'id', title: '订单号', width: 150, perOrder: true },
      { key: 'item', kind: 'item', title: '商品信息', minWidth: 300 },
      { key: 'price', kind: 'price', title: '单价(元)', width: 100, align: 'right' },
      { key: 'iqty', kind: 'iqty', title: '数量', width: 70, align: 'center' },
      { key: 'total', kind: 'total', title: '实付金额(元)', width: 130, align: 'right', perOrder: true },
      { key: 'receiver', kind: 'receiver', title: '收货人', width: 150, perOrder: true },
      { key: 'placed', kind: 'placed', title: '下单时间', width: 160, perOrder: true },
      { key: 'status', kind: 'status', title: '订单状态', width: 110, perOrder: true },
      { key: 'actions', kind: 'actions', title: '操作', width: 120, perOrder: true, actions: ['查看', '发货'] },
    ],
  },
  {
    file: 'vue-element-plus-expand', lib: 'element-plus',
    configuration: 'expandable rows (first rows expanded: nested table of line items with line-item ids, SKUs, package and tracking numbers), row selection',
    data: { ...US, seed: 103, market: 'shopify', now: '2026-11-20T09:15:00-05:00', count: 15, money: 'usd', date: 'en-us-short', items: [1, 3], subOrders: true, packages: true, showPhone: false, firstSeq: 1042 },
    chrome: { shopName: 'Northwind Goods (Shopify)' },
    flags: { selection: true, expand: true, expandKeys: ['o0', 'o1', 'o2', 'o4'] },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: 'Order', width: 100 },
      { key: 'placed', kind: 'placed', title: 'Date', width: 190 },
      { key: 'buyer', kind: 'buyer', title: 'Customer', width: 170 },
      { key: 'total', kind: 'total', title: 'Total', width: 120, align: 'right' },
      { key: 'status', kind: 'status', title: 'Fulfillment', width: 150 },
      { key: 'qty', kind: 'qty', title: 'Items', width: 80, align: 'center' },
      { key: 'tracking', kind: 'tracking', title: 'Tracking', minWidth: 220 },
    ],
  },
  {
    file: 'vue-element-plus-virtual', lib: 'element-plus',
    configuration: 'el-table-v2 virtualized table (only visible rows in the DOM), fixed left/right columns, 240 orders in data',
    data: { ...GB, seed: 104, market: 'amazon-uk', now: '2026-11-20T11:00:00+00:00', count: 240, money: 'gbp', date: 'en-gb-long', items: [1, 1], spreadMinutes: 90 },
    chrome: { shopName: 'Hartley & Sons Homeware', total: 240 },
    flags: { v2: true },
    columns: [
      { key: 'id', kind: 'id', title: 'Order ID', width: 210, fixed: 'left' },
      { key: 'placed', kind: 'placed', title: 'Order date', width: 180 },
      { key: 'items', kind: 'itemnames', title: 'Product', width: 360 },
      { key: 'buyer', kind: 'buyer', title: 'Buyer', width: 160, withPhone: true },
      { key: 'total', kind: 'total', title: 'Order total', width: 120, align: 'right' },
      { key: 'status', kind: 'status', title: 'Order status', width: 170 },
      { key: 'actions', kind: 'actions', title: 'Action', width: 140, fixed: 'right', actions: ['Confirm shipment'] },
    ],
  },
  {
    file: 'vue-element-plus-empty', lib: 'element-plus',
    configuration: 'empty state (no orders match the filter), fixed height',
    data: { ...DE, seed: 105, market: 'amazon-de', now: '2026-11-20T10:00:00+01:00', count: 0, money: 'eur-de', date: 'de' },
    chrome: { total: 0 },
    flags: { empty: true, height: 400, selection: true },
    columns: [
      { key: 'id', kind: 'id', title: 'Bestellnummer', width: 220 },
      { key: 'placed', kind: 'placed', title: 'Datum', width: 170 },
      { key: 'buyer', kind: 'buyer', title: 'Kunde', width: 170 },
      { key: 'total', kind: 'total', title: 'Betrag', width: 120 },
      { key: 'status', kind: 'status', title: 'Status', width: 140 },
    ],
  },
  // ---------------- Element UI (Vue 2) ----------------
  {
    file: 'vue-element-ui-fixed', lib: 'element-ui',
    configuration: 'fixed left/right columns (three table copies: main, fixed-left, fixed-right), row selection, fixed height (header and body in separate tables); eBay-style ids with sales record numbers',
    data: { ...US, seed: 201, market: 'ebay', now: '2026-11-20T13:45:00-05:00', count: 16, money: 'us-dollar', date: 'en-us-long', items: [1, 1] },
    chrome: { shopName: 'retro_attic_finds', title: 'Seller Hub · Orders', stats: [{ title: 'Orders today', value: '14' }, { title: 'Sales (31 days)', value: 'US $9,870.25' }, { title: 'Awaiting shipment', value: '6' }, { title: 'Cases & returns', value: '1' }] },
    flags: { selection: true, height: 600 },
    columns: [
      { key: 'id', kind: 'id', title: 'Order number', width: 150, fixed: 'left' },
      { key: 'rec', kind: 'salesRecord', title: 'Sales record #', width: 120 },
      { key: 'buyer', kind: 'buyer', title: 'Buyer', width: 170, withPhone: true },
      { key: 'items', kind: 'items', title: 'Item', width: 360 },
      { key: 'total', kind: 'total', title: 'Total', width: 120, align: 'right' },
      { key: 'placed', kind: 'placed', title: 'Date sold', width: 200 },
      { key: 'status', kind: 'status', title: 'Status', width: 170 },
      { key: 'tracking', kind: 'tracking', title: 'Tracking', width: 250 },
      { key: 'actions', kind: 'actions', title: 'Actions', width: 180, fixed: 'right', actions: ['Print label', 'More'] },
    ],
  },
  {
    file: 'vue-element-ui-expand', lib: 'element-ui',
    configuration: 'expandable rows (expanded rows hold a nested table of sub-orders / package and tracking numbers), show-summary 合计 row, year-less dates',
    data: { ...CN, seed: 202, market: 'pdd', now: '2026-11-20T21:10:00+08:00', count: 14, money: 'yen-fw', date: 'md-hm', items: [1, 3], subOrders: true, packages: true },
    chrome: { shopName: '拼多多·优选家居专营店', idFilterLabel: '订单号' },
    flags: { expand: true, summary: true, expandKeys: ['o0', 'o2', 'o3'] },
    hiddenDecoysOk: true,
    columns: [
      { key: 'id', kind: 'id', title: '订单号', width: 230 },
      { key: 'items', kind: 'itemnames', title: '商品', minWidth: 280 },
      { key: 'qty', kind: 'qty', title: '件数', width: 70, align: 'center' },
      { key: 'total', kind: 'total', title: '订单金额', width: 120, align: 'right' },
      { key: 'placed', kind: 'placed', title: '成交时间', width: 130 },
      { key: 'receiver', kind: 'receiver', title: '收货人', width: 130 },
      { key: 'status', kind: 'status', title: '订单状态', width: 110 },
      { key: 'aftersale', kind: 'aftersale', title: '售后状态', width: 100 },
    ],
  },
  {
    file: 'vue-element-ui-tree', lib: 'element-ui',
    configuration: 'tree data (row-key + tree-props, all expanded: child rows are sub-orders with their own 19-digit numbers), relative dates (刚刚, 5分钟前, 昨天 14:03, 3天前)',
    data: { ...CN, seed: 203, market: 'douyin', now: '2026-11-20T15:00:00+08:00', count: 14, money: 'yen', date: 'rel-zh', relative: true, items: [1, 3], subOrders: true },
    chrome: { shopName: '抖店 · 鹿小姐的衣橱', idFilterLabel: '主订单号' },
    flags: { tree: true, expandAll: true },
    columns: [
      { key: 'id', kind: 'id', title: '主订单号', width: 260 },
      { key: 'items', kind: 'itemnames', title: '商品', minWidth: 300 },
      { key: 'total', kind: 'total', title: '应付', width: 120, align: 'right' },
      { key: 'placed', kind: 'placed', title: '创建时间', width: 150 },
      { key: 'buyer', kind: 'buyer', title: '买家', width: 140 },
      { key: 'status', kind: 'status', title: '订单状态', width: 110 },
      { key: 'tracking', kind: 'tracking', title: '物流', width: 190 },
      { key: 'actions', kind: 'actions', title: '操作', width: 120, actions: ['详情', '备注'] },
    ],
  },
];
