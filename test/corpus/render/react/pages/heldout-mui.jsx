// Held-out page on MUI X Data Grid: row virtualization (only rendered rows in the DOM) with checkbox selection.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { DataGrid } from '@mui/x-data-grid';
import { CssBaseline, Box, Typography, Chip, Paper } from '@mui/material';
import { P, useReady } from './common.js';
import { COLUMNS, TONE, lines } from './heldout-common.js';

const CHIP = { warning: 'warning', processing: 'info', info: 'primary', success: 'success', default: 'default', error: 'error' };

function App() {
  useReady(900);
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
