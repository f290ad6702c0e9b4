// react-admin's e-commerce demo style: the orders list of a shop admin, with the
// orders that data-generator-retail generates (faker seeded, clock fixed by render.mjs).
import React, { Fragment, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { faker } from '@faker-js/faker';
import generateData from 'data-generator-retail';
import fakeDataProvider from 'ra-data-fakerest';
import {
  Admin, Resource, List, Datagrid, DateField, TextField, NumberField, ReferenceField, FunctionField, ChipField,
  SearchInput, DateInput, ReferenceInput, AutocompleteInput, NullableBooleanInput, NumberInput,
  useListContext, useGetList, TopToolbar, FilterButton, ExportButton, SelectColumnsButton, Pagination,
  EditGuesser, ListGuesser,
} from 'react-admin';
import { Tabs, Tab, Divider, Card, CardContent, Typography, Stack, Box } from '@mui/material';
import { P } from './common.js';

faker.seed(2026);
const db = generateData();
const opts = P.options;
// What render.mjs turns into expectations: every order with the fields the list shows.
const customers = new Map(db.customers.map((c) => [c.id, c]));
window.__EXTERNAL__ = {
  orders: db.orders.map((o) => ({ reference: o.reference, total: o.total, date: o.date, status: o.status, returned: o.returned, nb: o.basket.length, zipcode: customers.get(o.customer_id)?.zipcode })),
};
const dataProvider = fakeDataProvider(db, false, 0);

const orderFilters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="customer_id" reference="customers" key="c"><AutocompleteInput optionText={(c) => c && `${c.first_name} ${c.last_name}`} /></ReferenceInput>,
  <DateInput source="date_gte" label="Passed since" alwaysOn key="gte" />,
  <DateInput source="date_lte" label="Passed before" alwaysOn key="lte" />,
  <NumberInput source="total_gte" label="Min amount" key="t" />,
  <NullableBooleanInput source="returned" key="r" />,
];

const ListActions = () => (
  <TopToolbar><FilterButton /><SelectColumnsButton /><ExportButton /></TopToolbar>
);

const tabs = [
  { id: 'ordered', name: 'ordered' },
  { id: 'delivered', name: 'delivered' },
  { id: 'cancelled', name: 'cancelled' },
];

const TabCount = ({ status }) => {
  const { total } = useGetList('orders', { pagination: { page: 1, perPage: 1 }, filter: { status } });
  return total === undefined ? null : <span>({total})</span>;
};

const Stats = () => {
  const { data: orders } = useGetList('orders', { pagination: { page: 1, perPage: 600 }, sort: { field: 'date', order: 'DESC' } });
  if (!orders) return null;
  const now = Date.now();
  const month = orders.filter((o) => now - Date.parse(o.date) < 30 * 86400000 && o.status !== 'cancelled');
  const revenue = month.reduce((s, o) => s + o.total, 0);
  const fmt = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
  const items = [['Monthly Revenue', fmt.format(revenue)], ['New Orders', String(month.length)], ['Pending Orders', String(orders.filter((o) => o.status === 'ordered').length)], ['Pending Reviews', '27']];
  return (
    <Stack direction="row" spacing={2} sx={{ p: 2 }}>
      {items.map(([k, v]) => (
        <Card key={k} sx={{ flex: 1 }} variant="outlined"><CardContent><Typography color="text.secondary" variant="body2">{k}</Typography><Typography variant="h5">{v}</Typography></CardContent></Card>
      ))}
    </Stack>
  );
};

const CustomerName = () => (
  <ReferenceField source="customer_id" reference="customers" link={false}>
    <FunctionField render={(c) => `${c.first_name} ${c.last_name}`} />
  </ReferenceField>
);
const Address = () => (
  <ReferenceField source="customer_id" reference="customers" link={false} label="Address" sortable={false}>
    <FunctionField render={(c) => <span>{c.address}<br />{c.city}, {c.stateAbbr} {c.zipcode}</span>} />
  </ReferenceField>
);

const TabbedDatagrid = () => {
  const { filterValues, setFilters, displayedFilters, data, isPending } = useListContext();
  useEffect(() => {
    if (!isPending && data) setTimeout(() => { window.__READY__ = true; }, 1200);
  }, [isPending, data]);
  const handleChange = (e, value) => setFilters({ ...filterValues, status: value }, displayedFilters);
  const currency = { style: 'currency', currency: 'USD' };
  return (
    <Fragment>
      <Tabs variant="fullWidth" centered value={filterValues.status} indicatorColor="primary" onChange={handleChange}>
        {tabs.map((c) => <Tab key={c.id} value={c.id} label={<span>{c.name} <TabCount status={c.name} /></span>} />)}
      </Tabs>
      <Divider />
      <Datagrid rowClick="edit" bulkActionButtons={opts.bulk === false ? false : undefined}>
        <DateField source="date" showTime />
        <TextField source="reference" />
        <CustomerName label="Customer" />
        <Address />
        <NumberField source="basket.length" label="Nb Items" sortable={false} />
        <NumberField source="total_ex_taxes" options={currency} />
        <NumberField source="delivery_fees" options={currency} />
        <NumberField source="taxes" options={currency} />
        <NumberField source="total" options={currency} sx={{ fontWeight: 'bold' }} />
        <ChipField source="status" size="small" />
      </Datagrid>
    </Fragment>
  );
};

const OrderList = () => (
  <List filterDefaultValues={{ status: opts.status || 'ordered' }} sort={{ field: 'date', order: 'DESC' }} perPage={opts.perPage || 25}
    filters={orderFilters} actions={<ListActions />} pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}>
    <Stats />
    <TabbedDatagrid />
  </List>
);

const App = () => (
  <Admin dataProvider={dataProvider} title="Posters Galore Admin">
    <Resource name="orders" list={OrderList} edit={EditGuesser} options={{ label: 'Orders' }} />
    <Resource name="invoices" list={ListGuesser} />
    <Resource name="products" list={ListGuesser} options={{ label: 'Posters' }} />
    <Resource name="categories" list={ListGuesser} />
    <Resource name="customers" list={ListGuesser} />
    <Resource name="reviews" list={ListGuesser} />
  </Admin>
);

createRoot(document.getElementById('root')).render(<App />);
