// Fourth held-out set on Handsontable: a read-only spreadsheet grid with row and column headers and
// a frozen first column, which Handsontable draws as overlay clones of the master table; or one row per
// item line with the order's cells merged over them.
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
// 'merged': one row per item line, the order's own cells merged over its lines (mergeCells), as an
// export preview lays out a multi-item order; the merged-away cells hold nothing.
const merged = P.config === 'merged';
const data = [];
const mergeCells = [];
for (const o of P.orders) {
  const rows = merged ? o.items : [null];
  rows.forEach((it, k) => data.push(COLUMNS.map((c) => (it && c.kind === 'item' ? `${it.name} ×${it.qty}` : it && c.kind === 'sku' ? it.sku : k > 0 ? '' : lines4(o, c.kind).join(' / ')))));
  if (merged && rows.length > 1) COLUMNS.forEach((c, col) => { if (c.perOrder) mergeCells.push({ row: data.length - rows.length, col, rowspan: rows.length, colspan: 1 }); });
}
new Handsontable(box, {
  data, mergeCells: merged ? mergeCells : false,
  colHeaders: COLUMNS.map((c) => c.title), rowHeaders: true, readOnly: true, fixedColumnsStart: 1,
  colWidths: COLUMNS.map((c) => c.width || 150), width: 1200, height: P.options.height || 'auto', viewportRowRenderingOffset: P.options.height ? 'auto' : 200, viewportColumnRenderingOffset: 30,
  licenseKey: 'non-commercial-and-evaluation',
});
setTimeout(() => { window.__READY__ = true; }, 1000);
