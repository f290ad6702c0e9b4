import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@shopify/polaris/build/esm/styles.css';
import en from '@shopify/polaris/locales/en.json';
import {
  AppProvider, Frame, Navigation, TopBar, Page, Layout, Card, IndexTable, IndexFilters, useSetIndexFiltersMode, IndexFiltersMode,
  useIndexResourceState, Badge, Text, DataTable, EmptySearchResult, InlineGrid, BlockStack, InlineStack, TextField, Select, ChoiceList, Link, Pagination,
} from '@shopify/polaris';
import { P, useReady, countStatus, sum, money } from './common.js';

const cfg = P.config;
const orders = P.orders;
const O = P.options;
const TONE = { warning: 'warning', processing: 'attention', info: 'info', success: 'success', default: undefined, error: 'critical' };
const label = (o, k) => (Array.isArray(o.statusLabel) ? o.statusLabel[k] : o.statusLabel);
const payBadge = (o) => { const l = label(o, 0); return <Badge tone={l === 'Paid' ? undefined : l === 'Refunded' || l === 'Voided' ? undefined : 'warning'} progress={l === 'Paid' ? 'complete' : 'incomplete'}>{l}</Badge>; };
const fulBadge = (o) => { const l = label(o, 1); return <Badge tone={l === 'Unfulfilled' ? 'attention' : l === 'Return requested' ? 'critical' : undefined} progress={l === 'Unfulfilled' ? 'incomplete' : 'complete'}>{l}</Badge>; };
const cur = O.cur || 'usd';

function Metrics() {
  const o = cfg === 'empty' ? [] : orders;
  const items = [['Orders', String(o.length + (O.extra || 0))], ['Items ordered', String(o.reduce((s, x) => s + x.items.reduce((a, i) => a + i.qty, 0), 0))], ['Returns', money(cfg === 'empty' ? 0 : 64.5, cur)], ['Fulfilled orders', String(countStatus(o, ['shipped', 'delivered', 'refunded']))], ['Sales', money(sum(o), cur)]];
  return (
    <Card>
      <InlineGrid columns={5} gap="400">
        {items.map(([k, v]) => <BlockStack key={k} gap="100"><Text as="span" tone="subdued" variant="bodySm">{k}</Text><Text as="span" variant="headingMd">{v}</Text></BlockStack>)}
      </InlineGrid>
    </Card>
  );
}

function DateFilters() {
  return (
    <Card>
      <InlineStack gap="400" blockAlign="end">
        <div style={{ width: 170 }}><TextField label="Start date" type="date" value={O.from} onChange={() => {}} autoComplete="off" /></div>
        <div style={{ width: 170 }}><TextField label="End date" type="date" value={O.to} onChange={() => {}} autoComplete="off" /></div>
        <div style={{ width: 200 }}><Select label="Sales channel" options={['All channels', 'Online Store', 'Point of Sale', 'Shop']} value="All channels" onChange={() => {}} /></div>
      </InlineStack>
    </Card>
  );
}

function Filters({ tabs }) {
  const { mode, setMode } = useSetIndexFiltersMode(cfg === 'subheaders' ? IndexFiltersMode.Filtering : IndexFiltersMode.Default);
  const [selected, setSelected] = useState(0);
  const [q, setQ] = useState('');
  const [status, setStatus] = useState([]);
  return (
    <IndexFilters
      tabs={tabs.map(([content, badge], i) => ({ id: `tab-${i}`, content, badge: String(badge), index: i, isLocked: i === 0 }))}
      selected={selected} onSelect={setSelected} canCreateNewView={false}
      queryValue={q} queryPlaceholder="Searching all orders" onQueryChange={setQ} onQueryClear={() => setQ('')}
      sortOptions={[{ label: 'Order', value: 'order asc', directionLabel: 'Ascending' }, { label: 'Order', value: 'order desc', directionLabel: 'Descending' }, { label: 'Date', value: 'date desc', directionLabel: 'Newest first' }]}
      sortSelected={['order desc']} onSort={() => {}}
      filters={[{ key: 'status', label: 'Payment status', filter: <ChoiceList title="Payment status" titleHidden choices={[{ label: 'Paid', value: 'paid' }, { label: 'Payment pending', value: 'pending' }, { label: 'Refunded', value: 'refunded' }]} selected={status} onChange={setStatus} allowMultiple />, shortcut: true }]}
      appliedFilters={[]} onClearAll={() => {}} mode={mode} setMode={setMode} cancelAction={{ onAction: () => {} }}
    />
  );
}

