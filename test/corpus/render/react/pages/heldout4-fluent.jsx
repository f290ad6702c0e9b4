// Fourth held-out set on Fluent UI web components' data grid (FAST): custom elements with ARIA roles
// (<fluent-data-grid role="grid">, -row role="row", -cell role="gridcell" / "columnheader") and their
// own shadow roots for styling, no <table> anywhere; rows generated from rowsData.
import { provideFluentDesignSystem, fluentDataGrid, fluentDataGridRow, fluentDataGridCell } from '@fluentui/web-components';
import { P } from './common.js';
import { COLUMNS, lines4 } from './heldout4-common.js';

provideFluentDesignSystem().register(fluentDataGrid(), fluentDataGridRow(), fluentDataGridCell());
const root = document.getElementById('root');
root.style.padding = '16px';
const h = document.createElement('h2');
h.textContent = P.options.heading;
root.appendChild(h);
const grid = document.createElement('fluent-data-grid');
grid.setAttribute('generate-header', 'sticky');
grid.gridTemplateColumns = COLUMNS.map((c) => `${c.width || 160}px`).join(' ');
grid.columnDefinitions = COLUMNS.map((c) => ({ columnDataKey: c.key, title: c.title }));
grid.rowsData = P.orders.map((o) => Object.fromEntries(COLUMNS.map((c) => [c.key, lines4(o, c.kind).join(' / ')])));
root.appendChild(grid);
setTimeout(() => { window.__READY__ = true; }, 1200);
