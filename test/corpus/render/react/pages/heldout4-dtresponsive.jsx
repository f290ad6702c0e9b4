// Fourth held-out set on DataTables with its Responsive extension on a narrow screen: the columns that
// do not fit are hidden in the row and shown instead in a child row under every order, as a list of
// title/value pairs (childRowImmediate), the way admin themes built on DataTables show an order list on
// a laptop or tablet.
import 'datatables.net-dt/css/dataTables.dataTables.min.css';
import 'datatables.net-responsive-dt/css/responsive.dataTables.min.css';
import DataTable from 'datatables.net-dt';
import 'datatables.net-responsive-dt';
import { P } from './common.js';
import { COLUMNS, lines4 } from './heldout4-common.js';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const root = document.getElementById('root');
root.style.padding = '12px';
root.innerHTML = `<h2>${esc(P.options.heading)}</h2><table id="orders" class="display nowrap" style="width:100%"><thead><tr>${COLUMNS.map((c) => `<th>${esc(c.title)}</th>`).join('')}</tr></thead>` +
  `<tbody>${P.orders.map((o) => `<tr>${COLUMNS.map((c) => `<td>${lines4(o, c.kind).map(esc).join('<br>')}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
new DataTable('#orders', {
  pageLength: 25, order: [], responsive: { details: { display: DataTable.Responsive.display.childRowImmediate, type: 'none', target: '' } },
  columnDefs: COLUMNS.map((c, i) => ({ targets: i, responsivePriority: c.priority || 100 + i })),
});
setTimeout(() => { window.__READY__ = true; }, 800);
