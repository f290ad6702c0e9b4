import React from 'react';
import { createRoot } from 'react-dom/client';
import { DataGrid, GridFooterContainer, GridPagination } from '@mui/x-data-grid';
import {
  CssBaseline, Box, Drawer, List, ListItemButton, ListItemText, ListSubheader, AppBar, Toolbar, Typography, Card, CardContent,
  Grid, TextField, MenuItem, Button, Tabs, Tab, Chip, Stack, Link, Paper,
} from '@mui/material';
import { P, useReady, countStatus, sum, money } from './common.js';

const cfg = P.config;
const orders = P.orders;
const O = P.options;
const CHIP = { warning: 'warning', processing: 'info', info: 'primary', success: 'success', default: 'default', error: 'error' };

const TEXT = {
  virtual: { brand: 'Seller Central', menu: ['Catalog', 'Inventory', 'Pricing', 'Orders', 'Advertising', 'Reports', 'Performance'], title: 'Manage Orders',
    tabs: [['Pending', 'awaiting_payment', 2], ['Unshipped', 'awaiting_shipment', 17], ['Shipped', 'shipped', 96], ['Cancelled', 'cancelled', 4]], cur: 'usd',
    stats: (o) => [['Orders today', String(o.filter((x) => P.now - x.placed < 86400000).length)], ['Sales today', money(sum(o.filter((x) => P.now - x.placed < 86400000)), 'usd')], ['Unshipped', String(countStatus(o, 'awaiting_shipment'))], ['Order defect rate', '0.21%']] },
  spanning: { brand: 'Seller Hub', menu: ['Overview', 'Orders', 'Listings', 'Marketing', 'Performance', 'Payments', 'Research', 'Reports'], title: 'Orders',
    tabs: [['All orders', null, 0], ['Awaiting payment', 'awaiting_payment', 1], ['Awaiting shipment', 'awaiting_shipment', 3], ['Paid and shipped', 'shipped', 40], ['Returns', 'return_requested', 0]], cur: 'gbp',
    stats: (o) => [['Sales (31 days)', money(sum(o) + 2841.35, 'gbp')], ['Orders to ship', String(countStatus(o, 'awaiting_shipment'))], ['Open returns', String(countStatus(o, 'return_requested'))], ['Seller level', 'Top Rated']] },
  relative: { brand: 'Northwind Supply', menu: ['Home', 'Orders', 'Drafts', 'Abandoned checkouts', 'Products', 'Customers', 'Analytics', 'Discounts'], title: 'Orders',
    tabs: [['All', null, 0], ['Unfulfilled', 'awaiting_shipment', 4], ['Unpaid', 'awaiting_payment', 1], ['Open', ['awaiting_shipment', 'awaiting_payment'], 5], ['Closed', ['delivered', 'cancelled', 'refunded'], 80]], cur: 'usd',
    stats: (o) => [['Orders', String(o.length + 31)], ['Ordered items', String(o.reduce((s, x) => s + x.items.reduce((a, i) => a + i.qty, 0), 0))], ['Returns', '$84.00'], ['Fulfilled orders', String(countStatus(o, ['shipped', 'delivered']))]] },
  empty: { brand: 'Northwind Supply', menu: ['Home', 'Orders', 'Drafts', 'Products', 'Customers', 'Analytics'], title: 'Orders',
    tabs: [['All', null, 0], ['Unfulfilled', 'awaiting_shipment', 0], ['Unpaid', 'awaiting_payment', 0], ['Archived', 'x', 12]], cur: 'usd',
    stats: () => [['Orders', '0'], ['Revenue', '$0.00'], ['Returns', '$0.00'], ['Fulfilled orders', '0']] },
}[cfg];

const statusChip = (o) => <Chip size="small" label={o.statusLabel} color={CHIP[o.tone]} variant={o.tone === 'default' ? 'outlined' : 'filled'} />;

