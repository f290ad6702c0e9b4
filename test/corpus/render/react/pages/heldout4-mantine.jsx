// Fourth held-out set on Mantine: a Table inside a ScrollArea with a sticky header, row selection
// checkboxes, badges and a pagination control.
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import { MantineProvider, Table, Checkbox, Badge, ScrollArea, Pagination, Title, Text } from '@mantine/core';
import { P, useReady } from './common.js';
import { COLUMNS, lines4 } from './heldout4-common.js';

const COLOR = { warning: 'yellow', info: 'blue', primary: 'indigo', success: 'green', secondary: 'gray', danger: 'red' };
const TONE = { awaiting_payment: 'warning', awaiting_shipment: 'info', shipped: 'primary', delivered: 'success', completed: 'success', cancelled: 'secondary', return_requested: 'danger', returned: 'secondary' };

function App() {
  useReady(600);
  const [sel, setSel] = useState([P.orders[0].orderId]);
  return (
    <MantineProvider>
      <div style={{ padding: 16 }}>
        <Title order={3} mb="md">{P.options.heading}</Title>
        <ScrollArea h={620}>
          <Table stickyHeader striped highlightOnHover withTableBorder miw={1100}>
            <Table.Thead>
              <Table.Tr><Table.Th><Checkbox aria-label="all" /></Table.Th>{COLUMNS.map((c) => <Table.Th key={c.key} ta={c.align}>{c.title}</Table.Th>)}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {P.orders.map((o) => (
                <Table.Tr key={o.orderId} bg={sel.includes(o.orderId) ? 'var(--mantine-color-blue-light)' : undefined}>
                  <Table.Td><Checkbox aria-label="select" checked={sel.includes(o.orderId)} onChange={() => setSel((s) => (s.includes(o.orderId) ? s.filter((x) => x !== o.orderId) : [...s, o.orderId]))} /></Table.Td>
                  {COLUMNS.map((c) => <Table.Td key={c.key} ta={c.align}>{c.kind === 'status' ? <Badge color={COLOR[TONE[o.status]]} variant="light">{o.statusText}</Badge> : lines4(o, c.kind).map((l, i) => <Text key={i} size="sm">{l}</Text>)}</Table.Td>)}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
        <Pagination total={5} value={1} mt="md" />
      </div>
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
