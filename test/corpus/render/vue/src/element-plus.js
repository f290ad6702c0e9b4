// Element Plus (Vue 3) order console page.
import { createApp, h, cloneVNode } from 'vue';
import ElementPlus, { ElTableV2, ElTag, ElButton, ElTable, ElTableColumn, ElCheckbox } from 'element-plus';
import zhCn from 'element-plus/es/locale/lang/zh-cn.mjs';
import de from 'element-plus/es/locale/lang/de.mjs';
import en from 'element-plus/es/locale/lang/en.mjs';
import { P, cellLines, tableRows, spanFor, summaryValues } from './common.js';

const locale = P.lang === 'zh-CN' ? zhCn : P.lang === 'de' ? de : en;
const F = P.flags;

function cellVNode(row, col) {
  const lines = cellLines(row, col);
  if (col.kind === 'status') return h(ElTag, { type: row.statusType, size: 'small', effect: 'light' }, () => lines[0]);
  if (col.kind === 'actions') return h('div', lines.map((a) => h(ElButton, { link: true, type: 'primary', size: 'small' }, () => a)));
  return h('div', { class: 'cell-lines' }, lines.map((l, i) => h('div', { class: i ? 'sub' : 'main' }, l)));
}

const Table = {
  setup() {
    const rows = tableRows();
    const cols = P.columns;
    if (F.v2) return () => tableV2(cols);
    const tableProps = {
      data: rows, border: F.border !== false, stripe: !!F.stripe, rowKey: 'key', style: 'width: 100%',
      height: F.height, emptyText: P.emptyText,
      defaultExpandAll: !!F.tree && F.expandAll,
      expandRowKeys: F.expandKeys, treeProps: F.tree ? { children: 'children' } : undefined,
      spanMethod: F.span ? ({ row, columnIndex }) => spanFor(row, allCols[columnIndex]) || { rowspan: 1, colspan: 1 } : undefined,
      showSummary: !!F.summary, summaryMethod: F.summary ? ({ columns }) => summaryValues(columns.map((c) => allCols[c.no] || {})) : undefined,
    };
    const allCols = [];
    const children = [];
    if (F.selection) { allCols.push({ key: '_sel' }); children.push(h(ElTableColumn, { type: 'selection', width: 48, fixed: cols[0].fixed ? 'left' : undefined })); }
    if (F.expand) {
      allCols.push({ key: '_exp' });
      children.push(h(ElTableColumn, { type: 'expand', width: 48 }, { default: ({ row }) => expandContent(row) }));
    }
    for (const c of cols) {
      allCols.push(c);
      children.push(h(ElTableColumn, { label: c.title, prop: c.key, width: c.width, minWidth: c.minWidth, fixed: c.fixed, align: c.align, showOverflowTooltip: c.ellipsis }, { default: ({ row }) => cellVNode(row, c) }));
    }
    return () => h(ElTable, tableProps, () => children);
  },
};