function columnsFor() {
  if (cfg === 'virtual') return [
    { field: 'placedText', headerName: 'Order date', width: 180, renderCell: (p) => <span>{p.value}<br /><Typography variant="caption" color="text.secondary">{O.zoneLabel}</Typography></span> },
    { field: 'id', headerName: 'Order ID', width: 190, renderCell: (p) => <Link href={`#/orders/${p.value}`}>{p.value}</Link> },
    { field: 'product', headerName: 'Product name', flex: 1, minWidth: 300, valueGetter: (v, r) => r.items[0].name, renderCell: (p) => <span>{p.value}<br /><Typography variant="caption" color="text.secondary">SKU: {p.row.subOrders[0].sku} · Quantity: {p.row.items[0].qty}</Typography></span> },
    { field: 'buyer', headerName: 'Customer', width: 150 },
    { field: 'status', headerName: 'Order status', width: 150, renderCell: (p) => statusChip(p.row) },
    { field: 'tracking', headerName: 'Tracking ID', width: 200, valueGetter: (v) => v || '' },
    { field: 'totalText', headerName: 'Order total', width: 120, align: 'right', headerAlign: 'right' },
  ];
  if (cfg === 'spanning') {
    const per = (row) => row.order.id;
    const ord = (field, headerName, width, extra = {}) => ({ field, headerName, width, rowSpanValueGetter: (v, row) => `${per(row)}|${v}`, ...extra });
    return [
      ord('salesRecord', 'Sales record number', 110, { valueGetter: (v, r) => r.order.salesRecord }),
      ord('orderNo', 'Order number', 150, { valueGetter: (v, r) => r.order.id }),
      ord('buyer', 'Buyer', 140, { valueGetter: (v, r) => r.order.buyer }),
      { field: 'title', headerName: 'Item title', flex: 1, minWidth: 260, valueGetter: (v, r) => r.item.name, rowSpanValueGetter: (v, r) => r.id },
      { field: 'sku', headerName: 'Custom label (SKU)', width: 150, valueGetter: (v, r) => r.sub.sku, rowSpanValueGetter: (v, r) => r.id },
      { field: 'qty', headerName: 'Qty', width: 60, type: 'number', valueGetter: (v, r) => r.item.qty, rowSpanValueGetter: (v, r) => r.id },
      ord('total', 'Total', 100, { valueGetter: (v, r) => r.order.totalText, align: 'right', headerAlign: 'right' }),
      ord('date', 'Date sold', 150, { valueGetter: (v, r) => r.order.placedText }),
      ord('status', 'Status', 150, { valueGetter: (v, r) => r.order.statusLabel, renderCell: (p) => p.value && statusChip(p.row.order) }),
      ord('tracking', 'Tracking number', 170, { valueGetter: (v, r) => r.order.tracking || '' }),
    ];
  }
  return [
    { field: 'id', headerName: 'Order', width: 110, renderCell: (p) => <Link href="#" underline="hover" fontWeight={600}>{p.value}</Link> },
    { field: 'placedText', headerName: 'Date', width: 210 },
    { field: 'buyer', headerName: 'Customer', width: 160 },
    { field: 'channel', headerName: 'Channel', width: 120, valueGetter: () => 'Online Store' },
    { field: 'totalText', headerName: 'Total', width: 120, align: 'right', headerAlign: 'right' },
    { field: 'payment', headerName: 'Payment status', width: 160, renderCell: (p) => <Chip size="small" label={p.row.statusLabel[0]} color={p.row.statusLabel[0] === 'Paid' ? 'default' : 'warning'} /> },
    { field: 'fulfillment', headerName: 'Fulfillment status', width: 170, renderCell: (p) => <Chip size="small" label={p.row.statusLabel[1]} color={p.row.statusLabel[1] === 'Unfulfilled' ? 'warning' : 'default'} variant="outlined" /> },
    { field: 'items', headerName: 'Items', width: 90, valueGetter: (v) => { const n = v.reduce((s, i) => s + i.qty, 0); return n === 1 ? '1 item' : `${n} items`; } },
    { field: 'delivery', headerName: 'Delivery method', width: 170, valueGetter: (v, r) => (r.tracking ? `UPS ${r.tracking}` : 'Standard Shipping') },
  ];
}

function Footer() {
  return (
    <GridFooterContainer>
      <Typography variant="body2" sx={{ px: 2 }}>{O.footer ? `Total: ${orders.length} orders · ${money(sum(orders), 'usd')}` : ''}</Typography>
      <GridPagination />
    </GridFooterContainer>
  );
}

