// Arco Design in English: a multi-channel seller ERP's order page (Amazon orders, one row per item).
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@arco-design/web-react/dist/css/arco.css';
import enUS from '@arco-design/web-react/es/locale/en-US';
import {
  ConfigProvider, Layout, Menu, Form, Input, Select, DatePicker, Button, Tabs, Card, Statistic, Grid, Table, Tag, Space, Typography, Pagination,
} from '@arco-design/web-react';
import { P, useReady, countStatus, sum, money } from './common.js';

const { Sider, Header, Content } = Layout;
const { Row, Col } = Grid;
const orders = P.orders;
const COLOR = { warning: 'orange', processing: 'arcoblue', info: 'cyan', success: 'green', default: 'gray', error: 'red' };

function OrdersTable() {
  const rows = orders.flatMap((o) => o.items.map((it, i) => ({ key: `${o.id}/${i}`, o, it, sub: o.subOrders[i], first: i === 0, n: o.items.length })));
  // Arco merges cells through render's { children, props: { rowSpan } }
  const merged = (fn) => (v, r) => ({ children: fn(r), props: { rowSpan: r.first ? r.n : 0 } });
  const columns = [
    { title: 'Order ID', dataIndex: 'id', width: 190, fixed: 'left', render: merged((r) => <div><Typography.Text copyable={false} style={{ margin: 0 }}>{r.o.id}</Typography.Text><div style={{ fontSize: 12, color: 'var(--color-text-3)' }}>Amazon.com · FBM</div></div>) },
    { title: 'Order date', dataIndex: 'placed', width: 190, render: merged((r) => r.o.placedText) },
    { title: 'Product', dataIndex: 'product', width: 360, render: (_, r) => <div>{r.it.name}<div style={{ fontSize: 12, color: 'var(--color-text-3)' }}>SKU: {r.sub.sku} · Qty: {r.it.qty} · {r.it.priceText}</div></div> },
    { title: 'Buyer', dataIndex: 'buyer', width: 160, render: merged((r) => <div>{r.o.buyer}<div style={{ fontSize: 12 }}>{r.o.phone}</div></div>) },
    { title: 'Order total', dataIndex: 'total', width: 120, align: 'right', render: merged((r) => <b>{r.o.totalText}</b>) },
    { title: 'Status', dataIndex: 'status', width: 150, render: merged((r) => <Tag color={COLOR[r.o.tone]}>{r.o.statusLabel}</Tag>) },
    { title: 'Tracking ID', dataIndex: 'trk', width: 220, render: merged((r) => (r.o.tracking ? `${r.o.carrier} ${r.o.tracking}` : '—')) },
    { title: 'Action', dataIndex: 'op', width: 130, fixed: 'right', render: merged((r) => (r.o.status === 'awaiting_shipment' ? <Button size="mini" type="primary">Confirm shipment</Button> : <Button size="mini">Details</Button>)) },
  ];
  return <Table rowKey="key" columns={columns} data={rows} border={{ wrapper: true, cell: true }} scroll={{ x: 1600, y: 2400 }} pagination={false} />;
}

function App() {
  useReady(900);
  const tabs = [['All', orders.length + 300], ['Pending', countStatus(orders, 'awaiting_payment')], ['Unshipped', countStatus(orders, 'awaiting_shipment')], ['Shipped', countStatus(orders, ['shipped', 'delivered'])], ['Returns', countStatus(orders, ['return_requested', 'refunded'])], ['Cancelled', countStatus(orders, 'cancelled')]];
  const today = orders.filter((o) => P.now - o.placed < 86400000);
  return (
    <ConfigProvider locale={enUS}>
      <Layout style={{ minHeight: '100vh' }}>
        <Sider width={210}>
          <div style={{ height: 52, lineHeight: '52px', paddingLeft: 20, fontWeight: 600 }}>CrossList ERP</div>
          <Menu defaultSelectedKeys={['o1']} defaultOpenKeys={['orders']}>
            <Menu.Item key="home">Dashboard</Menu.Item>
            <Menu.SubMenu key="orders" title="Orders"><Menu.Item key="o1">All orders</Menu.Item><Menu.Item key="o2">Ship orders</Menu.Item><Menu.Item key="o3">Returns</Menu.Item></Menu.SubMenu>
            <Menu.Item key="prod">Products</Menu.Item><Menu.Item key="inv">Inventory</Menu.Item><Menu.Item key="ship">Shipping</Menu.Item><Menu.Item key="rep">Reports</Menu.Item>
          </Menu>
        </Sider>
        <Layout>
          <Header style={{ height: 52, lineHeight: '52px', padding: '0 20px', borderBottom: '1px solid var(--color-border)' }}>Store: Amazon US — Brightline Home</Header>
          <Content style={{ padding: 16, background: 'var(--color-fill-2)' }}>
            <Row gutter={16} style={{ marginBottom: 16 }}>
              <Col span={6}><Card><Statistic title="Orders today" value={today.length} /></Card></Col>
              <Col span={6}><Card><Statistic title="Sales today (USD)" value={sum(today)} precision={2} groupSeparator /></Card></Col>
              <Col span={6}><Card><Statistic title="Unshipped" value={countStatus(orders, 'awaiting_shipment')} /></Card></Col>
              <Col span={6}><Card><Statistic title="Late shipment rate" value="0.4%" /></Card></Col>
            </Row>
            <Card style={{ marginBottom: 16 }}>
              <Form layout="inline">
                <Form.Item label="Search"><Input placeholder="Order ID, SKU, ASIN, buyer" style={{ width: 260 }} /></Form.Item>
                <Form.Item label="Order date"><DatePicker.RangePicker defaultValue={['2026-11-13', '2026-11-20']} style={{ width: 280 }} /></Form.Item>
                <Form.Item label="Fulfillment"><Select defaultValue="all" style={{ width: 140 }} options={[{ label: 'All', value: 'all' }, { label: 'Seller', value: 'mfn' }, { label: 'Amazon', value: 'afn' }]} /></Form.Item>
                <Form.Item><Space><Button type="primary">Search</Button><Button>Reset</Button></Space></Form.Item>
              </Form>
            </Card>
            <Card>
              <Tabs defaultActiveTab="t0">{tabs.map(([l, n], i) => <Tabs.TabPane key={`t${i}`} title={`${l} (${n})`} />)}</Tabs>
              <OrdersTable />
              <Pagination style={{ marginTop: 16, justifyContent: 'flex-end' }} total={tabs[0][1]} pageSize={20} showTotal sizeCanChange />
            </Card>
          </Content>
        </Layout>
      </Layout>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
