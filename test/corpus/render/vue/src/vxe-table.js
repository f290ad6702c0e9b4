// Vxe Table (vxe-table 4 + vxe-pc-ui for the surrounding chrome) order console page.
import { createApp } from 'vue';
import VxeUIAll, { VxeUI } from 'vxe-pc-ui';
import VxeUITable from 'vxe-table';
import enUS from 'vxe-pc-ui/lib/language/en-US';
import deDE from 'vxe-pc-ui/lib/language/de-DE';
import tEnUS from 'vxe-table/lib/locale/lang/en-US';
import tDeDE from 'vxe-table/lib/locale/lang/de-DE';
import { P, cellLines, tableRows, spanFor, summaryValues } from './common.js';

if (P.lang === 'de') { VxeUI.setI18n('de-DE', deDE); VxeUI.setI18n('de-DE', tDeDE); VxeUI.setLanguage('de-DE'); }
else if (P.lang !== 'zh-CN') { VxeUI.setI18n('en-US', enUS); VxeUI.setI18n('en-US', tEnUS); VxeUI.setLanguage('en-US'); }

const F = P.flags;
const cols = P.columns;
const rows = tableRows();
const STATUS = { primary: 'primary', success: 'success', warning: 'warning', danger: 'error', info: 'info' };
const offset = (F.selection ? 1 : 0) + (F.expand ? 1 : 0);

function spanMethod({ row, _columnIndex, columnIndex }) {
  const c = cols[(columnIndex ?? _columnIndex) - offset];
  return (c && spanFor(row, c)) || { rowspan: 1, colspan: 1 };
}
function footerMethod({ columns }) {
  return [summaryValues(columns.map((_, i) => cols[i - offset] || { key: '_' }))];
}
const menuOptions = P.menu.map((m) => ({ name: m.index, title: m.label, children: m.children && m.children.map((c) => ({ name: c.index, title: c.label })) }));
const tabOptions = P.tabs.map((t) => ({ name: t.name, title: t.label }));

