// Quasar QTable order console page: virtual scroll with row selection, a body slot with expandable rows,
// or grid mode with a QCard per order (more-libs-pages.mjs says which and where the props come from).
import { createApp, h, ref } from 'vue';
import { Quasar, QTable, QTr, QTd, QTh, QBtn, QBadge, QCheckbox, QCard, QCardSection, QSeparator, QList, QItem, QItemSection, QItemLabel, QTabs, QTab, QInput, QSelect, QToolbar, QToolbarTitle } from 'quasar';
import langZh from 'quasar/lang/zh-CN.js';
import langGb from 'quasar/lang/en-GB.js';
import langUs from 'quasar/lang/en-US.js';
import { P, cellLines, tableRows } from './common.js';

const F = P.flags;
// Quasar names its fields (the table's rows-per-page select among them) by crypto.randomUUID; drawn from the
// render's seeded Math.random instead, a page renders the same at every run.
crypto.randomUUID = () => 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => ((c === 'x' ? 0 : 8) + Math.floor(Math.random() * (c === 'x' ? 16 : 4))).toString(16));
const zh = P.lang === 'zh-CN';
const COLOR = { primary: 'primary', success: 'positive', warning: 'warning', danger: 'negative', info: 'grey-7' };

function lines(row, col) {
  const ls = cellLines(row, col);
  if (col.kind === 'status') return h(QBadge, { color: COLOR[row.statusType], label: ls[0] });
  return h('div', { class: 'cell-lines' }, ls.map((l, i) => h('div', { class: i ? 'sub' : 'main' }, l)));
}

const columns = P.columns.map((c) => ({ name: c.key, label: c.title, field: c.key, align: c.align || 'left', style: `min-width:${c.width || 120}px` }));

function expandedRow(o) {
  return h('div', { class: 'q-pa-sm', style: 'background:#fafafa' }, [
    ...o.items.map((it) => h('div', { class: 'row q-gutter-md' }, [
      h('span', `${zh ? '子订单号' : 'Line item'}：${it.subId}`), h('span', it.name), h('span', `${zh ? '货号' : 'SKU'} ${it.sku}`), h('span', `${it.priceText} ×${it.qty}`),
    ])),
    o.tracking ? h('div', `${zh ? '物流' : 'Carrier'}：${o.carrier} ${o.tracking}${o.packageId ? ` · ${zh ? '包裹' : 'package'} ${o.packageId}` : ''}`) : null,
  ]);
}

