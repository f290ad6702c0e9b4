// Held-out pages on Ant Design: fixed columns with selection and a scrolling body, or expandable
// rows whose child tables list sub-orders, SKUs, packages and tracking numbers.
import React from 'react';
import { createRoot } from 'react-dom/client';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { ConfigProvider, Layout, Menu, Table, Tag, Tabs, Typography, Input, Button, Space, Card, List, Checkbox, Row, Col } from 'antd';
import { P, useReady } from './common.js';
import { COLUMNS, TONE, lines } from './heldout-common.js';

const zh = P.language.startsWith('zh');
const COLOR = { warning: 'orange', processing: 'blue', info: 'cyan', success: 'green', default: 'default', error: 'red' };
const cell = (kind) => (_, o) => kind === 'status'
  ? <Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag>
  : <div>{lines(o, kind).map((l, i) => <div key={i} style={i ? { color: '#888', fontSize: 12 } : undefined}>{l}</div>)}</div>;

function SubTable({ o }) {
  const cols = [
    { title: zh ? '子订单号' : 'Line ID', dataIndex: 'subId', key: 'subId' },
    { title: zh ? '商品' : 'Product', dataIndex: 'name', key: 'name' },
    { title: 'SKU', dataIndex: 'sku', key: 'sku' },
    { title: zh ? '数量' : 'Qty', dataIndex: 'qty', key: 'qty' },
    { title: zh ? '小计' : 'Line total', dataIndex: 'lineText', key: 'line' },
    { title: zh ? '包裹 / 运单' : 'Package / Tracking', key: 'pkg', render: () => [o.pkg, o.tracking].filter(Boolean).join(' / ') || '—' },
  ];
  return <Table rowKey="subId" size="small" columns={cols} dataSource={o.items} pagination={false} />;
}

// One Card per order (no table): the header line holds label：value pairs, item rows follow, and
// the paid total, status and tracking sit beside the first item, as sold-item pages show them.
const L = P.options.labels || {};
function OrderBlock({ o }) {
  const title = (
    <Space size={24} wrap>
      <Checkbox />
      <span>{L.id}{o.orderId}</span>
      <Typography.Text type="secondary">{L.placed}{o.dateText}</Typography.Text>
      {o.invoice ? <Typography.Text type="secondary">{L.invoice}{o.invoice}</Typography.Text> : null}
    </Space>
  );
  return (
    <Card size="small" title={title} extra={<a>{zh ? '订单详情' : 'Details'}</a>} style={{ marginBottom: 12 }}>
      {o.items.map((it, i) => (
        <Row key={i} gutter={16} style={{ padding: '6px 0', borderTop: i ? '1px solid #f0f0f0' : undefined }}>
          <Col span={9}>{it.name}<div style={{ color: '#888', fontSize: 12 }}>{L.sku}{it.sku}</div></Col>
          <Col span={3}>{it.priceText}</Col>
          <Col span={2}>×{it.qty}</Col>
          <Col span={4}>{i === 0 ? <div><div>{o.buyer}</div><div style={{ color: '#888', fontSize: 12 }}>{o.phone}</div></div> : null}</Col>
          <Col span={3}>{i === 0 ? <div><Typography.Text strong>{o.totalText}</Typography.Text><div style={{ color: '#888', fontSize: 12 }}>{L.shipping}{o.shippingText}</div></div> : null}</Col>
          <Col span={3}>{i === 0 ? <div><Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag>{o.tracking ? <div style={{ fontSize: 12 }}>{L.tracking}{o.tracking}</div> : null}</div> : null}</Col>
        </Row>
      ))}
    </Card>
  );
}

function App() {
  useReady(700);
  const columns = (COLUMNS || []).map((c, i) => ({ title: c.title, key: c.key, width: c.width, fixed: c.fixed, align: c.align, render: cell(c.kind) }));
  const expand = P.config === 'expand';
  return (
    <ConfigProvider locale={zh ? zhCN : enUS}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider width={200} theme="light">
          <Menu mode="inline" defaultSelectedKeys={['orders']} items={(zh ? ['首页', '订单', '商品', '客户', '报表'] : ['Home', 'Orders', 'Products', 'Customers', 'Reports']).map((l, i) => ({ key: i === 1 ? 'orders' : String(i), label: l }))} />
        </Layout.Sider>
        <Layout.Content style={{ padding: 16 }}>
          <Typography.Title level={4}>{P.options.heading}</Typography.Title>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Space><Input placeholder={zh ? '搜索' : 'Search'} style={{ width: 240 }} /><Button type="primary">{zh ? '查询' : 'Search'}</Button><Button>{zh ? '导出' : 'Export'}</Button></Space>
          </Card>
          <Tabs items={(zh ? ['全部', '待处理', '已完成'] : ['All', 'Open', 'Closed']).map((l, i) => ({ key: String(i), label: l }))} />
          {P.config === 'blocks' ? <List dataSource={P.orders} renderItem={(o) => <OrderBlock key={o.orderId} o={o} />} /> : null}
          {P.config === 'blocks' ? null : <Table rowKey="orderId" columns={columns} dataSource={P.orders} pagination={false} bordered size="middle"
            rowSelection={expand ? undefined : { type: 'checkbox', fixed: true, defaultSelectedRowKeys: [P.orders[2].orderId] }}
            scroll={expand ? undefined : { x: 1600, y: 600 }}
            expandable={expand ? { expandedRowRender: (o) => <SubTable o={o} />, defaultExpandedRowKeys: P.orders.filter((_, i) => i % 3 === 0).map((o) => o.orderId) } : undefined} />}
        </Layout.Content>
      </Layout>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
