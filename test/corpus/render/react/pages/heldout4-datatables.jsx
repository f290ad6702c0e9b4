// Fourth held-out set on DataTables (jQuery): a server-style <table> enhanced in place, with its
// length menu, search, info line and paging, child rows opened under some orders (their postings),
// and a <tfoot> summary row.
import 'datatables.net-dt/css/dataTables.dataTables.min.css';
import $ from 'jquery';
import DataTable from 'datatables.net-dt';
import { P } from './common.js';
import { COLUMNS, lines4, label } from './heldout4-common.js';
import { formatMoney4 } from '../../heldout4.mjs';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sum = Math.round(P.orders.reduce((s, o) => s + o.total, 0) * 100) / 100;
const root = document.getElementById('root');
root.style.padding = '16px';
root.innerHTML = `<h2>${esc(P.options.heading)}</h2><table id="orders" class="display" style="width:100%"><thead><tr>${COLUMNS.map((c) => `<th>${esc(c.title)}</th>`).join('')}</tr></thead>` +
  `<tbody>${P.orders.map((o) => `<tr data-id="${esc(o.orderId)}">${COLUMNS.map((c) => `<td>${lines4(o, c.kind).map(esc).join('<br>')}</td>`).join('')}</tr>`).join('')}</tbody>` +
  `<tfoot><tr>${COLUMNS.map((c, i) => `<th>${i === 0 ? esc(P.options.totalLabel) : c.kind === 'total' ? esc(formatMoney4(sum, P.options.money)) : ''}</th>`).join('')}</tr></tfoot></table>`;
const dt = new DataTable('#orders', { pageLength: 25, order: [], language: P.options.dtLanguage });
dt.rows().every(function (i) {
  const o = P.orders.find((x) => x.orderId === this.node().dataset.id);
  if (i % 3 !== 0) return;
  this.child($(`<div class="child">${o.items.map((it) => `<div>${esc(label('posting'))}: ${esc(it.subId)} · ${esc(it.name)} ×${it.qty} · ${esc(label('sku'))} ${esc(it.sku)} · ${esc(it.lineText)}</div>`).join('')}</div>`)).show();
});
setTimeout(() => { window.__READY__ = true; }, 700);
