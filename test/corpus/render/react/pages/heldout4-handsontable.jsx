// Fourth held-out set on Handsontable: a read-only spreadsheet grid with row and column headers and
// a frozen first column, which Handsontable draws as overlay clones of the master table.
import 'handsontable/styles/handsontable.min.css';
import 'handsontable/styles/ht-theme-main.min.css';
import Handsontable from 'handsontable';
import { P } from './common.js';
import { COLUMNS, lines4 } from './heldout4-common.js';

const root = document.getElementById('root');
root.style.padding = '16px';
const h = document.createElement('h2');
h.textContent = P.options.heading;
root.appendChild(h);
const box = document.createElement('div');
box.className = 'ht-theme-main';
root.appendChild(box);
new Handsontable(box, {
  data: P.orders.map((o) => COLUMNS.map((c) => lines4(o, c.kind).join(' / '))),
  colHeaders: COLUMNS.map((c) => c.title), rowHeaders: true, readOnly: true, fixedColumnsStart: 1,
  colWidths: COLUMNS.map((c) => c.width || 150), width: 1200, height: 'auto', viewportRowRenderingOffset: 200, viewportColumnRenderingOffset: 30,
  licenseKey: 'non-commercial-and-evaluation',
});
setTimeout(() => { window.__READY__ = true; }, 1000);
