// Fourth held-out set on Chakra UI v3: Table.Root with a striped body and status badges, or its
// empty state (the headers with no rows and the console's "no orders" message).
import React from 'react';
import { createRoot } from 'react-dom/client';
import { ChakraProvider, defaultSystem, Table, Badge, Box, Heading, EmptyState, VStack } from '@chakra-ui/react';
import { P, useReady } from './common.js';
import { COLUMNS, lines4 } from './heldout4-common.js';

const PALETTE = { awaiting_payment: 'yellow', awaiting_shipment: 'blue', shipped: 'purple', delivered: 'green', completed: 'green', cancelled: 'gray', return_requested: 'red', returned: 'gray' };

function App() {
  useReady(600);
  return (
    <ChakraProvider value={defaultSystem}>
      <Box p="4">
        <Heading size="lg" mb="4">{P.options.heading}</Heading>
        <Table.Root size="sm" striped interactive>
          <Table.Header>
            <Table.Row>{COLUMNS.map((c) => <Table.ColumnHeader key={c.key} textAlign={c.align === 'right' ? 'end' : undefined}>{c.title}</Table.ColumnHeader>)}</Table.Row>
          </Table.Header>
          <Table.Body>
            {P.orders.map((o) => (
              <Table.Row key={o.orderId}>
                {COLUMNS.map((c) => <Table.Cell key={c.key} textAlign={c.align === 'right' ? 'end' : undefined}>{c.kind === 'status' ? <Badge colorPalette={PALETTE[o.status]}>{o.statusText}</Badge> : lines4(o, c.kind).map((l, i) => <div key={i}>{l}</div>)}</Table.Cell>)}
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
        {P.orders.length === 0 ? (
          <EmptyState.Root>
            <EmptyState.Content><VStack textAlign="center"><EmptyState.Title>{P.options.emptyTitle}</EmptyState.Title><EmptyState.Description>{P.options.emptyHint}</EmptyState.Description></VStack></EmptyState.Content>
          </EmptyState.Root>
        ) : null}
      </Box>
    </ChakraProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
