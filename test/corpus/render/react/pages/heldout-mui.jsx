// Held-out page on MUI X Data Grid: row virtualization (only rendered rows in the DOM) with checkbox selection.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { DataGrid } from '@mui/x-data-grid';
import { CssBaseline, Box, Typography, Chip, Paper, Stack, Divider, Checkbox, Link } from '@mui/material';
import { P, useReady } from './common.js';
import { COLUMNS, TONE, lines } from './heldout-common.js';

const CHIP = { warning: 'warning', processing: 'info', info: 'primary', success: 'success', default: 'default', error: 'error' };

// One Paper per order (no grid): "Order #1042" and the time placed in its header, then the items,
// the total and the status, with the label and the value in one line of text as order cards print them.
const L = P.options.labels || {};
function OrderCard({ o }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 1.5 }}>
      <Stack direction="row" spacing={2} alignItems="center">
        <Checkbox size="small" />
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{L.id}{o.orderId}</Typography>
        <Typography variant="body2" color="text.secondary">{L.placed}{o.dateText}</Typography>
        <Box sx={{ flexGrow: 1 }} />
        <Chip size="small" label={o.statusText} color={CHIP[TONE[o.status]]} />
      </Stack>
      <Divider sx={{ my: 1 }} />
      {o.items.map((it, i) => (
        <Stack key={i} direction="row" spacing={2}>
          <Typography variant="body2" sx={{ width: 320 }}>{it.name}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ width: 160 }}>{L.sku}{it.sku}</Typography>
          <Typography variant="body2" sx={{ width: 60 }}>×{it.qty}</Typography>
          <Typography variant="body2">{it.lineText}</Typography>
        </Stack>
      ))}
      <Divider sx={{ my: 1 }} />
      <Stack direction="row" spacing={3}>
        <Typography variant="body2">{o.buyer}</Typography>
        {o.tracking ? <Typography variant="body2">{L.tracking}<Link>{o.tracking}</Link></Typography> : null}
        <Box sx={{ flexGrow: 1 }} />
        <Typography variant="body1" sx={{ fontWeight: 600 }}>{L.total}{o.totalText}</Typography>
      </Stack>
    </Paper>
  );
}

function App() {
  useReady(900);
  if (P.config === 'cards') {
    return (
      <Box sx={{ p: 2, maxWidth: 1100 }}>
        <CssBaseline />
        <Typography variant="h5" sx={{ mb: 2 }}>{P.options.heading}</Typography>
        {P.orders.map((o) => <OrderCard key={o.orderId} o={o} />)}
      </Box>
    );
  }
  const columns = COLUMNS.map((c) => ({
    field: c.key, headerName: c.title, width: c.width || 160, sortable: false, align: c.align, headerAlign: c.align,
    valueGetter: (_, o) => lines(o, c.kind).join(' '),
    renderCell: c.kind === 'status' ? ({ row }) => <Chip size="small" label={row.statusText} color={CHIP[TONE[row.status]]} /> : undefined,
  }));
  return (
    <Box sx={{ p: 2 }}>
      <CssBaseline />
      <Typography variant="h5" sx={{ mb: 2 }}>{P.options.heading}</Typography>
      <Paper variant="outlined" sx={{ height: 640 }}>
        <DataGrid rows={P.orders} getRowId={(o) => o.orderId} columns={columns} checkboxSelection disableRowSelectionOnClick
          initialState={{ pagination: { paginationModel: { pageSize: 100 } } }} pageSizeOptions={[25, 100]} />
      </Paper>
    </Box>
  );
}

createRoot(document.getElementById('root')).render(<App />);
