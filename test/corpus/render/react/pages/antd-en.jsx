// Ant Design in English: a cross-border seller's order console (WooCommerce AU / eBay store data).
import React from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import enGB from 'antd/locale/en_GB';
import {
  ConfigProvider, Layout, Menu, Form, Input, Select, DatePicker, Button, Tabs, Card, Statistic, Row, Col, Table, Tag, Space, Typography, Pagination, Badge,
} from 'antd';
import { P, useReady, countStatus, sum, money } from './common.js';

const { Sider, Header, Content } = Layout;
const { Text } = Typography;
const cfg = P.config;
const orders = P.orders;
const O = P.options;
const COLOR = { warning: 'gold', processing: 'blue', info: 'geekblue', success: 'green', default: 'default', error: 'volcano' };
const tag = (o) => <Tag color={COLOR[o.tone]}>{o.statusLabel}</Tag>;

function FixedTable() {
  const columns = [
    { title: 'Order #', dataIndex: 'id', key: 'id', fixed: 'left', width: 110, render: (v) => <a>{v}</a> },
    { title: 'Placed at', dataIndex: 'placedText', key: 'placed', width: 190 },
    { title: 'Customer', key: 'buyer', width: 170, render: (_, o) => <div>{o.buyer}<br /><Text type="secondary">{o.phone}</Text></div> },
    { title: 'Products', key: 'goods', width: 340, render: (_, o) => o.items.map((it, i) => <div key={i}>{it.qty} × {it.name} <Text type="secondary">({it.sku})</Text></div>) },
    { title: 'Payment', key: 'pay', width: 140, render: (_, o) => (o.status === 'awaiting_payment' ? <Badge status="warning" text="Awaiting payment" /> : o.status === 'refunded' ? <Badge status="default" text="Refunded" /> : <Badge status="success" text="Paid (Stripe)" />) },
    { title: 'Status', key: 'status', width: 140, render: (_, o) => tag(o) },
    { title: 'Tracking', key: 'trk', width: 200, render: (_, o) => (o.tracking ? <span>Australia Post<br />{o.tracking}</span> : '—') },
    { title: 'Amount', dataIndex: 'totalText', key: 'total', fixed: 'right', width: 120, align: 'right', render: (v) => <Text strong>{v}</Text> },
    { title: '', key: 'op', fixed: 'right', width: 90, render: () => <Space size={4}><a>View</a><a>⋯</a></Space> },
  ];
  return (
    <Table rowKey="id" columns={columns} dataSource={orders} rowSelection={{ fixed: true }} scroll={{ x: 1600 }} pagination={false} size="middle"
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}><Text strong>Total: {orders.length} orders</Text></Table.Summary.Cell>
            <Table.Summary.Cell index={2} colSpan={7} />
            <Table.Summary.Cell index={9} align="right"><Text strong>{money(sum(orders), 'aud')}</Text></Table.Summary.Cell>
            <Table.Summary.Cell index={10} />
          </Table.Summary.Row>
        </Table.Summary>
      )} />
  );
}

function ExpandTable() {
  const columns = [
    { title: 'Order number', dataIndex: 'id', key: 'id', width: 170 },
    { title: 'Date sold', dataIndex: 'placedText', key: 'placed', width: 190 },
    { title: 'Buyer', dataIndex: 'buyer', key: 'buyer', width: 160 },
    { title: 'Item', key: 'goods', render: (_, o) => `${o.items[0].name}${o.items.length > 1 ? ` + ${o.items.length - 1} more` : ''}` },
    { title: 'Total (USD)', key: 'total', width: 120, align: 'right', render: (_, o) => money(o.total, 'plain') },
    { title: 'Status', key: 'status', width: 160, render: (_, o) => tag(o) },
  ];
  const sub = (o) => (
    <Table size="small" pagination={false} rowKey="sku" dataSource={o.subOrders}
      columns={[
        { title: 'Sales record', key: 'sr', width: 120, render: (_, s, i) => `${o.salesRecord}${o.subOrders.length > 1 ? `-${i + 1}` : ''}` },
        { title: 'Item title', dataIndex: 'name', key: 'name' },
        { title: 'Custom label (SKU)', dataIndex: 'sku', key: 'sku', width: 170 },
        { title: 'Qty', dataIndex: 'qty', key: 'qty', width: 60 },
        { title: 'Price', dataIndex: 'priceText', key: 'price', width: 110 },
        { title: 'Tracking number', key: 'trk', width: 220, render: () => o.tracking || 'Not uploaded' },
      ]} />
  );
  return <Table rowKey="id" columns={columns} dataSource={orders} pagination={false} expandable={{ expandedRowRender: sub, defaultExpandAllRows: true }} />;
}

