// Arco Design Vue (@arco-design/web-vue) order console page: a-table with fixed columns, row selection,
// a summary row, a virtual list, expandable rows or merged cells (more-libs-pages.mjs says which and
// where the props come from).
import { createApp, h } from 'vue';
import ArcoVue, { Table, Tag, Button, Space } from '@arco-design/web-vue';
import zhCN from '@arco-design/web-vue/es/locale/lang/zh-cn';
import enUS from '@arco-design/web-vue/es/locale/lang/en-us';
import { P, cellLines, tableRows, spanFor } from './common.js';

const F = P.flags;
const zh = P.lang === 'zh-CN';
const COLOR = { primary: 'arcoblue', success: 'green', warning: 'orange', danger: 'red', info: 'gray' };

function cell(record, col) {
  const lines = cellLines(record, col);
  if (col.kind === 'status') return h(Tag, { color: COLOR[record.statusType] }, () => lines[0]);
  if (col.kind === 'actions') return h(Space, { size: 4 }, () => lines.map((a) => h(Button, { type: 'text', size: 'mini' }, () => a)));
  return h('div', { class: 'cell-lines' }, lines.map((l, i) => h('div', { class: i ? 'sub' : 'main' }, l)));
}

function subTable(o) {
  const data = o.items.map((it, i) => ({ key: `${o.key}-s${i}`, ...it, tracking: o.tracking }));
  return h(Table, {
    data, pagination: false, size: 'small', bordered: { cell: true },
    columns: [
      { title: zh ? '子订单号' : 'Line item', dataIndex: 'subId', width: 240 },
      { title: zh ? '商品' : 'Product', dataIndex: 'name' },
      { title: zh ? '单价' : 'Price', dataIndex: 'priceText', width: 110 },
      { title: zh ? '数量' : 'Qty', dataIndex: 'qty', width: 70 },
      { title: zh ? '运单号' : 'Tracking', width: 200, render: ({ record }) => record.tracking || '—' },
    ],
  });
}

const Orders = {
  setup() {
    const rows = tableRows();
    const columns = P.columns.map((c) => ({
      title: c.title, dataIndex: c.key, width: c.width, fixed: c.fixed, align: c.align,
      render: ({ record }) => cell(record, c),
    }));
    const props = {
      columns, data: rows, rowKey: 'key', stripe: !!F.stripe, bordered: F.bordered ? { cell: true } : true,
      pagination: F.virtual ? false : { total: P.pagination.total, pageSize: P.pagination.pageSize, showTotal: true, showJumper: true, showPageSize: true },
    };
    if (F.fixed || F.scrollY) props.scroll = { x: columns.reduce((a, c) => a + (c.width || 150), 0) + (F.selection ? 60 : 0), y: F.scrollY };
    if (F.selection) {
      props.rowSelection = { type: 'checkbox', showCheckedAll: true };
      props.selectedKeys = F.selectedKeys || [];
    }
    if (F.summary) {
      // summary rows are drawn through the same column render, with the record the summary function gives
      props.summary = () => [{ [P.columns[0].key]: P.summaryLabel, total: P.summary.total, qty: P.summary.qty }];
      columns.forEach((c, i) => {
        const col = P.columns[i];
        c.render = ({ record }) => (record.key === undefined ? String(record[col.key] ?? '') : cell(record, col));
      });
    }
    if (F.virtual) props.virtualListProps = { height: F.virtualHeight || 600 };
    if (F.expand) {
      props.expandable = { width: 48, expandedRowRender: (record) => subTable(record) };
      props.expandedKeys = F.expandKeys || [];
    }
    if (F.span) props.spanMethod = ({ record, column }) => spanFor(record, P.columns.find((c) => c.key === column.dataIndex) || {}) || undefined;
    return () => h(Table, props);
  },
};

const template = `
<a-config-provider :locale="locale">
<a-layout style="min-height:100vh">
  <a-layout-sider :width="208">
    <div style="padding:16px;font-weight:600">{{ P.shopName }}</div>
    <a-menu :default-selected-keys="[P.activeMenu]" :default-open-keys="['orders']">
      <template v-for="m in P.menu" :key="m.index">
        <a-sub-menu v-if="m.children" :key="m.index"><template #title>{{ m.label }}</template>
          <a-menu-item v-for="c in m.children" :key="c.index">{{ c.label }}</a-menu-item>
        </a-sub-menu>
        <a-menu-item v-else :key="m.index">{{ m.label }}</a-menu-item>
      </template>
    </a-menu>
  </a-layout-sider>
  <a-layout>
    <a-layout-header style="display:flex;justify-content:space-between;align-items:center;padding:0 24px;height:56px;border-bottom:1px solid #e5e6eb">
      <a-breadcrumb><a-breadcrumb-item v-for="c in P.crumbs" :key="c">{{ c }}</a-breadcrumb-item></a-breadcrumb>
      <span>{{ P.user }}</span>
    </a-layout-header>
    <a-layout-content style="padding:16px 24px">
      <a-row :gutter="16" style="margin-bottom:16px">
        <a-col :span="6" v-for="s in P.stats" :key="s.title"><a-card :bordered="false"><a-statistic :title="s.title" :value="s.value" /></a-card></a-col>
      </a-row>
      <a-card :bordered="false">
        <a-form :model="{}" layout="inline" style="margin-bottom:12px">
          <a-form-item v-for="f in P.filters" :key="f.label" :label="f.label">
            <a-input v-if="f.type==='input'" :placeholder="f.placeholder" style="width:200px" />
            <a-select v-else-if="f.type==='select'" :placeholder="f.placeholder" style="width:140px" :options="f.options" />
            <a-range-picker v-else style="width:260px" :default-value="[f.start, f.end]" />
          </a-form-item>
          <a-form-item><a-space><a-button type="primary">{{ P.buttons[0] }}</a-button><a-button>{{ P.buttons[1] }}</a-button><a-button>{{ P.buttons[2] }}</a-button></a-space></a-form-item>
        </a-form>
        <a-tabs :default-active-key="P.activeTab"><a-tab-pane v-for="t in P.tabs" :key="t.name" :title="t.label" /></a-tabs>
        <orders-table />
      </a-card>
    </a-layout-content>
  </a-layout>
</a-layout>
</a-config-provider>`;

const locale = zh ? zhCN : enUS;
const app = createApp({ template, setup: () => ({ P, locale }) });
app.use(ArcoVue);
app.component('orders-table', Orders);
app.mount('#app');
setTimeout(() => { window.__RENDERED__ = true; }, 900);
