// Ant Design Vue order console page.
import { createApp } from 'vue';
import Antd from 'ant-design-vue';
import dayjs from 'dayjs';
import zhCN from 'ant-design-vue/es/locale/zh_CN';
import enUS from 'ant-design-vue/es/locale/en_US';
import enGB from 'ant-design-vue/es/locale/en_GB';
import deDE from 'ant-design-vue/es/locale/de_DE';
import { P, cellLines, tableRows, spanFor } from './common.js';

const F = P.flags;
const rows = tableRows();
const locale = P.lang === 'zh-CN' ? zhCN : P.lang === 'de' ? deDE : P.lang === 'en-GB' ? enGB : enUS;
const COLOR = { primary: 'processing', success: 'success', warning: 'warning', danger: 'error', info: 'default' };

const columns = P.columns.map((c) => ({
  key: c.key, dataIndex: c.key, title: c.title, width: c.width || c.minWidth, fixed: c.fixed, align: c.align, ellipsis: !!c.ellipsis,
  customCell: F.span && c.perOrder ? (record) => { const s = spanFor(record, c); return { rowSpan: s.rowspan }; } : undefined,
}));
const scrollX = P.columns.reduce((a, c) => a + (c.width || c.minWidth || 160), 0) + 120;
const rowSelection = F.selection ? { selectedRowKeys: F.selectedKeys || [], onChange: () => {} } : undefined;
const menuItems = P.menu.map((m) => ({ key: m.index, label: m.label, children: m.children && m.children.map((c) => ({ key: c.index, label: c.label })) }));
const sumCells = F.summary ? P.columns.map((c, i) => (i === 0 ? P.summaryLabel : P.summary[c.key] ?? '')) : [];
const pagination = F.empty ? false : { total: P.pagination.total, pageSize: P.pagination.pageSize, current: 1, showSizeChanger: true, showQuickJumper: true,
  showTotal: (t) => `${P.pagination.totalPrefix} ${t} ${P.pagination.totalSuffix}`.trim() };

const template = `
<a-config-provider :locale="locale">
<a-layout style="min-height:100vh">
  <a-layout-sider theme="light" width="220" style="border-right:1px solid #f0f0f0">
    <div class="logo" style="padding:16px 24px;font-weight:600">{{ P.shopName }}</div>
    <a-menu mode="inline" :selected-keys="[P.activeMenu]" :open-keys="['orders']" :items="menuItems" />
  </a-layout-sider>
  <a-layout>
    <a-layout-header style="background:#fff;padding:0 24px;display:flex;align-items:center;justify-content:space-between;border-bottom:1px solid #f0f0f0">
      <a-breadcrumb><a-breadcrumb-item v-for="c in P.crumbs" :key="c">{{ c }}</a-breadcrumb-item></a-breadcrumb>
      <a-avatar style="background:#1677ff">{{ P.user.slice(0, 1) }}</a-avatar>
    </a-layout-header>
    <a-layout-content style="padding:24px">
      <a-row :gutter="16" style="margin-bottom:16px">
        <a-col :span="6" v-for="s in P.stats" :key="s.title"><a-card size="small"><a-statistic :title="s.title" :value="s.value" /></a-card></a-col>
      </a-row>
      <a-card>
        <a-form layout="inline">
          <a-form-item v-for="f in P.filters" :key="f.label" :label="f.label" style="margin-bottom:12px">
            <a-input v-if="f.type==='input'" :placeholder="f.placeholder" allow-clear style="width:200px" />
            <a-select v-else-if="f.type==='select'" :placeholder="f.placeholder" :options="f.options.map(o => ({ label: o, value: o }))" style="width:140px" />
            <a-range-picker v-else :default-value="[dayjs(f.start), dayjs(f.end)]" :placeholder="[f.startPlaceholder, f.endPlaceholder]" />
          </a-form-item>
          <a-form-item>
            <a-space><a-button type="primary">{{ P.buttons[0] }}</a-button><a-button>{{ P.buttons[1] }}</a-button><a-button>{{ P.buttons[2] }}</a-button></a-space>
          </a-form-item>
        </a-form>
        <a-tabs :active-key="P.activeTab">
          <a-tab-pane v-for="t in P.tabs" :key="t.name" :tab="t.label" />
        </a-tabs>
        <a-table :columns="columns" :data-source="rows" row-key="key" bordered size="middle" :pagination="pagination"
          :row-selection="rowSelection" :scroll="F.height ? { x: scrollX, y: F.height } : { x: scrollX }"
          :default-expanded-row-keys="F.expandKeys" :default-expand-all-rows="!!F.tree" :locale="{ emptyText: P.emptyText }">
          <template #bodyCell="{ column, record }">
            <a-tag v-if="kind(column)==='status'" :color="COLOR[record.statusType]">{{ record.statusText }}</a-tag>
            <a-space v-else-if="kind(column)==='actions'" :size="4"><a v-for="a in col(column).actions" :key="a">{{ a }}</a></a-space>
            <div v-else class="cell-lines"><div v-for="(l, i) in lines(record, col(column))" :key="i" :class="i ? 'sub' : 'main'">{{ l }}</div></div>
          </template>
          <template v-if="F.expand" #expandedRowRender="{ record }">
            <a-descriptions size="small" :column="1" bordered>
              <a-descriptions-item v-for="it in record.items" :key="it.sku" :label="(zh ? '子订单 ' : (P.expandIdLabel || 'Item') + ' ') + it.subId">
                {{ it.name }} · {{ zh ? '货号' : 'SKU' }} {{ it.sku }} · {{ it.qty }} × {{ it.priceText }}
              </a-descriptions-item>
              <a-descriptions-item v-if="record.tracking" :label="zh ? '物流' : 'Shipment'">{{ record.carrier }} {{ record.tracking }}{{ record.packageId ? ' · ' + (zh ? '包裹号 ' : 'Package ') + record.packageId : '' }}</a-descriptions-item>
            </a-descriptions>
          </template>
          <template v-if="F.summary" #summary>
            <a-table-summary fixed>
              <a-table-summary-row>
                <a-table-summary-cell v-if="F.selection" :index="0" />
                <a-table-summary-cell v-for="(v, i) in sumCells" :key="i" :index="i + (F.selection ? 1 : 0)">{{ v }}</a-table-summary-cell>
              </a-table-summary-row>
            </a-table-summary>
          </template>
        </a-table>
      </a-card>
    </a-layout-content>
  </a-layout>
</a-layout>
</a-config-provider>`;

const byKey = Object.fromEntries(P.columns.map((c) => [c.key, c]));
const app = createApp({
  template,
  setup: () => ({
    P, F, rows, columns, scrollX, rowSelection, menuItems, sumCells, pagination, locale, COLOR, dayjs, zh: P.lang === 'zh-CN',
    col: (column) => byKey[column.key], kind: (column) => byKey[column.key]?.kind, lines: cellLines,
  }),
});
app.use(Antd);
app.mount('#app');
setTimeout(() => { window.__RENDERED__ = true; }, 1200);
