// AG Grid Community in a console whose chrome (menu, filters, tabs, cards) is MUI, as many
// admin apps pair a data grid with a component kit.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { AgGridReact } from 'ag-grid-react';
import { ModuleRegistry, AllCommunityModule, themeQuartz } from 'ag-grid-community';
import {
  CssBaseline, Box, Drawer, List, ListItemButton, ListItemText, AppBar, Toolbar, Typography, Card, CardContent,
  Grid, TextField, MenuItem, Button, Tabs, Tab, Stack, Paper,
} from '@mui/material';
import { P, useReady, countStatus, sum, money } from './common.js';

ModuleRegistry.registerModules([AllCommunityModule]);
const cfg = P.config;
const orders = P.orders;
const O = P.options;

const DE_LOCALE = { page: 'Seite', of: 'von', to: 'bis', more: 'mehr', next: 'Nächste', last: 'Letzte', first: 'Erste', previous: 'Vorherige', pageSizeSelectorLabel: 'Einträge pro Seite:', noRowsToShow: 'Keine Bestellungen gefunden' };

const BADGE = { warning: '#b54708', processing: '#175cd3', info: '#026aa2', success: '#067647', default: '#475467', error: '#b42318' };
const Badge = ({ o, label }) => <span className="order-status" style={{ color: BADGE[o.tone], border: `1px solid ${BADGE[o.tone]}`, borderRadius: 10, padding: '1px 8px', fontSize: 12 }}>{label}</span>;

const TEXT = {
  pinned: {
    brand: 'WooCommerce', menu: ['Dashboard', 'Beiträge', 'Medien', 'Seiten', 'WooCommerce', 'Bestellungen', 'Kunden', 'Berichte', 'Einstellungen', 'Produkte', 'Analytics', 'Marketing'],
    title: 'Bestellungen', search: 'Bestellungen durchsuchen', from: 'Von', to: 'Bis', btn: 'Filtern', status: 'Alle Status',
    tabs: [['Alle', null], ['Zahlung ausstehend', 'awaiting_payment'], ['In Bearbeitung', 'awaiting_shipment'], ['Fertiggestellt', 'completed'], ['Storniert', 'cancelled'], ['Rückerstattet', 'refunded']],
    stats: (o) => [['Nettoumsatz (Monat)', money(sum(o) + 4120.5, 'eur-de')], ['Bestellungen (Monat)', String(o.length + 96)], ['In Bearbeitung', String(countStatus(o, 'awaiting_shipment'))], ['Ø Bestellwert', money(sum(o) / Math.max(o.length, 1), 'eur-de')]],
  },
  virtual: {
    brand: 'Koala & Co.', menu: ['Home', 'Orders', 'Products', 'Customers', 'Content', 'Analytics', 'Marketing', 'Discounts'],
    title: 'Orders', search: 'Filter orders', from: 'From', to: 'To', btn: 'Apply', status: 'Any status',
    tabs: [['All', null], ['Unfulfilled', 'awaiting_shipment'], ['Unpaid', 'awaiting_payment'], ['Open', ['awaiting_shipment', 'awaiting_payment', 'shipped']], ['Archived', ['delivered', 'cancelled', 'refunded']]],
    stats: (o) => [['Orders', String(o.length)], ['Gross sales', money(sum(o), 'aud')], ['Returns', 'A$112.90'], ['Orders fulfilled', String(countStatus(o, ['shipped', 'delivered']))]],
  },
  spanning: {
    brand: 'Seller Hub', menu: ['Overview', 'Orders', 'Listings', 'Marketing', 'Performance', 'Payments', 'Reports'],
    title: 'Manage orders', search: 'Search by buyer, item or order number', from: 'Sold from', to: 'to', btn: 'Search', status: 'All orders',
    tabs: [['All orders', null], ['Awaiting payment', 'awaiting_payment'], ['Awaiting shipment', 'awaiting_shipment'], ['Paid and shipped', ['shipped', 'delivered']], ['Returns & cancellations', ['return_requested', 'cancelled', 'disputed']]],
    stats: (o) => [['Sales (31 days)', `US $${money(sum(o) + 1930.2, 'plain')}`], ['Awaiting shipment', String(countStatus(o, 'awaiting_shipment'))], ['Returns', String(countStatus(o, 'return_requested'))], ['Open cases', String(countStatus(o, 'disputed'))]],
  },
}[cfg];

