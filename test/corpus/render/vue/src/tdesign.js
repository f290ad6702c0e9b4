// TDesign (tdesign-vue-next) order console page.
import { createApp, h } from 'vue';
import TDesign, { Tag as TTag, Link as TLink, Space as TSpace } from 'tdesign-vue-next';
import zhCN from 'tdesign-vue-next/es/locale/zh_CN.mjs';
import enUS from 'tdesign-vue-next/es/locale/en_US.mjs';
import { P, cellLines, tableRows } from './common.js';

const F = P.flags;
const rows = tableRows();
const THEME = { primary: 'primary', success: 'success', warning: 'warning', danger: 'danger', info: 'default' };

function cell(row, col) {
  const lines = cellLines(row, col);
  if (col.kind === 'status') return h(TTag, { theme: THEME[row.statusType], variant: 'light' }, () => lines[0]);
  if (col.kind === 'actions') return h(TSpace, { size: 'small' }, () => lines.map((a) => h(TLink, { theme: 'primary', hover: 'color' }, () => a)));
  return h('div', { class: 'cell-lines' }, lines.map((l, i) => h('div', { class: i ? 'sub' : 'main' }, l)));
}

const columns = [];
if (F.selection) columns.push({ colKey: 'row-select', type: 'multiple', width: 50, fixed: P.columns[0].fixed ? 'left' : undefined });
for (const c of P.columns) {
  columns.push({ colKey: c.key, title: c.title, width: c.width, minWidth: c.minWidth, fixed: c.fixed, align: c.align, ellipsis: !!c.ellipsis, cell: (_h, { row }) => cell(row, c) });
}
const footData = F.summary ? [Object.fromEntries(P.columns.map((c, i) => [c.key, i === 0 ? P.summaryLabel : P.summary[c.key] ?? '']))] : undefined;
if (footData && F.selection) footData[0]['row-select'] = '';

function rowspanAndColspan({ row, col }) {
  const c = P.columns.find((x) => x.key === col.colKey);
  if (!F.span || !c || !c.perOrder) return undefined;
  if (row.itemIndex === 0 && row.itemCount > 1) return { rowspan: row.itemCount, colspan: 1 };
  return undefined;
}

const template = `
<t-config-provider :global-config="globalConfig">
<t-layout style="min-height:100vh">
  <t-aside width="232px">
    <div class="logo" style="padding:16px 20px;font-weight:600">{{ P.shopName }}</div>
    <t-menu :value="P.activeMenu" :default-expanded="['orders']" width="232px">
      <template v-for="m in P.menu" :key="m.index">
        <t-submenu v-if="m.children" :value="m.index" :title="m.label">
          <t-menu-item v-for="c in m.children" :key="c.index" :value="c.index">{{ c.label }}</t-menu-item>
        </t-submenu>
        <t-menu-item v-else :value="m.index">{{ m.label }}</t-menu-item>
      </template>
    </t-menu>
  </t-aside>
  <t-layout>
    <t-header style="display:flex;align-items:center;justify-content:space-between;padding:0 24px;background:#fff;border-bottom:1px solid #e7e7e7">
      <t-breadcrumb><t-breadcrumb-item v-for="c in P.crumbs" :key="c">{{ c }}</t-breadcrumb-item></t-breadcrumb>
      <t-button variant="text">{{ P.user }}</t-button>
    </t-header>
    <t-content style="padding:24px">
      <t-row :gutter="16" style="margin-bottom:16px">
        <t-col :span="3" v-for="s in P.stats" :key="s.title">
          <t-card :bordered="false" :title="s.title"><div class="stat-value" style="font-size:28px">{{ s.value }}</div></t-card>
        </t-col>
      </t-row>
      <t-card :bordered="false">
        <t-form layout="inline" label-align="left">
          <t-form-item v-for="f in P.filters" :key="f.label" :label="f.label">
            <t-input v-if="f.type==='input'" :placeholder="f.placeholder" clearable style="width:200px" />
            <t-select v-else-if="f.type==='select'" :placeholder="f.placeholder" :options="f.options.map(o => ({ label: o, value: o }))" style="width:140px" />
            <t-date-range-picker v-else :default-value="[f.start, f.end]" :placeholder="[f.startPlaceholder, f.endPlaceholder]" />
          </t-form-item>
          <t-form-item>
            <t-space><t-button theme="primary">{{ P.buttons[0] }}</t-button><t-button variant="base" theme="default">{{ P.buttons[1] }}</t-button><t-button variant="outline">{{ P.buttons[2] }}</t-button></t-space>
          </t-form-item>
        </t-form>
        <t-tabs :default-value="P.activeTab" style="margin-top:16px">
          <t-tab-panel v-for="t in P.tabs" :key="t.name" :value="t.name" :label="t.label" />
        </t-tabs>
        <t-enhanced-table v-if="F.tree" row-key="key" :data="rows" :columns="columns" :tree="{ childrenKey: 'children', treeNodeColumnIndex: F.selection ? 1 : 0, defaultExpandAll: true }"
          bordered hover :empty="P.emptyText" :foot-data="footData" />
        <t-table v-else row-key="key" :data="rows" :columns="columns" bordered hover :stripe="!!F.stripe"
          :height="F.height" :max-height="F.maxHeight" :scroll="F.virtual ? { type: 'virtual', rowHeight: 57, bufferSize: 8 } : undefined"
          :rowspan-and-colspan="F.span ? rowspanAndColspan : undefined" :empty="P.emptyText" :foot-data="footData"
          :selected-row-keys="F.selectedKeys || []" :expanded-row-keys="F.expandKeys || []"
          :expanded-row="F.expand ? expandedRow : undefined" table-layout="fixed" />
        <t-pagination style="margin-top:16px" :total="P.pagination.total" :default-page-size="P.pagination.pageSize" :page-size-options="[10, 20, 50]" show-jumper />
      </t-card>
    </t-content>
  </t-layout>
</t-layout>
</t-config-provider>`;

function expandedRow(_h, { row }) {
  return h('div', { class: 'expand-detail', style: 'padding:8px 24px' }, row.items.map((it) => h('div', { class: 'sub-line' }, [
    h('span', `${P.expandIdLabel || (P.lang === 'zh-CN' ? '子订单号' : 'Line item')}: ${it.subId ?? '—'}`), ' · ',
    h('span', it.name), ' · ', h('span', it.sku), ' · ', h('span', `×${it.qty}`), ' · ', h('span', it.priceText),
  ])).concat(row.tracking ? [h('div', `${row.carrier}: ${row.tracking}`)] : []));
}

const globalConfig = P.lang === 'zh-CN' ? zhCN : enUS;
const app = createApp({ template, setup: () => ({ P, F, rows, columns, footData, rowspanAndColspan, expandedRow, globalConfig }) });
app.use(TDesign);
app.mount('#app');
setTimeout(() => { window.__RENDERED__ = true; }, 1000);