const tabsFor = (o) => [['All', o.length + (O.extra || 0)], ['Unfulfilled', countStatus(o, ['awaiting_shipment', 'awaiting_payment'])], ['Unpaid', countStatus(o, 'awaiting_payment')], ['Open', countStatus(o, ['awaiting_shipment', 'awaiting_payment', 'shipped'])], ['Archived', countStatus(o, ['delivered', 'cancelled', 'refunded']) + 40]];

function OrdersIndex() {
  const list = cfg === 'empty' ? [] : orders;
  const { selectedResources, allResourcesSelected, handleSelectionChange } = useIndexResourceState(list, { selectedResources: list.length > 2 ? [list[2].id] : [] });
  const headings = [{ title: 'Order' }, { title: 'Date' }, { title: 'Customer' }, { title: 'Channel' }, { title: 'Total', alignment: 'end' }, { title: 'Payment status' }, { title: 'Fulfillment status' }, { title: 'Items' }, { title: 'Delivery status' }, { title: 'Tags' }];
  const rows = [];
  let pos = 0;
  for (const o of list) {
    const qty = o.items.reduce((s, i) => s + i.qty, 0);
    if (cfg === 'subheaders') {
      // the order as a subheader row, its fulfillments/parcels as child rows
      rows.push(
        <IndexTable.Row rowType="subheader" key={o.id} id={o.id} position={pos++} selected={selectedResources.includes(o.id)} selectionRange={[pos - 1, pos - 1 + o.items.length]}>
          <IndexTable.Cell><Text as="span" fontWeight="semibold">{o.id}</Text></IndexTable.Cell>
          <IndexTable.Cell>{o.placedText}</IndexTable.Cell>
          <IndexTable.Cell>{o.buyer}</IndexTable.Cell>
          <IndexTable.Cell>Online Store</IndexTable.Cell>
          <IndexTable.Cell><Text as="span" alignment="end" numeric>{o.totalText}</Text></IndexTable.Cell>
          <IndexTable.Cell>{payBadge(o)}</IndexTable.Cell>
          <IndexTable.Cell>{fulBadge(o)}</IndexTable.Cell>
          <IndexTable.Cell>{qty === 1 ? '1 item' : `${qty} items`}</IndexTable.Cell>
          <IndexTable.Cell />
          <IndexTable.Cell />
        </IndexTable.Row>,
      );
      o.subOrders.forEach((s, i) => {
        rows.push(
          <IndexTable.Row rowType="child" key={`${o.id}-${i}`} id={`${o.id}-${i}`} position={pos++} selected={selectedResources.includes(o.id)}>
            <IndexTable.Cell><Text as="span" tone="subdued">{`${o.id}-F${i + 1}`}</Text></IndexTable.Cell>
            <IndexTable.Cell />
            <IndexTable.Cell><Text as="span" tone="subdued">{s.sku}</Text></IndexTable.Cell>
            <IndexTable.Cell colSpan={2}><Text as="span" truncate>{s.name}</Text></IndexTable.Cell>
            <IndexTable.Cell>{`${s.qty} × ${s.priceText}`}</IndexTable.Cell>
            <IndexTable.Cell />
            <IndexTable.Cell />
            <IndexTable.Cell>{o.tracking ? <Link url="#" removeUnderline>{`${o.carrier === 'UPS' ? 'UPS' : 'USPS'} ${o.tracking}`}</Link> : 'Not shipped'}</IndexTable.Cell>
            <IndexTable.Cell />
          </IndexTable.Row>,
        );
      });
      continue;
    }
    rows.push(
      <IndexTable.Row key={o.id} id={o.id} position={pos++} selected={selectedResources.includes(o.id)}>
        <IndexTable.Cell><Text as="span" fontWeight="semibold" variant="bodyMd">{o.id}</Text></IndexTable.Cell>
        <IndexTable.Cell>{o.placedText}</IndexTable.Cell>
        <IndexTable.Cell>{o.buyer}</IndexTable.Cell>
        <IndexTable.Cell>{o.items.length > 1 ? 'Shop' : 'Online Store'}</IndexTable.Cell>
        <IndexTable.Cell><Text as="span" alignment="end" numeric>{o.totalText}</Text></IndexTable.Cell>
        <IndexTable.Cell>{payBadge(o)}</IndexTable.Cell>
        <IndexTable.Cell>{fulBadge(o)}</IndexTable.Cell>
        <IndexTable.Cell>{qty === 1 ? '1 item' : `${qty} items`}</IndexTable.Cell>
        <IndexTable.Cell>{o.tracking ? `Royal Mail ${o.tracking}` : ''}</IndexTable.Cell>
        <IndexTable.Cell>{o.discount ? 'discount' : ''}</IndexTable.Cell>
      </IndexTable.Row>,
    );
  }
  return (
    <Card padding="0">
      <Filters tabs={tabsFor(list)} />
      <IndexTable
        resourceName={{ singular: 'order', plural: 'orders' }} itemCount={list.length} hasZebraStriping={cfg === 'subheaders'}
        selectedItemsCount={allResourcesSelected ? 'All' : selectedResources.length} onSelectionChange={handleSelectionChange}
        headings={headings} promotedBulkActions={[{ content: 'Create shipping labels', onAction: () => {} }, { content: 'Mark as fulfilled', onAction: () => {} }]}
        emptyState={<EmptySearchResult title="No orders found" description="Try changing the filters or search term" withIllustration />}
        pagination={list.length ? { hasNext: true, hasPrevious: false, onNext: () => {}, label: `1–${list.length} of ${list.length + (O.extra || 0)}` } : undefined}
      >
        {rows}
      </IndexTable>
    </Card>
  );
}

