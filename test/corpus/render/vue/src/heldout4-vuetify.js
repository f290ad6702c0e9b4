// Fourth held-out set on Vuetify's v-data-table: rows grouped by status under group header rows (with
// their toggles and counts), expandable rows opened under some orders with their child orders, and the
// footer's items-per-page bar.
import { createApp, h } from 'vue';
import { createVuetify } from 'vuetify';
import { VDataTable } from 'vuetify/components/VDataTable';
import { VChip } from 'vuetify/components/VChip';
import { VApp } from 'vuetify/components/VApp';
import { VMain } from 'vuetify/components/VMain';
import { P, cellLines } from './common.js';

const COLOR = { primary: 'primary', success: 'success', warning: 'warning', danger: 'error', info: 'grey' };
const headers = [...P.columns.map((c) => ({ title: c.title, key: c.key, align: c.align === 'right' ? 'end' : 'start', sortable: false })), { title: '', key: 'data-table-expand' }];

const App = {
  render() {
    const slots = {
      'expanded-row': ({ columns, item }) => h('tr', { class: 'child' }, [h('td', { colspan: columns.length }, item.items.map((it) => h('div', `${P.expandIdLabel}: ${it.subId} · ${it.name} ×${it.qty} · ${it.sku} · ${it.lineText}`)))]),
    };
    for (const c of P.columns) {
      slots[`item.${c.key}`] = ({ item }) => (c.kind === 'status' ? h(VChip, { color: COLOR[item.statusType], size: 'small' }, () => item.statusText)
        : h('div', cellLines(item, c).map((l) => h('div', l))));
    }
    return h(VApp, () => h(VMain, () => h('div', { style: 'padding:16px' }, [
      h('h2', P.heading),
      h(VDataTable, {
        headers, items: P.rows, itemValue: 'orderId', groupBy: [{ key: 'statusText', order: 'asc' }], showExpand: true, showSelect: true,
        expanded: P.rows.filter((_, i) => i % 3 === 0).map((o) => o.orderId), itemsPerPage: -1, density: 'compact',
        'onUpdate:expanded': () => {},
      }, slots),
    ])));
  },
};
createApp(App).use(createVuetify()).mount('#app');
setTimeout(() => { window.__RENDERED__ = true; }, 800);
