// The corpus pages: library, configuration, data (market, language, formats) and columns.

export const LIBS = {
  'element-plus': { name: 'element-plus', pkg: 'element-plus', entry: 'element-plus', css: ['element-plus/dist/index.css'] },
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
];