function gridProps() {
  if (cfg === 'pinned') {
    const cols = [
      { headerName: 'Bestellung', field: 'id', pinned: 'left', width: 190, cellRenderer: (p) => (p.node.rowPinned ? <b>{p.value}</b> : <a href={`#/post.php?post=${p.value.slice(1)}&action=edit`}>{p.value} {p.data.buyer}</a>) },
      { headerName: 'Datum', field: 'placedText', width: 150 },
      { headerName: 'Status', field: 'statusLabel', width: 170, cellRenderer: (p) => (p.node.rowPinned ? '' : <Badge o={p.data} label={p.value} />) },
      { headerName: 'Artikel', field: 'goods', width: 330, valueGetter: (p) => (p.node.rowPinned ? p.data.goods : p.data.items.map((i) => `${i.qty}× ${i.name}`).join(', ')) },
      { headerName: 'Artikelnummer', field: 'sku', width: 150, valueGetter: (p) => (p.node.rowPinned ? '' : p.data.subOrders.map((s) => s.sku).join(', ')) },
      { headerName: 'Versand an', field: 'ship', width: 180, valueGetter: (p) => (p.node.rowPinned ? '' : `${p.data.buyer}, via DHL Paket`) },
      { headerName: 'Sendungsnummer', field: 'tracking', width: 200, valueGetter: (p) => p.data.tracking || '' },
      { headerName: 'Gesamtsumme', field: 'totalText', pinned: 'right', width: 140, type: 'rightAligned' },
      { headerName: 'Aktionen', field: 'actions', pinned: 'right', width: 120, cellRenderer: (p) => (p.node.rowPinned ? '' : <a href="#">Ansehen</a>) },
    ];
    return {
      columnDefs: cols, rowData: orders, getRowId: (p) => p.data.id, rowHeight: 44, domLayout: 'autoHeight',
      rowSelection: { mode: 'multiRow', checkboxes: true, headerCheckbox: true }, selectionColumnDef: { pinned: 'left' },
      pinnedBottomRowData: [{ id: 'Summe', placedText: '', goods: `${orders.length} Bestellungen`, totalText: money(sum(orders), 'eur-de'), tracking: '' }],
      pagination: true, paginationPageSize: 20, paginationPageSizeSelector: [20, 50, 100], localeText: DE_LOCALE,
    };
  }
  if (cfg === 'virtual') {
    const cols = [
      { headerName: 'Order', field: 'id', width: 100, cellRenderer: (p) => <b>{p.value}</b> },
      { headerName: 'Date', field: 'placedText', width: 200 },
      { headerName: 'Customer', field: 'buyer', width: 170 },
      { headerName: 'Total', field: 'totalText', width: 120, type: 'rightAligned' },
      { headerName: 'Payment status', field: 'pay', width: 160, valueGetter: (p) => p.data.statusLabel[0], cellRenderer: (p) => <Badge o={p.data} label={p.value} /> },
      { headerName: 'Fulfillment status', field: 'ful', width: 170, valueGetter: (p) => p.data.statusLabel[1] },
      { headerName: 'Items', field: 'items', width: 90, valueGetter: (p) => p.data.items.reduce((s, i) => s + i.qty, 0) + (p.data.items.reduce((s, i) => s + i.qty, 0) === 1 ? ' item' : ' items') },
      { headerName: 'Delivery status', field: 'tracking', width: 250, valueGetter: (p) => (p.data.tracking ? `Australia Post ${p.data.tracking}` : '') },
      { headerName: 'Tags', field: 'tags', width: 140, valueGetter: (p) => (p.data.items.length > 1 ? 'bundle' : '') },
    ];
    return {
      columnDefs: cols, rowData: orders, getRowId: (p) => p.data.id, rowHeight: 42, rowSelection: { mode: 'multiRow', checkboxes: true, headerCheckbox: true },
      pagination: true, paginationPageSize: 250, paginationPageSizeSelector: [50, 100, 250],
    };
  }
  // spanning: one row per item, the order's cells span its rows
  const rows = orders.flatMap((o) => o.items.map((it, i) => ({ key: `${o.id}/${i}`, o, it, sub: o.subOrders[i] })));
  const same = ({ nodeA, nodeB }) => nodeA.data.o.id === nodeB.data.o.id;
  const ord = (headerName, get, extra = {}) => ({ headerName, valueGetter: (p) => get(p.data.o), spanRows: same, ...extra });
  const cols = [
    ord('Order number', (o) => o.id, { width: 150, pinned: 'left' }),
    ord('Sales record no.', (o) => o.salesRecord, { width: 120 }),
    ord('Buyer', (o) => o.buyer, { width: 150 }),
    { headerName: 'Item', valueGetter: (p) => p.data.it.name, width: 330 },
    { headerName: 'Custom label', valueGetter: (p) => p.data.sub.sku, width: 140 },
    { headerName: 'Qty', valueGetter: (p) => p.data.it.qty, width: 70 },
    { headerName: 'Item price', valueGetter: (p) => p.data.it.priceText, width: 120, type: 'rightAligned' },
    ord('Total', (o) => o.totalText, { width: 120, type: 'rightAligned' }),
    ord('Date sold', (o) => o.placedText, { width: 170 }),
    ord('Status', (o) => o.statusLabel, { width: 160, cellRenderer: (p) => <Badge o={p.data.o} label={p.value} /> }),
    ord('Tracking', (o) => o.tracking || '', { width: 230 }),
  ];
  return {
    columnDefs: cols, rowData: rows, getRowId: (p) => p.data.key, rowHeight: 40, enableCellSpan: true, domLayout: 'autoHeight',
    pinnedBottomRowData: undefined, pagination: true, paginationPageSize: 50, paginationPageSizeSelector: [50, 100],
  };
}

