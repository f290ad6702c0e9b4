// Fourth held-out set on PrimeReact's DataTable: frozen columns with row expansion (child orders),
// subheader row groups with group footers, or a virtual scroller over a long list.
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'primereact/resources/themes/lara-light-blue/theme.css';
import 'primereact/resources/primereact.min.css';
import { PrimeReactProvider } from 'primereact/api';
import { DataTable } from 'primereact/datatable';
import { Column } from 'primereact/column';
import { Tag } from 'primereact/tag';
import { P, useReady } from './common.js';
import { COLUMNS, TONE, lines4, label } from './heldout4-common.js';

const SEV = { warning: 'warning', info: 'info', primary: null, success: 'success', secondary: 'secondary', danger: 'danger' };

function cell(c) {
  return (o) => c.kind === 'status' ? <Tag severity={SEV[TONE[o.status]]} value={o.statusText} /> : <div>{lines4(o, c.kind).map((l, i) => <div key={i}>{l}</div>)}</div>;
}

function App() {
  useReady(1200);
  const cfg = P.config;
  const [expanded, setExpanded] = useState(() => Object.fromEntries(P.orders.filter((_, i) => i % 3 === 0).map((o) => [o.orderId, true])));
  const [selected, setSelected] = useState([P.orders[1]]);
  const cols = COLUMNS.map((c) => <Column key={c.key} header={c.title} body={cell(c)} frozen={!!c.frozen} alignFrozen={c.frozen === 'right' ? 'right' : 'left'} style={{ minWidth: c.width || 150 }} align={c.align} />);
  const sub = (o) => (
    <div style={{ padding: '0 2rem' }}>
      <DataTable value={o.items} size="small" dataKey="subId">
        <Column header={label('sub')} field="subId" />
        <Column header={label('name')} field="name" />
        <Column header={label('sku')} field="sku" />
        <Column header={label('qty')} field="qty" />
        <Column header={label('price')} field="priceText" />
      </DataTable>
    </div>
  );
  const common = { value: P.orders, dataKey: 'orderId', tableStyle: { minWidth: '70rem' }, emptyMessage: P.options.empty };
  let table;
  if (cfg === 'frozen-expand') {
    table = (
      <DataTable {...common} scrollable expandedRows={expanded} onRowToggle={(e) => setExpanded(e.data)} rowExpansionTemplate={sub}
        selection={selected} onSelectionChange={(e) => setSelected(e.value)} selectionMode="checkbox">
        <Column selectionMode="multiple" frozen style={{ width: '3rem' }} />
        <Column expander frozen style={{ width: '3rem' }} />
        {cols}
      </DataTable>
    );
  } else if (cfg === 'rowgroup') {
    const sorted = [...P.orders].sort((a, b) => (a.statusText < b.statusText ? -1 : a.statusText > b.statusText ? 1 : 0));
    const count = (s) => sorted.filter((o) => o.statusText === s).length;
    table = (
      <DataTable {...common} value={sorted} rowGroupMode="subheader" groupRowsBy="statusText" sortMode="single" sortField="statusText" sortOrder={1}
        rowGroupHeaderTemplate={(o) => <strong>{o.statusText}</strong>} rowGroupFooterTemplate={(o) => <span>{P.options.groupFooter} {count(o.statusText)}</span>}>
        {cols}
      </DataTable>
    );
  } else {
    table = (
      <DataTable {...common} scrollable scrollHeight="520px" virtualScrollerOptions={{ itemSize: 46 }} selection={selected} onSelectionChange={(e) => setSelected(e.value)} selectionMode="checkbox">
        <Column selectionMode="multiple" style={{ width: '3rem' }} />
        {cols}
      </DataTable>
    );
  }
  return (
    <PrimeReactProvider>
      <div style={{ padding: 16 }}>
        <h2>{P.options.heading}</h2>
        {table}
      </div>
    </PrimeReactProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