// el-table-v2, the virtualised div table. Configurations from Element Plus's own examples
// (element-plus/element-plus docs/examples/table-v2/, seen 2026-12-07 with the search tool's `code` corpus):
// fixed-columns.vue (`fixed: 'left' | 'right'` per column), selection.vue (an ElCheckbox per row by
// cellRenderer and headerCellRenderer), detailed-view.vue (`expand-column-key`, `estimated-row-height`
// and a `#row` slot that draws a child row as one detail block), tree-data.vue (rows with `children`
// under `expand-column-key`, `default-expanded-row-keys`), rowspan.vue (the `#row` slot clones the
// first row's cell taller over the rows below), footer.vue (`#footer` slot with `footer-height`).
function tableV2(cols) {
  const rowHeight = F.rowHeight || 56;
  let rows = tableRows();
  // detailed view: an expanded order's child is one row drawn as a block of its line items
  if (F.v2Detail) rows = rows.map((o) => (F.expandKeys.includes(o.key) ? { ...o, children: [{ key: o.key + '-detail', detail: true, parent: o }] } : o));
  const selected = new Set(F.selectedKeys || []);
  const columns = [];
  if (F.selection) {
    columns.push({
      key: 'sel', width: 50, fixed: cols[0].fixed ? 'left' : undefined,
      cellRenderer: ({ rowData }) => (rowData.detail || rowData.isChild || rowData.isSummary || (F.span && rowData.itemIndex > 0) ? null : h(ElCheckbox, { modelValue: selected.has(rowData.key) })),
      headerCellRenderer: () => h(ElCheckbox, { modelValue: false, indeterminate: selected.size > 0 }),
    });
  }
  for (const c of cols) {
    columns.push({
      key: c.key, dataKey: c.key, title: c.title, width: c.width || 160, fixed: c.fixed, align: c.align, perOrder: !!c.perOrder,
      // merged cells: the rows under an order's first item draw nothing in its cells (the first row's cell covers them)
      cellRenderer: ({ rowData }) => (rowData.isSummary ? h('b', summaryText(c)) : F.span && c.perOrder && rowData.itemIndex > 0 ? h('div') : cellVNode(rowData, c)),
    });
  }
  const slots = {};
  if (F.v2Detail) slots.row = ({ cells, rowData }) => (rowData.detail ? detailBlock(rowData.parent) : cells);
  if (F.span) {
    slots.row = ({ cells, rowData, columns: shown }) => {
      if (rowData.itemIndex !== 0 || rowData.itemCount < 2) return cells;
      return cells.map((cell, i) => (shown[i] && shown[i].perOrder && cell
        ? cloneVNode(cell, { style: { ...cell.props.style, height: `${rowData.itemCount * rowHeight - 1}px`, alignSelf: 'flex-start', zIndex: 1, background: '#fff' } })
        : cell));
    };
  }
  if (F.summary && !F.pinnedSummary) slots.footer = () => h('div', { class: 'orders-footer', style: 'display:flex;gap:24px;align-items:center;height:100%;padding:0 16px;background:#f5f7fa' },
    [h('b', P.summaryLabel), h('span', `${P.lang === 'zh-CN' ? '共' : ''}${rows.length}${P.lang === 'zh-CN' ? '单' : ' orders'}`), h('span', P.summary.total)]);
  const props = {
    columns, data: rows, width: 1180, height: F.height || 560, fixed: true, rowKey: 'key',
    expandColumnKey: F.v2Detail || F.tree ? cols[0].key : undefined,
    defaultExpandedRowKeys: F.v2Detail ? F.expandKeys : F.tree ? F.expandKeys || rows.filter((r) => r.children).map((r) => r.key) : undefined,
    footerHeight: F.summary && !F.pinnedSummary ? 44 : 0,
  };
  // sticky-rows.vue: rows given as fixed-data stay on top of the scrolled body (here the 合计 line)
  if (F.pinnedSummary) props.fixedData = [{ key: 'summary', isSummary: true }];
  if (F.v2Detail) props.estimatedRowHeight = rowHeight; else props.rowHeight = rowHeight;
  return h(ElTableV2, props, slots);
}

/** A summary line's text in a column: its label first, then the totals the page shows. */
function summaryText(c) {
  if (c === P.columns[0]) return P.summaryLabel;
  return c.kind === 'total' ? P.summary.total : c.kind === 'qty' ? P.summary.qty : '';
}

/** The detail block of an expanded order (detailed-view): its line items with sub-order numbers, SKUs, package and tracking. */
function detailBlock(o) {
  const zh = P.lang === 'zh-CN';
  return h('div', { class: 'order-detail', style: 'padding:12px 48px;line-height:1.8;font-size:13px;background:#fafafa;width:100%' }, [
    ...o.items.map((it) => h('div', { class: 'detail-line' }, [
      h('span', `${zh ? '子订单号' : P.expandIdLabel || 'Line item ID'}：${it.subId ?? '—'}`), h('span', ' · '),
      h('span', it.name), h('span', ' · '), h('span', `${zh ? '货号' : 'SKU'} ${it.sku}`), h('span', ' · '),
      h('span', `${it.priceText} ×${it.qty}`),
    ])),
    o.tracking ? h('div', { class: 'detail-line' }, `${zh ? '物流' : 'Carrier'}：${o.carrier} ${o.tracking}${o.packageId ? ` (${zh ? '包裹' : 'package'} ${o.packageId})` : ''}`) : null,
  ]);
}

