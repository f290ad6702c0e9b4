// Fourth held-out set on Grid.js (vanilla, no framework components): its own table markup with a
// search box, sortable headers and client-side pagination (only the first page is in the DOM).
import 'gridjs/dist/theme/mermaid.css';
import { Grid, html } from 'gridjs';
import { P } from './common.js';
import { COLUMNS, lines4 } from './heldout4-common.js';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const root = document.getElementById('root');
root.style.padding = '16px';
const h = document.createElement('h2');
h.textContent = P.options.heading;
root.appendChild(h);
const box = document.createElement('div');
root.appendChild(box);
new Grid({
  columns: COLUMNS.map((c) => ({ name: c.title, id: c.key, sort: c.kind === 'placed' || c.kind === 'total', formatter: (cell) => html(cell) })),
  data: P.orders.map((o) => Object.fromEntries(COLUMNS.map((c) => [c.key, lines4(o, c.kind).map((l) => `<div>${esc(l)}</div>`).join('')]))),
  search: true, sort: true, pagination: { limit: P.options.pageSize || 10 },
  language: P.options.gridLanguage,
}).render(box);
setTimeout(() => { window.__READY__ = true; }, 900);
