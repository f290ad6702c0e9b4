// @mui/material's own Table (as admin templates use it): collapsible order rows whose
// detail rows list line items, SKUs and tracking; collapsed rows keep their detail in the DOM.
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  CssBaseline, Box, Drawer, List, ListItemButton, ListItemText, AppBar, Toolbar, Typography, Card, CardContent, Grid, TextField, MenuItem, Button,
  Tabs, Tab, Stack, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TablePagination, Collapse, IconButton, Chip, Checkbox,
} from '@mui/material';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import { P, useReady, countStatus, sum, money } from './common.js';

const orders = P.orders;
const O = P.options;
const CHIP = { warning: 'warning', processing: 'info', info: 'primary', success: 'success', default: 'default', error: 'error' };

function OrderRow({ o, index }) {
  const [open, setOpen] = useState(index % 3 === 0);
  return (
    <>
      <TableRow hover sx={{ '& > *': { borderBottom: 'unset' } }}>
        <TableCell padding="checkbox"><Checkbox size="small" /></TableCell>
        <TableCell padding="checkbox"><IconButton size="small" aria-label="expand row" onClick={() => setOpen(!open)}>{open ? <KeyboardArrowUpIcon /> : <KeyboardArrowDownIcon />}</IconButton></TableCell>
        <TableCell component="th" scope="row"><Typography variant="body2" fontWeight={600}>{o.id}</Typography></TableCell>
        <TableCell>{o.placedText}</TableCell>
        <TableCell>{o.buyer}<Typography variant="caption" display="block" color="text.secondary">{o.phone}</Typography></TableCell>
        <TableCell align="right">{o.totalText}</TableCell>
        <TableCell><Chip size="small" label={o.statusLabel} color={CHIP[o.tone]} /></TableCell>
      </TableRow>
      <TableRow>
        <TableCell style={{ paddingBottom: 0, paddingTop: 0 }} colSpan={7}>
          <Collapse in={open} timeout={0}>
            <Box sx={{ m: 1 }}>
              <Typography variant="subtitle2" gutterBottom>Items{o.tracking ? ` · Royal Mail Tracked 48: ${o.tracking}` : ' · Not yet dispatched'}</Typography>
              <Table size="small" aria-label="items">
                <TableHead><TableRow><TableCell>SKU</TableCell><TableCell>Product</TableCell><TableCell align="right">Qty</TableCell><TableCell align="right">Unit price</TableCell></TableRow></TableHead>
                <TableBody>
                  {o.subOrders.map((s) => (
                    <TableRow key={s.sku}><TableCell>{s.sku}</TableCell><TableCell>{s.name}</TableCell><TableCell align="right">{s.qty}</TableCell><TableCell align="right">{s.priceText}</TableCell></TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          </Collapse>
        </TableCell>
      </TableRow>
    </>
  );
}

function App() {
  useReady(700);
  const [tab, setTab] = useState(0);
  const tabs = [['All', orders.length + 57], ['Processing', countStatus(orders, 'awaiting_shipment')], ['Dispatched', countStatus(orders, ['shipped', 'delivered'])], ['Refunds', countStatus(orders, ['refunded', 'return_requested'])], ['Cancelled', countStatus(orders, 'cancelled')]];
  return (
    <Box sx={{ display: 'flex' }}>
      <CssBaseline />
      <AppBar position="fixed" sx={{ zIndex: 1300 }} color="secondary"><Toolbar variant="dense"><Typography variant="h6">{O.brand}</Typography></Toolbar></AppBar>
      <Drawer variant="permanent" sx={{ width: 200, '& .MuiDrawer-paper': { width: 200 } }}>
        <Toolbar variant="dense" />
        <List dense>{['Dashboard', 'Orders', 'Products', 'Stock', 'Customers', 'Marketing', 'Reports', 'Settings'].map((m) => <ListItemButton key={m} selected={m === 'Orders'}><ListItemText primary={m} /></ListItemButton>)}</List>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 2, mt: 6, minWidth: 0 }}>
        <Typography variant="h5" sx={{ mb: 2 }}>Orders</Typography>
        <Grid container spacing={2} sx={{ mb: 2 }}>
          {[['Orders this week', String(orders.length)], ['Revenue this week', money(sum(orders), 'gbp')], ['Awaiting dispatch', String(countStatus(orders, 'awaiting_shipment'))], ['Refund requests', String(countStatus(orders, ['return_requested']))]].map(([k, v]) => (
            <Grid key={k} size={3}><Card variant="outlined"><CardContent><Typography variant="body2" color="text.secondary">{k}</Typography><Typography variant="h5">{v}</Typography></CardContent></Card></Grid>
          ))}
        </Grid>
        <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
          <Stack direction="row" spacing={2}>
            <TextField size="small" label="Order ref or customer" sx={{ width: 260 }} />
            <TextField size="small" label="Placed from" type="date" defaultValue={O.from} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField size="small" label="to" type="date" defaultValue={O.to} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField size="small" select label="Channel" defaultValue="all" sx={{ width: 160 }}><MenuItem value="all">All channels</MenuItem><MenuItem value="web">Web shop</MenuItem></TextField>
            <Button variant="contained" color="secondary">Filter</Button>
          </Stack>
        </Paper>
        <Tabs value={tab} onChange={(e, v) => setTab(v)}>{tabs.map(([l, n]) => <Tab key={l} label={`${l} (${n})`} />)}</Tabs>
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label="orders">
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox"><Checkbox size="small" /></TableCell><TableCell />
                <TableCell>Order ref</TableCell><TableCell>Created</TableCell><TableCell>Customer</TableCell><TableCell align="right">Amount</TableCell><TableCell>Status</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>{orders.map((o, i) => <OrderRow key={o.id} o={o} index={i} />)}</TableBody>
          </Table>
          <TablePagination component="div" count={orders.length + 57} page={0} rowsPerPage={25} onPageChange={() => {}} rowsPerPageOptions={[25, 50]} />
        </TableContainer>
      </Box>
    </Box>
  );
}

createRoot(document.getElementById('root')).render(<App />);
