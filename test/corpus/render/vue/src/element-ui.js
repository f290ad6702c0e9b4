// Element UI (Vue 2.7 UMD build + element-ui/lib/index.js UMD) order console page.
import { P, cellLines, tableRows, spanFor, summaryValues } from './common.js';

const Vue = window.Vue;
const ELEMENT = window.ELEMENT;
const lang = P.lang === 'zh-CN' ? ELEMENT.lang.zhCN : P.lang === 'de' ? ELEMENT.lang.de : ELEMENT.lang.en;
Vue.use(ELEMENT, { locale: lang });
const F = P.flags;
const cols = P.columns;
const rows = tableRows();

const template = `
<el-container class="layout" style="min-height:100vh">
  <el-aside width="210px" style="background:#304156">
    <div class="logo" style="color:#fff;padding:18px 16px;font-weight:600">{{ P.shopName }}</div>
    <el-menu :default-active="P.activeMenu" :default-openeds="['orders']" background-color="#304156" text-color="#bfcbd9" active-text-color="#409EFF">
      <template v-for="m in P.menu">
        <el-submenu v-if="m.children" :index="m.index" :key="m.index">
          <template slot="title">{{ m.label }}</template>
          <el-menu-item v-for="c in m.children" :key="c.index" :index="c.index">{{ c.label }}</el-menu-item>
        </el-submenu>
        <el-menu-item v-else :index="m.index" :key="m.index">{{ m.label }}</el-menu-item>
      </template>
    </el-menu>
  </el-aside>
  <el-container>
    <el-header style="display:flex;align-items:center;justify-content:space-between;border-bottom:1px solid #e6e6e6">
      <el-breadcrumb separator-class="el-icon-arrow-right"><el-breadcrumb-item v-for="c in P.crumbs" :key="c">{{ c }}</el-breadcrumb-item></el-breadcrumb>
      <span>{{ P.user }}</span>
    </el-header>
    <el-main>
      <el-row :gutter="20" style="margin-bottom:20px">
        <el-col :span="6" v-for="s in P.stats" :key="s.title">
          <el-card shadow="hover"><div class="card-panel-text">{{ s.title }}</div><div class="card-panel-num" style="font-size:22px;font-weight:bold">{{ s.value }}</div></el-card>
        </el-col>
      </el-row>
      <el-form :inline="true" size="small" class="filter-container">
        <el-form-item v-for="f in P.filters" :key="f.label" :label="f.label">
          <el-input v-if="f.type==='input'" :placeholder="f.placeholder" clearable style="width:200px" />
          <el-select v-else-if="f.type==='select'" value="" :placeholder="f.placeholder" style="width:130px"><el-option v-for="o in f.options" :key="o" :label="o" :value="o" /></el-select>
          <el-date-picker v-else type="daterange" :value="[f.start, f.end]" value-format="yyyy-MM-dd" :start-placeholder="f.startPlaceholder" :end-placeholder="f.endPlaceholder" />
        </el-form-item>
        <el-form-item>
          <el-button type="primary" icon="el-icon-search">{{ P.buttons[0] }}</el-button>
          <el-button>{{ P.buttons[1] }}</el-button>
          <el-button type="success" icon="el-icon-download">{{ P.buttons[2] }}</el-button>
        </el-form-item>
      </el-form>
      <el-tabs value="all" type="card">
        <el-tab-pane v-for="t in P.tabs" :key="t.name" :label="t.label" :name="t.name" />
      </el-tabs>
      <el-table :data="rows" border :stripe="!!F.stripe" row-key="key" style="width:100%" :height="F.height"
        :empty-text="P.emptyText" :default-expand-all="!!F.expandAll" :expand-row-keys="F.expandKeys"
        :tree-props="{ children: 'children' }" :span-method="spanMethod"
        :show-summary="!!F.summary" :summary-method="summaryMethod" highlight-current-row>
        <el-table-column v-if="F.selection" type="selection" width="45" :fixed="cols[0].fixed ? 'left' : false" />
        <el-table-column v-if="F.expand" type="expand">
          <template slot-scope="scope">
            <el-table :data="sub(scope.row)" size="mini" border style="width:90%;margin-left:40px">
              <el-table-column :label="zh ? '子订单号' : (P.expandIdLabel || 'Line item')" width="210"><template slot-scope="s">{{ s.row.subId }}</template></el-table-column>
              <el-table-column :label="zh ? '商品名称' : 'Item'" min-width="260"><template slot-scope="s">{{ s.row.name }}</template></el-table-column>
              <el-table-column :label="zh ? '商家编码' : 'Custom label (SKU)'" width="150"><template slot-scope="s">{{ s.row.sku }}</template></el-table-column>
              <el-table-column :label="zh ? '数量' : 'Qty'" width="70"><template slot-scope="s">{{ s.row.qty }}</template></el-table-column>
              <el-table-column :label="zh ? '单价' : 'Price'" width="110"><template slot-scope="s">{{ s.row.priceText }}</template></el-table-column>
              <el-table-column :label="zh ? '包裹号 / 快递单号' : 'Tracking number'" width="280"><template slot-scope="s">{{ [s.row.packageId, s.row.tracking].filter(Boolean).join(' / ') || '—' }}</template></el-table-column>
            </el-table>
          </template>
        </el-table-column>
        <el-table-column v-for="c in cols" :key="c.key" :label="c.title" :width="c.width" :min-width="c.minWidth" :fixed="c.fixed || false" :align="c.align || 'left'" :show-overflow-tooltip="!!c.ellipsis">
          <template slot-scope="scope">
            <el-tag v-if="c.kind==='status'" :type="tagType(scope.row.statusType)" size="small">{{ scope.row.statusText }}</el-tag>
            <span v-else-if="c.kind==='actions'"><el-button v-for="a in c.actions" :key="a" type="text" size="small">{{ a }}</el-button></span>
            <div v-else class="cell-lines"><div v-for="(l, i) in lines(scope.row, c)" :key="i" :class="i ? 'sub' : 'main'">{{ l }}</div></div>
          </template>
        </el-table-column>
      </el-table>
      <div class="pagination-container" style="margin-top:20px;text-align:right">
        <el-pagination background layout="total, sizes, prev, pager, next, jumper" :total="P.pagination.total" :page-size="P.pagination.pageSize" :page-sizes="[10, 20, 30, 50]" />
      </div>
    </el-main>
  </el-container>
</el-container>`;

new Vue({
  el: '#app',
  template,
  data: () => ({ P, F, cols, rows, zh: P.lang === 'zh-CN' }),
  methods: {
    lines: cellLines,
    tagType: (t) => (t === 'primary' ? '' : t),
    sub: (row) => row.items.map((it) => ({ ...it, tracking: row.tracking, packageId: row.packageId })),
    spanMethod({ row, columnIndex }) {
      if (!F.span) return undefined;
      const offset = (F.selection ? 1 : 0) + (F.expand ? 1 : 0);
      const c = cols[columnIndex - offset];
      return (c && spanFor(row, c)) || { rowspan: 1, colspan: 1 };
    },
    summaryMethod({ columns }) {
      const offset = (F.selection ? 1 : 0) + (F.expand ? 1 : 0);
      const all = columns.map((_, i) => cols[i - offset] || { key: '_' });
      return summaryValues(all);
    },
  },
  mounted() { setTimeout(() => { window.__RENDERED__ = true; }, 800); },
});
