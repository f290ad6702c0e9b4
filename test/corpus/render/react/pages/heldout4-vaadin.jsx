// Fourth held-out set on Vaadin Grid, a web component: the grid's table lives in its shadow root and
// each cell's content is slotted from the light DOM (<vaadin-grid-cell-content>), so a saved page or a
// content script that does not enter shadow roots sees the cells' texts without any table around them.
import '@vaadin/grid/all-imports.js';
import { P } from './common.js';
import { COLUMNS, lines4 } from './heldout4-common.js';

const root = document.getElementById('root');
root.style.padding = '16px';
const h = document.createElement('h2');
h.textContent = P.options.heading;
root.appendChild(h);
const grid = document.createElement('vaadin-grid');
grid.allRowsVisible = true;
grid.style.width = '1300px';
const sel = document.createElement('vaadin-grid-selection-column');
grid.appendChild(sel);
for (const c of COLUMNS) {
  const col = document.createElement('vaadin-grid-column');
  col.header = c.title;
  col.width = (c.width || 160) + 'px';
  col.renderer = (cell, _column, model) => { cell.textContent = ''; for (const l of lines4(model.item, c.kind)) { const d = document.createElement('div'); d.textContent = l; cell.appendChild(d); } };
  grid.appendChild(col);
}
grid.items = P.orders;
grid.selectedItems = [P.orders[1]];
root.appendChild(grid);
setTimeout(() => { window.__READY__ = true; }, 1500);