function OrdersGrid() {
  const rows = cfg === 'spanning'
    ? orders.flatMap((o) => o.items.map((item, i) => ({ id: `${o.id}/${i}`, order: o, item, sub: o.subOrders[i] })))
    : cfg === 'empty' ? [] : orders;
  const grid = (
    <DataGrid rows={rows} columns={columnsFor()} density={cfg === 'spanning' ? 'compact' : 'standard'}
      checkboxSelection={cfg !== 'spanning'} disableRowSelectionOnClick
      rowSpanning={cfg === 'spanning'}
      columnGroupingModel={cfg === 'spanning' ? [
        { groupId: 'Order', children: [{ field: 'salesRecord' }, { field: 'orderNo' }, { field: 'buyer' }] },
        { groupId: 'Item', children: [{ field: 'title' }, { field: 'sku' }, { field: 'qty' }] },
        { groupId: 'Payment & shipping', children: [{ field: 'total' }, { field: 'date' }, { field: 'status' }, { field: 'tracking' }] },
      ] : undefined}
      getRowHeight={cfg === 'virtual' ? () => 64 : undefined}
      initialState={{ pagination: { paginationModel: { pageSize: cfg === 'virtual' ? 100 : 25 } } }}
      pageSizeOptions={[25, 50, 100]}
      slots={{ footer: Footer }}
      localeText={{ noRowsLabel: 'No orders found. Try changing the filters or search term.' }}
    />
  );
  return cfg === 'virtual' ? <Box sx={{ height: 620 }}>{grid}</Box> : <Box sx={{ minHeight: 300, display: 'flex', flexDirection: 'column' }}>{grid}</Box>;
}

function App() {
  useReady(900);
  const o = cfg === 'empty' ? [] : orders;
  const [tab, setTab] = React.useState(0);
  return (
    <Box sx={{ display: 'flex' }}>
      <CssBaseline />
      <AppBar position="fixed" sx={{ zIndex: 1300 }}><Toolbar variant="dense"><Typography variant="h6">{TEXT.brand}</Typography></Toolbar></AppBar>
      <Drawer variant="permanent" sx={{ width: 210, '& .MuiDrawer-paper': { width: 210 } }}>
        <Toolbar variant="dense" />
        <List dense subheader={<ListSubheader>Menu</ListSubheader>}>
          {TEXT.menu.map((m) => <ListItemButton key={m} selected={m.startsWith('Order')}><ListItemText primary={m} /></ListItemButton>)}
        </List>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 2, mt: 6, minWidth: 0 }}>
        <Typography variant="h5" sx={{ mb: 2 }}>{TEXT.title}</Typography>
        <Grid container spacing={2} sx={{ mb: 2 }}>
          {TEXT.stats(o).map(([k, v]) => (
            <Grid key={k} size={3}><Card variant="outlined"><CardContent><Typography variant="body2" color="text.secondary">{k}</Typography><Typography variant="h5">{v}</Typography></CardContent></Card></Grid>
          ))}
        </Grid>
        <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
          <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
            <TextField size="small" label="Search orders" placeholder={cfg === 'virtual' ? 'Order ID, ASIN, SKU, tracking ID' : 'Order number, buyer, item'} sx={{ width: 300 }} />
            <TextField size="small" label="From" type="date" defaultValue={O.from} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField size="small" label="To" type="date" defaultValue={O.to} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField size="small" select label="Sort by" defaultValue="newest" sx={{ width: 180 }}><MenuItem value="newest">Order date (newest)</MenuItem><MenuItem value="ship">Ship-by date</MenuItem></TextField>
            <Button variant="contained">Search</Button>
            <Button>Export</Button>
          </Stack>
        </Paper>
        <Tabs value={tab} onChange={(e, v) => setTab(v)} sx={{ mb: 1 }}>
          {TEXT.tabs.map(([label, st, extra]) => <Tab key={label} label={`${label} (${st === null ? o.length + (cfg === 'empty' ? 0 : 120) : countStatus(o, st, extra)})`} />)}
        </Tabs>
        <OrdersGrid />
      </Box>
    </Box>
  );
}

createRoot(document.getElementById('root')).render(<App />);
