// Surrounding console chrome (menu, filter form, tabs with counts, stat cards, pagination)
// in the page's language; each library renders it with its own components.

export function chrome(lang, o = {}) {
  const zh = lang === 'zh-CN', de = lang === 'de';
  const total = o.total ?? 1284;
  if (zh) {
    return {
      title: o.title ?? '订单管理 - 商家后台',
      shopName: o.shopName ?? '小鹿生活旗舰店',
      crumbs: ['首页', '订单管理', o.crumb ?? '全部订单'],
      user: '店长 · 王经理',
      menu: [
        { index: 'home', label: '首页' },
        { index: 'orders', label: '订单管理', children: [
          { index: 'orders-all', label: '全部订单' }, { index: 'orders-ship', label: '发货管理' }, { index: 'orders-eval', label: '评价管理' }] },
        { index: 'aftersale', label: '售后管理' },
        { index: 'goods', label: '商品管理' },
        { index: 'marketing', label: '营销中心' },
        { index: 'data', label: '数据中心' },
        { index: 'settings', label: '店铺设置' },
      ],
      activeMenu: 'orders-all',
      filters: [
        { type: 'input', label: o.idFilterLabel ?? '订单编号', placeholder: '请输入订单号' },
        { type: 'input', label: '买家昵称', placeholder: '请输入买家昵称/手机号' },
        { type: 'select', label: '订单状态', placeholder: '全部', options: ['全部', '待付款', '待发货', '已发货', '交易成功', '交易关闭'] },
        { type: 'daterange', label: '下单时间', start: '2026-11-13', end: '2026-11-20', startPlaceholder: '开始日期', endPlaceholder: '结束日期' },
      ],
      buttons: ['查询', '重置', '批量导出'],
      tabs: [
        { name: 'all', label: `全部订单 (${total})` }, { name: 'unpaid', label: '待付款 (3)' }, { name: 'toship', label: '待发货 (12)' },
        { name: 'shipped', label: '已发货 (56)' }, { name: 'refund', label: '退款/售后 (2)' }, { name: 'closed', label: '已关闭' },
      ],
      activeTab: o.activeTab ?? 'all',
      stats: o.stats ?? [
        { title: '今日订单', value: '37' }, { title: '今日成交额', value: o.revenue ?? '¥12,345.60' },
        { title: '待发货', value: '12' }, { title: '退款中', value: '2' },
      ],
      pagination: { total, pageSize: o.pageSize ?? 20, current: 1, totalPrefix: '共', totalSuffix: '条' },
      emptyText: '暂无订单',
      summaryLabel: '合计',
      actions: ['详情', '发货', '备注'],
    };
  }
  if (de) {
    return {
      title: o.title ?? 'Bestellungen – Händlerbereich',
      shopName: o.shopName ?? 'Kaffee & Keramik GmbH',
      crumbs: ['Start', 'Verkäufe', 'Bestellungen'],
      user: 'Julia Braun',
      menu: [
        { index: 'home', label: 'Startseite' },
        { index: 'orders', label: 'Verkäufe', children: [
          { index: 'orders-all', label: 'Bestellungen' }, { index: 'orders-returns', label: 'Retouren' }, { index: 'orders-invoices', label: 'Rechnungen' }] },
        { index: 'goods', label: 'Artikel' },
        { index: 'customers', label: 'Kunden' },
        { index: 'reports', label: 'Berichte' },
        { index: 'settings', label: 'Einstellungen' },
      ],
      activeMenu: 'orders-all',
      filters: [
        { type: 'input', label: 'Bestellnummer', placeholder: 'Bestellnummer suchen' },
        { type: 'input', label: 'Kunde', placeholder: 'Name oder E-Mail' },
        { type: 'select', label: 'Status', placeholder: 'Alle', options: ['Alle', 'Bezahlt', 'Versendet', 'Storniert'] },
        { type: 'daterange', label: 'Zeitraum', start: '2026-11-01', end: '2026-11-30', startPlaceholder: 'Von', endPlaceholder: 'Bis' },
      ],
      buttons: ['Suchen', 'Zurücksetzen', 'Exportieren'],
      tabs: [
        { name: 'all', label: `Alle (${total})` }, { name: 'open', label: 'Offen (9)' }, { name: 'toship', label: 'Zu versenden (7)' },
        { name: 'returns', label: 'Retouren (2)' },
      ],
      activeTab: 'all',
      stats: o.stats ?? [
        { title: 'Bestellungen heute', value: '18' }, { title: 'Umsatz (Monat)', value: o.revenue ?? '8.412,90 €' },
        { title: 'Zu versenden', value: '7' }, { title: 'Offene Retouren', value: '2' },
      ],
      pagination: { total, pageSize: o.pageSize ?? 25, current: 1, totalPrefix: 'Gesamt', totalSuffix: '' },
      emptyText: 'Keine Bestellungen gefunden',
      summaryLabel: 'Summe',
      actions: ['Details', 'Versenden'],
    };
  }
  return {
    title: o.title ?? 'Orders · Seller Hub',
    shopName: o.shopName ?? 'Northwind Goods',
    crumbs: ['Home', 'Orders', o.crumb ?? 'All orders'],
    user: 'Alex Morgan',
    menu: [
      { index: 'home', label: 'Home' },
      { index: 'orders', label: 'Orders', children: [
        { index: 'orders-all', label: 'All orders' }, { index: 'orders-drafts', label: 'Drafts' }, { index: 'orders-returns', label: 'Returns' }] },
      { index: 'goods', label: 'Products' },
      { index: 'customers', label: 'Customers' },
      { index: 'marketing', label: 'Marketing' },
      { index: 'reports', label: 'Analytics' },
      { index: 'settings', label: 'Settings' },
    ],
    activeMenu: 'orders-all',
    filters: [
      { type: 'input', label: o.idFilterLabel ?? 'Order number', placeholder: 'Search orders' },
      { type: 'input', label: 'Customer', placeholder: 'Name, email or phone' },
      { type: 'select', label: 'Status', placeholder: 'Any status', options: ['Any status', 'Unfulfilled', 'Fulfilled', 'Cancelled'] },
      { type: 'daterange', label: 'Date range', start: '2026-11-01', end: '2026-11-30', startPlaceholder: 'Start date', endPlaceholder: 'End date' },
    ],
    buttons: ['Search', 'Reset', 'Export'],
    tabs: o.tabs ?? [
      { name: 'all', label: `All (${total})` }, { name: 'unfulfilled', label: 'Unfulfilled (12)' }, { name: 'unpaid', label: 'Unpaid (3)' },
      { name: 'open', label: 'Open (45)' }, { name: 'archived', label: 'Archived' },
    ],
    activeTab: 'all',
    stats: o.stats ?? [
      { title: 'Orders today', value: '37' }, { title: 'Revenue', value: o.revenue ?? '$1,234.00' },
      { title: 'Awaiting shipment', value: '12' }, { title: 'Return requests', value: '2' },
    ],
    pagination: { total, pageSize: o.pageSize ?? 20, current: 1, totalPrefix: 'Total', totalSuffix: '' },
    emptyText: 'No orders found',
    summaryLabel: 'Total',
    actions: ['View', 'Ship'],
  };
}