function App() {
  useReady(1200);
  const [tab, setTab] = React.useState(0);
  const props = gridProps();
  return (
    <Box sx={{ display: 'flex' }} lang={P.language}>
      <CssBaseline />
      <AppBar position="fixed" color="default" sx={{ zIndex: 1300 }}><Toolbar variant="dense"><Typography variant="h6">{TEXT.brand}</Typography></Toolbar></AppBar>
      <Drawer variant="permanent" sx={{ width: 200, '& .MuiDrawer-paper': { width: 200, bgcolor: '#1d2327', color: '#f0f0f1' } }}>
        <Toolbar variant="dense" />
        <List dense>{TEXT.menu.map((m) => <ListItemButton key={m} selected={m === 'Bestellungen' || m.startsWith('Order')}><ListItemText primary={m} /></ListItemButton>)}</List>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 2, mt: 6, minWidth: 0 }}>
        <Typography variant="h5" sx={{ mb: 2 }}>{TEXT.title}</Typography>
        <Grid container spacing={2} sx={{ mb: 2 }}>
          {TEXT.stats(orders).map(([k, v]) => <Grid key={k} size={3}><Card variant="outlined"><CardContent><Typography variant="body2" color="text.secondary">{k}</Typography><Typography variant="h6">{v}</Typography></CardContent></Card></Grid>)}
        </Grid>
        <Tabs value={tab} onChange={(e, v) => setTab(v)}>
          {TEXT.tabs.map(([label, st]) => <Tab key={label} label={`${label} (${st === null ? orders.length : countStatus(orders, st)})`} />)}
        </Tabs>
        <Paper variant="outlined" sx={{ p: 1.5, my: 1.5 }}>
          <Stack direction="row" spacing={1.5}>
            <TextField size="small" placeholder={TEXT.search} sx={{ width: 320 }} />
            <TextField size="small" label={TEXT.from} type="date" defaultValue={O.from} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField size="small" label={TEXT.to} type="date" defaultValue={O.to} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField size="small" select defaultValue="all" sx={{ width: 180 }}><MenuItem value="all">{TEXT.status}</MenuItem></TextField>
            <Button variant="outlined">{TEXT.btn}</Button>
          </Stack>
        </Paper>
        <div style={cfg === 'virtual' ? { height: 560 } : {}}>
          <AgGridReact theme={themeQuartz} suppressColumnVirtualisation {...props} />
        </div>
      </Box>
    </Box>
  );
}

createRoot(document.getElementById('root')).render(<App />);