function expandContent(row) {
  const zh = P.lang === 'zh-CN';
  const sub = row.items.map((it) => ({ ...it, tracking: row.tracking, packageId: row.packageId }));
  return h('div', { class: 'expand-wrap', style: 'padding: 8px 48px' }, [
    h(ElTable, { data: sub, size: 'small', border: true }, () => [
      h(ElTableColumn, { label: zh ? '子订单号' : P.expandIdLabel || 'Line item ID', width: 200 }, { default: ({ row: r }) => r.subId }),
      h(ElTableColumn, { label: zh ? '商品' : 'Product', minWidth: 260 }, { default: ({ row: r }) => r.name }),
      h(ElTableColumn, { label: zh ? '货号' : 'SKU', width: 140 }, { default: ({ row: r }) => r.sku }),
      h(ElTableColumn, { label: zh ? '单价' : 'Price', width: 110 }, { default: ({ row: r }) => r.priceText }),
      h(ElTableColumn, { label: zh ? '数量' : 'Qty', width: 70 }, { default: ({ row: r }) => String(r.qty) }),
      h(ElTableColumn, { label: zh ? '包裹号 / 运单号' : 'Package / Tracking', width: 260 }, { default: ({ row: r }) => [r.packageId, r.tracking].filter(Boolean).join(' / ') || '—' }),
    ]),
  ]);
}

const template = `
<el-config-provider :locale="locale">
<el-container class="layout" style="min-height: 100vh">
  <el-aside width="208px" class="aside">
    <div class="logo" style="padding:16px;font-weight:600">{{ P.shopName }}</div>
    <el-menu :default-active="P.activeMenu" :default-openeds="['orders']">
      <template v-for="m in P.menu" :key="m.index">
        <el-sub-menu v-if="m.children" :index="m.index">
          <template #title>{{ m.label }}</template>
          <el-menu-item v-for="c in m.children" :key="c.index" :index="c.index">{{ c.label }}</el-menu-item>
        </el-sub-menu>
        <el-menu-item v-else :index="m.index">{{ m.label }}</el-menu-item>
      </template>
    </el-menu>
  </el-aside>
  <el-container>
    <el-header style="display:flex;align-items:center;justify-content:space-between;border-bottom:1px solid #eee">
      <el-breadcrumb separator="/"><el-breadcrumb-item v-for="c in P.crumbs" :key="c">{{ c }}</el-breadcrumb-item></el-breadcrumb>
      <el-dropdown><span>{{ P.user }}</span></el-dropdown>
    </el-header>
    <el-main>
      <el-row :gutter="16" style="margin-bottom:16px">
        <el-col :span="6" v-for="s in P.stats" :key="s.title">
          <el-card shadow="never"><div class="stat-title">{{ s.title }}</div><div class="stat-value" style="font-size:24px">{{ s.value }}</div></el-card>
        </el-col>
      </el-row>
      <el-card shadow="never">
        <el-form :inline="true" label-width="auto">
          <el-form-item v-for="f in P.filters" :key="f.label" :label="f.label">
            <el-input v-if="f.type==='input'" :placeholder="f.placeholder" clearable style="width:200px" />
            <el-select v-else-if="f.type==='select'" :placeholder="f.placeholder" style="width:140px"><el-option v-for="o in f.options" :key="o" :label="o" :value="o" /></el-select>
            <el-date-picker v-else type="daterange" :model-value="[f.start, f.end]" value-format="YYYY-MM-DD" :start-placeholder="f.startPlaceholder" :end-placeholder="f.endPlaceholder" />
          </el-form-item>
          <el-form-item>
            <el-button type="primary">{{ P.buttons[0] }}</el-button><el-button>{{ P.buttons[1] }}</el-button><el-button>{{ P.buttons[2] }}</el-button>
          </el-form-item>
        </el-form>
        <el-tabs :model-value="P.activeTab">
          <el-tab-pane v-for="t in P.tabs" :key="t.name" :label="t.label" :name="t.name" />
        </el-tabs>
        <orders-table />
        <div style="display:flex;justify-content:flex-end;margin-top:16px">
          <el-pagination background layout="total, sizes, prev, pager, next, jumper" :total="P.pagination.total" :page-size="P.pagination.pageSize" :page-sizes="[10,20,50,100]" />
        </div>
      </el-card>
    </el-main>
  </el-container>
</el-container>
</el-config-provider>`;

const app = createApp({ template, setup: () => ({ P, locale }) });
app.use(ElementPlus, { locale });
app.component('orders-table', Table);
app.mount('#app');
setTimeout(() => { window.__RENDERED__ = true; }, 800);
