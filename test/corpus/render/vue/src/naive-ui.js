// Naive UI order console page.
import { createApp, h } from 'vue';
import naive, { NTag, NButton, NSpace, zhCN, dateZhCN, deDE, dateDeDE, enUS, dateEnUS, enGB, dateEnGB } from 'naive-ui';
import { P, cellLines, tableRows, spanFor } from './common.js';

const F = P.flags;
const rows = tableRows();
const TYPE = { primary: 'info', success: 'success', warning: 'warning', danger: 'error', info: 'default' };
const [locale, dateLocale] = P.lang === 'zh-CN' ? [zhCN, dateZhCN] : P.lang === 'de' ? [deDE, dateDeDE] : P.lang === 'en-GB' ? [enGB, dateEnGB] : [enUS, dateEnUS];

function cell(row, col) {
  const lines = cellLines(row, col);
  if (col.kind === 'status') return h(NTag, { type: TYPE[row.statusType], size: 'small', bordered: false }, () => lines[0]);
  if (col.kind === 'actions') return h(NSpace, { size: 4 }, () => lines.map((a) => h(NButton, { text: true, type: 'primary', size: 'small' }, () => a)));
  if (lines.length === 1) return lines[0];
  return h('div', { class: 'cell-lines' }, lines.map((l, i) => h('div', { class: i ? 'sub' : 'main' }, l)));
}

const columns = [];
if (F.selection) columns.push({ type: 'selection', fixed: P.columns[0].fixed ? 'left' : undefined });
if (F.expand) {
  columns.push({
    type: 'expand',
    renderExpand: (row) => h('div', { class: 'expand-detail' }, row.items.map((it) => h('div', { class: 'sub-line', style: 'padding:2px 0' },
      `${P.expandIdLabel}: ${it.subId} · ${it.name} · ${P.lang === 'de' ? 'Art.-Nr.' : 'SKU'} ${it.sku} · ${it.qty} × ${it.priceText}`))
      .concat(row.tracking ? [h('div', { class: 'sub-line' }, `${row.carrier} ${row.tracking}`)] : [])
      .concat(row.packageId ? [h('div', { class: 'sub-line' }, `${P.lang === 'de' ? 'Paket' : 'Package'} ${row.packageId}`)] : [])),
  });
}
for (const c of P.columns) {
  columns.push({
    key: c.key, title: c.title, width: c.width, minWidth: c.minWidth, fixed: c.fixed, align: c.align, ellipsis: c.ellipsis ? { tooltip: true } : undefined,
    tree: F.tree && c === P.columns[0] ? true : undefined,
    rowSpan: F.span && c.perOrder ? (row) => (spanFor(row, c) || { rowspan: 1 }).rowspan : undefined,
    render: (row) => cell(row, c),
  });
}
const summary = F.summary ? () => Object.fromEntries(P.columns.map((c, i) => [c.key, { value: i === 0 ? P.summaryLabel : P.summary[c.key] ?? '' }])) : undefined;
const scrollX = P.columns.reduce((a, c) => a + (c.width || c.minWidth || 160), 0) + 100;

const menuOptions = P.menu.map((m) => ({ key: m.index, label: m.label, children: m.children && m.children.map((c) => ({ key: c.index, label: c.label })) }));
const toTs = (s) => Date.parse(s + 'T00:00:00');

const template = `
<n-config-provider :locale="locale" :date-locale="dateLocale">
<n-layout has-sider style="min-height:100vh">
  <n-layout-sider bordered :width="220" content-style="padding: 8px 0">
    <div class="logo" style="padding:12px 20px;font-weight:600">{{ P.shopName }}</div>
    <n-menu :options="menuOptions" :value="P.activeMenu" :default-expanded-keys="['orders']" />
  </n-layout-sider>
  <n-layout>
    <n-layout-header bordered style="height:56px;padding:0 24px;display:flex;align-items:center;justify-content:space-between">
      <n-breadcrumb><n-breadcrumb-item v-for="c in P.crumbs" :key="c">{{ c }}</n-breadcrumb-item></n-breadcrumb>
      <n-button quaternary>{{ P.user }}</n-button>
    </n-layout-header>
    <n-layout-content content-style="padding: 24px">
      <n-grid :cols="4" :x-gap="16" style="margin-bottom:16px">
        <n-gi v-for="s in P.stats" :key="s.title"><n-card size="small"><n-statistic :label="s.title" :value="s.value" /></n-card></n-gi>
      </n-grid>
      <n-card>
        <n-form inline label-placement="left" :show-feedback="false">
          <n-form-item v-for="f in P.filters" :key="f.label" :label="f.label">
            <n-input v-if="f.type==='input'" :placeholder="f.placeholder" clearable style="width:200px" />
            <n-select v-else-if="f.type==='select'" :placeholder="f.placeholder" :options="f.options.map(o => ({ label: o, value: o }))" style="width:150px" />
            <n-date-picker v-else type="daterange" :default-value="[toTs(f.start), toTs(f.end)]" :start-placeholder="f.startPlaceholder" :end-placeholder="f.endPlaceholder" />
          </n-form-item>
          <n-form-item>
            <n-space><n-button type="primary">{{ P.buttons[0] }}</n-button><n-button>{{ P.buttons[1] }}</n-button><n-button secondary>{{ P.buttons[2] }}</n-button></n-space>
          </n-form-item>
        </n-form>
        <n-tabs type="line" :default-value="P.activeTab" style="margin-top:12px">
          <n-tab v-for="t in P.tabs" :key="t.name" :name="t.name">{{ t.label }}</n-tab>
        </n-tabs>
        <n-data-table :columns="columns" :data="rows" :row-key="r => r.key" :bordered="true" :single-line="false"
          :virtual-scroll="!!F.virtual" :max-height="F.maxHeight" :scroll-x="scrollX" :summary="summary"
          :default-expanded-row-keys="F.expandKeys || []" :default-expand-all="!!F.tree" :default-checked-row-keys="F.selectedKeys || []"
          children-key="children" style="margin-top:12px">
          <template #empty><n-empty :description="P.emptyText" /></template>
        </n-data-table>
        <n-space justify="end" style="margin-top:16px">
          <n-pagination :item-count="P.pagination.total" :default-page-size="P.pagination.pageSize" show-size-picker :page-sizes="[10, 20, 50]" show-quick-jumper>
            <template #prefix="{ itemCount }">{{ P.pagination.totalPrefix }} {{ itemCount }} {{ P.pagination.totalSuffix }}</template>
          </n-pagination>
        </n-space>
      </n-card>
    </n-layout-content>
  </n-layout>
</n-layout>
</n-config-provider>`;

const app = createApp({ template, setup: () => ({ P, F, rows, columns, summary, scrollX, menuOptions, locale, dateLocale, toTs }) });
app.use(naive);
app.mount('#app');
setTimeout(() => { window.__RENDERED__ = true; }, 1000);
