// Held-out page on Shopify Polaris: an IndexTable with row selection, payment and fulfillment badges.
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@shopify/polaris/build/esm/styles.css';
import en from '@shopify/polaris/locales/en.json';
import { AppProvider, Page, Card, IndexTable, Badge, Text, useIndexResourceState } from '@shopify/polaris';
import { P, useReady } from './common.js';
import { COLUMNS, lines } from './heldout-common.js';

const TONE = { awaiting_payment: 'attention', awaiting_shipment: 'warning', shipped: 'info', delivered: 'success', completed: 'success', cancelled: undefined, refunded: undefined, refund_requested: 'critical', return_requested: 'critical', returned: undefined, disputed: 'critical' };

function Orders() {
  const rows = P.orders.map((o) => ({ ...o, id: o.orderId }));
  const { selectedResources, allResourcesSelected, handleSelectionChange } = useIndexResourceState(rows, { selectedResources: [rows[1].id] });
  return (
    <IndexTable resourceName={{ singular: 'order', plural: 'orders' }} itemCount={rows.length} headings={COLUMNS.map((c) => ({ title: c.title, alignment: c.align === 'right' ? 'end' : undefined }))}
      selectedItemsCount={allResourcesSelected ? 'All' : selectedResources.length} onSelectionChange={handleSelectionChange}>
      {rows.map((o, i) => (
        <IndexTable.Row id={o.id} key={o.id} position={i} selected={selectedResources.includes(o.id)}>
          {COLUMNS.map((c) => (
            <IndexTable.Cell key={c.key}>
              {c.kind === 'status' ? <Badge tone={TONE[o.status]} progress={['shipped', 'delivered', 'completed'].includes(o.status) ? 'complete' : 'incomplete'}>{o.statusText}</Badge>
                : c.kind === 'id' ? <Text as="span" fontWeight="semibold">{o.orderId}</Text>
                : <Text as="span" alignment={c.align === 'right' ? 'end' : undefined} numeric={c.align === 'right'}>{lines(o, c.kind).join(' ')}</Text>}
            </IndexTable.Cell>
          ))}
        </IndexTable.Row>
      ))}
    </IndexTable>
  );
}

function App() {
  useReady(900);
  return (
    <AppProvider i18n={en}>
      <Page title={P.options.heading} fullWidth>
        <Card padding="0"><Orders /></Card>
      </Page>
    </AppProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