function Report() {
  const rows = orders.map((o) => [o.id, o.placedText, o.buyer, o.items.reduce((s, i) => s + i.qty, 0), o.statusLabel, o.goods.toFixed(2), o.discount ? `-${o.discount.toFixed(2)}` : '0.00', o.shipping.toFixed(2), o.totalText]);
  return (
    <Card padding="0">
      <DataTable
        columnContentTypes={['text', 'text', 'text', 'numeric', 'text', 'numeric', 'numeric', 'numeric', 'numeric']}
        headings={['Order #', 'Created', 'Customer', 'Qty', 'Status', 'Subtotal', 'Discount', 'Shipping', 'Total (AUD)']}
        rows={rows} totals={['', '', '', orders.reduce((s, o) => s + o.items.reduce((a, i) => a + i.qty, 0), 0), '', money(orders.reduce((s, o) => s + o.goods, 0), 'plain'), `-${money(orders.reduce((s, o) => s + o.discount, 0), 'plain')}`, money(orders.reduce((s, o) => s + o.shipping, 0), 'plain'), money(sum(orders), 'plain')]}
        totalsName={{ singular: `Total: ${orders.length} orders`, plural: `Total: ${orders.length} orders` }} showTotalsInFooter fixedFirstColumns={1} hasZebraStripingOnData increasedTableDensity
        footerContent={`Showing ${orders.length} of ${orders.length + 58} results`}
      />
      <div style={{ padding: 12 }}><Pagination hasPrevious={false} hasNext onNext={() => {}} type="table" label="Page 1 of 4" /></div>
    </Card>
  );
}

function App() {
  useReady(900);
  const nav = (
    <Navigation location="/orders">
      <Navigation.Section items={[
        { url: '#', label: 'Home' }, { url: '/orders', label: 'Orders', badge: String(countStatus(orders, 'awaiting_shipment')), selected: true, subNavigationItems: [{ url: '#', label: 'Drafts' }, { url: '#', label: 'Abandoned checkouts' }] },
        { url: '#', label: 'Products' }, { url: '#', label: 'Customers' }, { url: '#', label: 'Content' }, { url: '#', label: 'Analytics' }, { url: '#', label: 'Marketing' }, { url: '#', label: 'Discounts' },
      ]} />
    </Navigation>
  );
  return (
    <AppProvider i18n={en}>
      <Frame navigation={nav} topBar={<TopBar userMenu={<TopBar.UserMenu name={O.owner || 'Sam Holt'} initials="SH" actions={[]} open={false} onToggle={() => {}} />} searchField={<TopBar.SearchField value="" placeholder="Search" onChange={() => {}} />} />}>
        <Page fullWidth title={cfg === 'datatable' ? 'Sales by order' : 'Orders'} primaryAction={{ content: 'Create order' }} secondaryActions={[{ content: 'Export' }, { content: 'More actions' }]}>
          <Layout>
            <Layout.Section><Metrics /></Layout.Section>
            <Layout.Section><DateFilters /></Layout.Section>
            <Layout.Section>{cfg === 'datatable' ? <Report /> : <OrdersIndex />}</Layout.Section>
          </Layout>
        </Page>
      </Frame>
    </AppProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