const template = `
<vxe-layout-container vertical style="min-height:100vh">
  <vxe-layout-header style="height:56px;display:flex;align-items:center;justify-content:space-between;padding:0 20px;border-bottom:1px solid #e8eaec">
    <vxe-breadcrumb><vxe-breadcrumb-item v-for="c in P.crumbs" :key="c" :title="c" /></vxe-breadcrumb>
    <vxe-button mode="text" :content="P.user" />
  </vxe-layout-header>
  <vxe-layout-container>
    <vxe-layout-aside width="220">
      <div class="logo" style="padding:14px 18px;font-weight:600">{{ P.shopName }}</div>
      <vxe-menu :model-value="P.activeMenu" :options="menuOptions" expand-all />
    </vxe-layout-aside>
    <vxe-layout-body padding>
      <vxe-row gutter="16" style="margin-bottom:16px">
        <vxe-col span="6" v-for="s in P.stats" :key="s.title">
          <vxe-card :title="s.title" width="100%"><div class="stat-value" style="font-size:24px">{{ s.value }}</div></vxe-card>
        </vxe-col>
      </vxe-row>
      <vxe-form :data="form" title-align="right" title-width="auto">
        <vxe-form-item v-for="f in P.filters" :key="f.label" :title="f.label" span="6">
          <template #default>
            <vxe-input v-if="f.type==='input'" :placeholder="f.placeholder" clearable />
            <vxe-select v-else-if="f.type==='select'" :model-value="null" :placeholder="f.placeholder" :options="f.options.map(o => ({ label: o, value: o }))" />
            <vxe-date-range-picker v-else :start-value="f.start" :end-value="f.end" :placeholder="f.startPlaceholder + ' ~ ' + f.endPlaceholder" />
          </template>
        </vxe-form-item>
        <vxe-form-item span="24" align="right">
          <template #default>
            <vxe-button status="primary" :content="P.buttons[0]" /><vxe-button :content="P.buttons[1]" /><vxe-button :content="P.buttons[2]" />
          </template>
        </vxe-form-item>
      </vxe-form>
      <vxe-tabs :model-value="P.activeTab" :options="tabOptions" style="margin-top:12px" />
      <vxe-table border stripe :data="rows" :height="F.height" :row-config="{ keyField: 'key', isHover: true }"
        :column-config="{ resizable: true }" :checkbox-config="{ checkRowKeys: F.selectedKeys || [] }"
        :expand-config="{ expandRowKeys: F.expandKeys || [] }"
        :tree-config="F.tree ? { childrenField: 'children', expandAll: true, rowField: 'key' } : undefined"
        :scroll-y="F.virtual ? { enabled: true, gt: 0 } : undefined" :virtual-y-config="F.virtual ? { enabled: true, gt: 0 } : undefined"
        :span-method="F.span ? spanMethod : undefined" :show-footer="!!F.summary" :footer-method="F.summary ? footerMethod : undefined"
        :empty-text="P.emptyText">
        <vxe-column v-if="F.selection" type="checkbox" width="50" :fixed="cols[0].fixed ? 'left' : undefined" />
        <vxe-column v-if="F.expand" type="expand" width="50">
          <template #content="{ row }">
            <div class="expand-detail" style="padding:8px 24px">
              <vxe-table border size="mini" :data="row.items" :row-config="{ keyField: 'sku' }">
                <vxe-column :title="zh ? '子订单号' : 'Line item'" width="200"><template #default="s">{{ s.row.subId }}</template></vxe-column>
                <vxe-column :title="zh ? '商品名称' : 'Item'" min-width="260"><template #default="s">{{ s.row.name }}</template></vxe-column>
                <vxe-column :title="zh ? '商家编码' : 'SKU'" width="140"><template #default="s">{{ s.row.sku }}</template></vxe-column>
                <vxe-column :title="zh ? '数量' : 'Qty'" width="70"><template #default="s">{{ s.row.qty }}</template></vxe-column>
                <vxe-column :title="zh ? '单价' : 'Price'" width="110"><template #default="s">{{ s.row.priceText }}</template></vxe-column>
              </vxe-table>
              <div v-if="row.tracking" class="sub-line">{{ zh ? '包裹号' : 'Package' }} {{ row.packageId }} · {{ row.carrier }} {{ row.tracking }}</div>
            </div>
          </template>
        </vxe-column>
        <vxe-column v-for="(c, ci) in cols" :key="c.key" :field="c.key" :title="c.title" :width="c.width" :min-width="c.minWidth"
          :fixed="c.fixed" :align="c.align" :tree-node="F.tree && ci === 0" :show-overflow="c.ellipsis ? 'tooltip' : undefined">
          <template #default="{ row }">
            <vxe-tag v-if="c.kind==='status'" :status="STATUS[row.statusType]" :content="row.statusText" />
            <span v-else-if="c.kind==='actions'"><vxe-button v-for="a in c.actions" :key="a" mode="text" status="primary" :content="a" /></span>
            <div v-else class="cell-lines"><div v-for="(l, i) in lines(row, c)" :key="i" :class="i ? 'sub' : 'main'">{{ l }}</div></div>
          </template>
        </vxe-column>
      </vxe-table>
      <vxe-pager :current-page="1" :page-size="P.pagination.pageSize" :total="P.pagination.total" :page-sizes="[10, 20, 50, 100]"
        :layouts="['Total', 'PrevPage', 'Number', 'NextPage', 'Sizes', 'FullJump']" />
    </vxe-layout-body>
  </vxe-layout-container>
</vxe-layout-container>`;

const app = createApp({ template, setup: () => ({ P, F, cols, rows, STATUS, spanMethod, footerMethod, menuOptions, tabOptions, form: {}, lines: cellLines, zh: P.lang === 'zh-CN' }) });
app.use(VxeUIAll);
app.use(VxeUITable);
app.mount('#app');
setTimeout(() => { window.__RENDERED__ = true; }, 1200);