const T = { fixed: FixedTable, expand: ExpandTable }[cfg];

function App() {
  useReady(700);
  const tabs = [['All', orders.length + 90], ['Awaiting payment', countStatus(orders, 'awaiting_payment')], ['Awaiting shipment', countStatus(orders, ['awaiting_shipment'])], ['Shipped', countStatus(orders, ['shipped', 'delivered', 'completed'])], ['Returns & disputes', countStatus(orders, ['return_requested', 'disputed', 'refunded'])], ['Cancelled', countStatus(orders, 'cancelled')]];
  const today = orders.filter((o) => P.now - o.placed < 86400000);
  return (
    <ConfigProvider locale={enGB}>
      <Layout style={{ minHeight: '100vh' }}>
        <Sider width={210} theme="dark">
          <div style={{ height: 52, lineHeight: '52px', paddingLeft: 24, color: '#fff', fontWeight: 600 }}>{O.brand}</div>
          <Menu theme="dark" mode="inline" defaultSelectedKeys={['orders']} items={[{ key: 'dash', label: 'Dashboard' }, { key: 'orders', label: 'Orders' }, { key: 'listings', label: 'Listings' }, { key: 'inventory', label: 'Inventory' }, { key: 'customers', label: 'Customers' }, { key: 'reports', label: 'Reports' }, { key: 'settings', label: 'Settings' }]} />
        </Sider>
        <Layout>
          <Header style={{ background: '#fff', height: 52, lineHeight: '52px', padding: '0 24px' }}><Text strong>Orders</Text></Header>
          <Content style={{ padding: 16 }}>
            <Row gutter={16} style={{ marginBottom: 16 }}>
              <Col span={6}><Card size="small"><Statistic title="Orders today" value={today.length} /></Card></Col>
              <Col span={6}><Card size="small"><Statistic title="Revenue today" value={money(sum(today), O.cur)} /></Card></Col>
              <Col span={6}><Card size="small"><Statistic title="To ship" value={countStatus(orders, 'awaiting_shipment')} /></Card></Col>
              <Col span={6}><Card size="small"><Statistic title="Avg. order value" value={money(sum(orders) / orders.length, O.cur)} /></Card></Col>
            </Row>
            <Card size="small" style={{ marginBottom: 16 }}>
              <Form layout="inline">
                <Form.Item label="Search"><Input placeholder="Order number, buyer, SKU" style={{ width: 240 }} /></Form.Item>
                <Form.Item label="Date"><DatePicker.RangePicker defaultValue={[dayjs(P.now).subtract(30, 'day'), dayjs(P.now)]} format="DD/MM/YYYY" /></Form.Item>
                <Form.Item label="Ship to"><Select style={{ width: 150 }} defaultValue="any" options={[{ value: 'any', label: 'Any country' }, { value: 'au', label: 'Australia' }, { value: 'us', label: 'United States' }]} /></Form.Item>
                <Form.Item><Space><Button type="primary">Search</Button><Button>Export CSV</Button></Space></Form.Item>
              </Form>
            </Card>
            <Card size="small">
              <Tabs items={tabs.map(([l, n], i) => ({ key: String(i), label: `${l} (${n})` }))} />
              <T />
              <Pagination style={{ marginTop: 16, textAlign: 'right' }} total={tabs[0][1]} pageSize={25} showSizeChanger showTotal={(t, r) => `${r[0]}-${r[1]} of ${t} orders`} />
            </Card>
          </Content>
        </Layout>
      </Layout>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
