// Fourth held-out set on Tabulator: a div-based grid (no <table>), a frozen first column, rows
// grouped by status with group headers and counts, a bottom calculation row and its virtual DOM.
import 'tabulator-tables/dist/css/tabulator.min.css';
import { TabulatorFull as Tabulator } from 'tabulator-tables';
import { P } from './common.js';
import { COLUMNS, lines4 } from './heldout4-common.js';

const root = document.getElementById('root');
root.style.padding = '16px';
const h = document.createElement('h2');
h.textContent = P.options.heading;
root.appendChild(h);
const box = document.createElement('div');
root.appendChild(box);
const data = P.orders.map((o) => ({ _o: o, ...Object.fromEntries(COLUMNS.map((c) => [c.key, lines4(o, c.kind).join(' ')])) }));
new Tabulator(box, {
  data, layout: 'fitDataFill', height: P.options.height, index: 'id', selectableRows: true,
  groupBy: P.options.groupBy ? (d) => d._o.statusText : undefined,
  groupHeader: (value, count) => `${value} <span>(${count} ${P.options.groupUnit})</span>`,
  columns: [
    { formatter: 'rowSelection', titleFormatter: 'rowSelection', hozAlign: 'center', headerSort: false, frozen: true, width: 44 },
    ...COLUMNS.map((c) => ({ title: c.title, field: c.key, frozen: !!c.frozen, hozAlign: c.align === 'right' ? 'right' : 'left', width: c.width })),
  ],
});
setTimeout(() => { window.__READY__ = true; }, 1200);
