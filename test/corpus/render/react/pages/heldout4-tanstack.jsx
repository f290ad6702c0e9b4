// Fourth held-out set on TanStack Table (headless): plain <table> markup a console writes itself,
// a two-row grouped header, and each order's items as expanded sub-rows with their own ids.
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useReactTable, getCoreRowModel, getExpandedRowModel, flexRender } from '@tanstack/react-table';
import { P, useReady } from './common.js';
import { COLUMNS, lines4, label } from './heldout4-common.js';

const css = `table.orders{border-collapse:collapse;font:14px system-ui;width:100%}table.orders th,table.orders td{border-bottom:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}
tr.sub td{background:#f7f7f9;font-size:12px;color:#555}.pill{border-radius:10px;padding:1px 8px;background:#eef}`;

function App() {
  useReady(500);
  const [expanded, setExpanded] = useState(() => Object.fromEntries(P.orders.map((o, i) => [String(i), i % 2 === 0])));
  const groups = P.options.groups; // [{ header, keys: [...] }]
  const leaf = (c) => ({
    id: c.key, header: c.title,
    cell: ({ row }) => {
      const o = row.original;
      if (o.__item) {
        const it = o.__item;
        if (c.kind === 'id') return <span style={{ paddingLeft: 24 }}>{label('itemId')}: {it.subId}</span>;
        if (c.kind === 'items') return <span>{it.name} ×{it.qty} · {label('asin')} {it.asin} · {label('sku')} {it.sku}</span>;
        if (c.kind === 'total') return <span>{it.lineText}</span>;
        return null;
      }
      if (c.kind === 'id') return <span>{row.getCanExpand() ? <button onClick={row.getToggleExpandedHandler()} aria-label="toggle">{row.getIsExpanded() ? '▾' : '▸'}</button> : null} <a href="#">{o.orderId}</a></span>;
      if (c.kind === 'status') return <span className="pill">{o.statusText}</span>;
      return lines4(o, c.kind).map((l, i) => <div key={i}>{l}</div>);
    },
  });
  const columns = groups.map((g) => ({ id: g.header, header: g.header, columns: COLUMNS.filter((c) => g.keys.includes(c.key)).map(leaf) }));
  const table = useReactTable({
    data: P.orders, columns, state: { expanded }, onExpandedChange: setExpanded,
    getSubRows: (o) => (o.__item ? undefined : o.items.map((it) => ({ __item: it }))),
    getCoreRowModel: getCoreRowModel(), getExpandedRowModel: getExpandedRowModel(),
  });
  return (
    <main style={{ padding: 16 }}>
      <style>{css}</style>
      <h1>{P.options.heading}</h1>
      <table className="orders">
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>{hg.headers.map((h) => <th key={h.id} colSpan={h.colSpan}>{h.isPlaceholder ? null : flexRender(h.column.columnDef.header, h.getContext())}</th>)}</tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={row.depth ? 'sub' : undefined}>{row.getVisibleCells().map((c) => <td key={c.id}>{flexRender(c.column.columnDef.cell, c.getContext())}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
