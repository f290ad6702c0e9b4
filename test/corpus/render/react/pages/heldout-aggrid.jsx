// Held-out pages on AG Grid Community: pinned left/right columns (separate pinned containers) or
// row virtualization, with checkbox selection.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { AgGridReact } from 'ag-grid-react';
import { ModuleRegistry, AllCommunityModule, themeQuartz } from 'ag-grid-community';
import { CssBaseline, Box, Typography } from '@mui/material';
import { P, useReady } from './common.js';
import { COLUMNS, lines } from './heldout-common.js';

ModuleRegistry.registerModules([AllCommunityModule]);

function App() {
  useReady(1200);
  const virtual = P.config === 'virtual';
  const columnDefs = COLUMNS.map((c) => ({
    headerName: c.title, colId: c.key, width: c.width || 160, pinned: c.pinned, type: c.align === 'right' ? 'rightAligned' : undefined,
    valueGetter: (p) => lines(p.data, c.kind).join(' '), sortable: false,
  }));
  return (
    <Box sx={{ p: 2 }}>
      <CssBaseline />
      <Typography variant="h5" sx={{ mb: 2 }}>{P.options.heading}</Typography>
      <Box sx={{ height: virtual ? 560 : undefined, width: 1200 }}>
        <AgGridReact theme={themeQuartz} columnDefs={columnDefs} rowData={P.orders} getRowId={(p) => p.data.orderId} rowHeight={42}
          domLayout={virtual ? 'normal' : 'autoHeight'} rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: true }}
          selectionColumnDef={{ pinned: virtual ? undefined : 'left' }} rowBuffer={virtual ? 4 : 10} suppressColumnVirtualisation={!virtual} />
      </Box>
    </Box>
  );
}

createRoot(document.getElementById('root')).render(<App />);