const Orders = {
  setup() {
    const rows = tableRows();
    const selected = ref(rows.filter((r) => (F.selectedKeys || []).includes(r.key)));
    const expanded = ref(F.expandKeys || []);
    const pagination = ref({ page: 1, rowsPerPage: F.virtual ? 0 : F.grid ? 12 : 15 });
    const slots = {};
    // every body cell through the column's own lines (the status as a QBadge)
    if (!F.expand) P.columns.forEach((c) => { slots[`body-cell-${c.key}`] = (props) => h(QTd, { props }, () => lines(props.row, c)); });
    if (F.expand) {
      slots.header = (props) => h(QTr, { props }, () => [
        h(QTh, { autoWidth: true }, () => h(QCheckbox, { modelValue: props.selected, 'onUpdate:modelValue': (v) => { props.selected = v; }, dense: true })),
        h(QTh, { autoWidth: true }),
        ...props.cols.map((col) => h(QTh, { key: col.name, props }, () => col.label)),
      ]);
      slots.body = (props) => [
        h(QTr, { props, key: props.key }, () => [
          h(QTd, { autoWidth: true }, () => h(QCheckbox, { modelValue: props.selected, 'onUpdate:modelValue': (v) => { props.selected = v; }, dense: true })),
          h(QTd, { autoWidth: true }, () => h(QBtn, { size: 'sm', round: true, dense: true, flat: true, icon: props.expand ? 'remove' : 'add', onClick: () => { props.expand = !props.expand; } })),
          ...props.cols.map((col) => h(QTd, { key: col.name, props }, () => lines(props.row, P.columns.find((c) => c.key === col.name)))),
        ]),
        props.expand ? h(QTr, { props, key: props.key + '-x' }, () => h(QTd, { colspan: '100%' }, () => expandedRow(props.row))) : null,
      ];
    }
    if (F.grid) {
      slots.item = (props) => h('div', { class: 'q-pa-xs col-xs-12 col-sm-6 col-md-4' }, h(QCard, { flat: true, bordered: true }, () => [
        h(QCardSection, { class: 'text-subtitle2' }, () => `${P.columns[0].title} ${props.row.idText}`),
        h(QSeparator),
        h(QList, { dense: true }, () => props.cols.filter((col) => col.name !== P.columns[0].key).map((col) => h(QItem, { key: col.name }, () => [
          h(QItemSection, () => h(QItemLabel, () => col.label)),
          h(QItemSection, { side: true }, () => lines(props.row, P.columns.find((c) => c.key === col.name))),
        ]))),
      ]));
    }
    // a totals line after the rows (the docs' bottom-row slot), its texts in the columns they sum
    if (F.summary) {
      slots['bottom-row'] = () => h(QTr, { class: 'summary-row' }, () => [
        ...(F.selection ? [h(QTd)] : []),
        ...P.columns.map((c, i) => h(QTd, { key: c.key, class: `text-${c.align || 'left'}` }, () => (i === 0 ? P.summaryLabel : c.kind === 'total' ? P.summary.total : c.kind === 'qty' ? P.summary.qty : ''))),
      ]);
    }
    return () => h(QTable, {
      title: zh ? '订单列表' : 'Orders', rows, columns, rowKey: 'key', flat: true, bordered: true,
      selection: F.selection ? 'multiple' : 'none', selected: selected.value, 'onUpdate:selected': (v) => { selected.value = v; },
      expanded: expanded.value, 'onUpdate:expanded': (v) => { expanded.value = v; },
      pagination: pagination.value, 'onUpdate:pagination': (v) => { pagination.value = v; },
      rowsPerPageOptions: F.virtual ? [0] : [12, 15, 30, 50],
      virtualScroll: !!F.virtual, style: F.virtual ? `height:${F.height || 620}px` : undefined,
      grid: !!F.grid, gridHeader: !!F.grid,
      tableClass: F.sticky ? 'sticky-cols' : undefined, separator: F.separator, dense: !!F.dense, wrapCells: !!F.wrapCells,
      noDataLabel: P.emptyText,
    }, slots);
  },
};

const App = {
  render() {
    return h('div', { class: 'q-pa-md' }, [
      h(QToolbar, { class: 'bg-primary text-white' }, () => [h(QToolbarTitle, () => P.shopName), h('span', P.user)]),
      h('div', { class: 'row q-col-gutter-md q-my-md' }, P.stats.map((s) => h('div', { class: 'col-3' }, h(QCard, { flat: true, bordered: true }, () => h(QCardSection, () => [h('div', { class: 'text-caption' }, s.title), h('div', { class: 'text-h6' }, s.value)]))))),
      // fields get their own ids (`for`): Quasar's default ones come from crypto.randomUUID, different at every render
      h('div', { class: 'row q-gutter-sm q-mb-md' }, P.filters.filter((f) => f.type !== 'daterange').map((f, i) => (f.type === 'select'
        ? h(QSelect, { for: `filter-${i}`, label: f.label, options: f.options, modelValue: null, outlined: true, dense: true, style: 'width:160px' })
        : h(QInput, { for: `filter-${i}`, label: f.label, placeholder: f.placeholder, modelValue: '', outlined: true, dense: true, style: 'width:220px' })))),
      h(QTabs, { modelValue: P.activeTab, align: 'left', dense: true, class: 'text-grey-8' }, () => P.tabs.map((t) => h(QTab, { name: t.name, label: t.label, noCaps: true }))),
      h(Orders),
    ]);
  },
};

// Sticky first and last columns as Quasar's docs draw them: position sticky set by the page's own CSS on the
// table's class (table-class), the table itself unchanged.
if (F.sticky) {
  const css = document.createElement('style');
  css.textContent = '.sticky-cols{max-width:1100px}.sticky-cols thead tr th:first-child,.sticky-cols tbody tr td:first-child{position:sticky;left:0;z-index:1;background:#fff}'
    + '.sticky-cols thead tr th:last-child,.sticky-cols tbody tr td:last-child{position:sticky;right:0;z-index:1;background:#fff}';
  document.head.appendChild(css);
}

const app = createApp(App);
app.use(Quasar, { lang: zh ? langZh : P.lang === 'en-GB' ? langGb : langUs });
app.mount('#app');
setTimeout(() => { window.__RENDERED__ = true; }, 900);
