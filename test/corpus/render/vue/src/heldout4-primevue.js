// Fourth held-out set on PrimeVue's DataTable: rowspan row groups (one row per item line, the order's
// own cells merged over its lines by the library) with a frozen first column and a scrollable body.
import { createApp, h } from 'vue';
import PrimeVue from 'primevue/config';
import Aura from '@primeuix/themes/aura';
import DataTable from 'primevue/datatable';
import Column from 'primevue/column';
import Tag from 'primevue/tag';
import { P, cellLines } from './common.js';

const SEV = { primary: 'info', success: 'success', warning: 'warn', danger: 'danger', info: 'secondary' };
// one row per item line; the order's fields repeat and DataTable merges them by orderId
const rows = P.rows.flatMap((o) => o.items.map((item, i) => ({ ...o, key: `${o.key}-${i}`, item })));

const App = {
  render() {
    const cols = P.columns.map((c) => h(Column, { key: c.key, field: c.perOrder ? 'orderId' : undefined, header: c.title, frozen: !!c.frozen, style: { minWidth: (c.width || 150) + 'px' } }, {
      body: ({ data }) => (c.kind === 'status' ? h(Tag, { severity: SEV[data.statusType], value: data.statusText })
        : h('div', cellLines(data, c).map((l) => h('div', l)))),
    }));
    return h('div', { style: 'padding:16px' }, [
      h('h2', P.heading),
      h(DataTable, { value: rows, dataKey: 'key', rowGroupMode: 'rowspan', groupRowsBy: 'orderId', scrollable: true, scrollHeight: 'flex', showGridlines: true, tableStyle: 'min-width: 80rem' }, () => cols),
    ]);
  },
};
createApp(App).use(PrimeVue, { theme: { preset: Aura } }).mount('#app');
setTimeout(() => { window.__RENDERED__ = true; }, 500);
