import React from 'react';
import { createRoot } from 'react-dom/client';
import '@arco-design/web-react/dist/css/arco.css';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import {
  ConfigProvider, Layout, Menu, Form, Input, Select, DatePicker, Button, Tabs, Card, Statistic, Grid, Table, Tag, Space, Typography, Pagination, Breadcrumb, Link,
} from '@arco-design/web-react';
import { P, useReady, countStatus, sum, money } from './common.js';

const { Sider, Header, Content } = Layout;
const { Row, Col } = Grid;
const cfg = P.config;
const orders = P.orders;
const COLOR = { warning: 'orange', processing: 'arcoblue', info: 'cyan', success: 'green', default: 'gray', error: 'red' };
const tag = (o) => <Tag color={COLOR[o.tone]} size="small">{o.statusLabel}</Tag>;

const CHROME = {
  fixed: { brand: '抖店 · 商家后台', shop: '山野小铺官方旗舰店', menu: ['首页', '商品', '订单', '售后', '物流', '营销中心', '数据', '资产'] },
  virtual: { brand: '京麦工作台', shop: '优选数码专营店', menu: ['首页', '商品管理', '订单管理', '售后服务', '物流配送', '营销中心', '财务管理'] },
  expand: { brand: '千牛卖家工作台', shop: '小满生活馆', menu: ['首页', '商品', '交易', '物流', '营销', '数据', '财务'] },
}[cfg];

function Chrome({ children }) {
  const o = orders;
  const tabs = [['全部订单', o.length + (cfg === 'virtual' ? 0 : 180)], ['待支付', countStatus(o, 'awaiting_payment', 2)], ['待发货', countStatus(o, 'awaiting_shipment', 6)], ['已发货', countStatus(o, 'shipped', 30)], ['已完成', countStatus(o, 'completed', 120)], ['已关闭', countStatus(o, 'cancelled', 4)], ['售后中', countStatus(o, 'refund_requested')]];
  const today = o.filter((x) => P.now - x.placed < 86400000);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={200}>
        <div style={{ height: 52, lineHeight: '52px', paddingLeft: 20, fontWeight: 600 }}>{CHROME.brand}</div>
        <Menu defaultSelectedKeys={['m2']} defaultOpenKeys={['m2sub']}>
          {CHROME.menu.map((m, i) => (i === 2
            ? <Menu.SubMenu key="m2sub" title={m}><Menu.Item key="m2">订单管理</Menu.Item><Menu.Item key="m2b">批量发货</Menu.Item><Menu.Item key="m2c">评价管理</Menu.Item></Menu.SubMenu>
            : <Menu.Item key={`m${i}`}>{m}</Menu.Item>))}
        </Menu>
      </Sider>
      <Layout>
        <Header style={{ height: 52, lineHeight: '52px', padding: '0 20px', background: 'var(--color-bg-2)', borderBottom: '1px solid var(--color-border)' }}>{CHROME.shop}</Header>
        <Content style={{ padding: 16, background: 'var(--color-fill-2)' }}>
          <Breadcrumb style={{ marginBottom: 12 }}><Breadcrumb.Item>订单</Breadcrumb.Item><Breadcrumb.Item>订单管理</Breadcrumb.Item></Breadcrumb>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={6}><Card><Statistic title="今日订单" value={today.length + 21} suffix="单" /></Card></Col>
            <Col span={6}><Card><Statistic title="今日支付金额(元)" value={sum(today) + 3180.6} precision={2} groupSeparator /></Card></Col>
            <Col span={6}><Card><Statistic title="待发货" value={countStatus(o, 'awaiting_shipment', 6)} /></Card></Col>
            <Col span={6}><Card><Statistic title="售后待处理" value={countStatus(o, 'refund_requested', 1)} /></Card></Col>
          </Row>
          <Card style={{ marginBottom: 16 }}>
            <Form layout="inline">
              <Form.Item label="订单编号"><Input placeholder="请输入订单编号" style={{ width: 210 }} /></Form.Item>
              <Form.Item label="商品名称"><Input placeholder="请输入商品名称/ID" style={{ width: 180 }} /></Form.Item>
              <Form.Item label="收件人手机"><Input placeholder="请输入手机号" style={{ width: 150 }} /></Form.Item>
              <Form.Item label="下单时间"><DatePicker.RangePicker showTime defaultValue={['2026-11-13 00:00:00', '2026-11-20 23:59:59']} style={{ width: 380 }} /></Form.Item>
              <Form.Item label="订单状态"><Select defaultValue="all" style={{ width: 130 }} options={[{ label: '全部', value: 'all' }, { label: '待发货', value: 'w' }, { label: '已发货', value: 's' }]} /></Form.Item>
              <Form.Item><Space><Button type="primary">查询</Button><Button>重置</Button><Button type="text">导出</Button></Space></Form.Item>
            </Form>
          </Card>
          <Card>
            <Tabs defaultActiveTab="t0">{tabs.map(([l, n], i) => <Tabs.TabPane key={`t${i}`} title={`${l} (${n})`} />)}</Tabs>
            <Space style={{ margin: '8px 0 12px' }}><Button type="outline">批量发货</Button><Button>批量打印面单</Button><Button>批量备注</Button></Space>
            {children}
            <Pagination style={{ marginTop: 16, justifyContent: 'flex-end' }} total={tabs[0][1]} pageSize={cfg === 'virtual' ? 500 : 20} showTotal sizeCanChange showJumper />
          </Card>
        </Content>
      </Layout>
    </Layout>
  );
}

function FixedTable() {
  const columns = [
    { title: '订单号', dataIndex: 'id', fixed: 'left', width: 210, render: (v) => <Link>{v}</Link> },
    { title: '商品', dataIndex: 'goods', width: 300, render: (_, o) => <div>{o.items.map((it, i) => <div key={i}><Typography.Text ellipsis style={{ width: 280, margin: 0 }}>{it.name}</Typography.Text><div style={{ color: 'var(--color-text-3)', fontSize: 12 }}>商家编码：{it.sku} ×{it.qty}</div></div>)}</div> },
    { title: '下单时间', dataIndex: 'placedText', width: 150 },
    { title: '收件人', dataIndex: 'buyer', width: 150, render: (_, o) => <div>{o.buyer}<div style={{ fontSize: 12 }}>{o.phoneMasked}</div></div> },
    { title: '应付', dataIndex: 'goods', width: 110, align: 'right', render: (_, o) => `¥${(o.goods + o.shipping).toFixed(2)}` },
    { title: '实付金额', dataIndex: 'totalText', width: 110, align: 'right', render: (v) => <b>{v}</b> },
    { title: '订单状态', dataIndex: 'status', width: 110, render: (_, o) => tag(o) },
    { title: '售后状态', dataIndex: 'after', width: 100, render: (_, o) => (o.status === 'refund_requested' ? '售后中' : o.status === 'refunded' ? '退款成功' : '-') },
    { title: '物流信息', dataIndex: 'tracking', width: 200, render: (v, o) => (v ? <div>{o.carrier === 'SF' ? '顺丰速运' : o.carrier === 'YT' ? '圆通速递' : '中通快递'}<div>{v}</div></div> : '-') },
    { title: '操作', dataIndex: 'op', fixed: 'right', width: 130, render: (_, o) => <Space size={4}><Link>详情</Link>{o.status === 'awaiting_shipment' ? <Link>发货</Link> : <Link>备注</Link>}</Space> },
  ];
  return <Table rowKey="id" columns={columns} data={orders} border={{ wrapper: true, cell: true }} rowSelection={{ type: 'checkbox', fixed: true, defaultSelectedRowKeys: [orders[0].id] }} scroll={{ x: 1700 }} pagination={false} />;
}

function VirtualTable() {
  const columns = [
    { title: '订单号', dataIndex: 'id', width: 150 },
    { title: '商品名称', dataIndex: 'goods', width: 340, render: (_, o) => <Typography.Text ellipsis style={{ margin: 0 }}>{o.items[0].name}</Typography.Text> },
    { title: '下单时间', dataIndex: 'placedText', width: 130 },
    { title: '订单金额', dataIndex: 'totalText', width: 130, align: 'right' },
    { title: '订单状态', dataIndex: 'status', width: 140, render: (_, o) => tag(o) },
    { title: '收货人电话', dataIndex: 'phone', width: 140 },
    { title: '运单号', dataIndex: 'tracking', width: 180, render: (v) => v || '--' },
  ];
  return <Table rowKey="id" columns={columns} data={orders} virtualized scroll={{ y: 480, x: 1200 }} pagination={false} border={false} size="small" rowSelection={{ type: 'checkbox' }} />;
}

function ExpandTable() {
  const columns = [
    { title: '订单编号', dataIndex: 'id', width: 210 },
    { title: '创建时间', dataIndex: 'placedText', width: 160 },
    { title: '买家', dataIndex: 'buyer', width: 140 },
    { title: '宝贝', dataIndex: 'goods', render: (_, o) => `${o.items[0].name}${o.items.length > 1 ? ` 等${o.items.length}件商品` : ''}` },
    { title: '实收款(元)', dataIndex: 'total', width: 120, align: 'right', render: (v) => money(v, 'plain') },
    { title: '交易状态', dataIndex: 'status', width: 140, render: (_, o) => tag(o) },
  ];
  const expanded = (o) => (
    <Table size="mini" rowKey="subId" pagination={false} data={o.subOrders} border={false}
      columns={[
        { title: '子订单编号', dataIndex: 'subId', width: 210 },
        { title: '宝贝', dataIndex: 'name' },
        { title: '商家编码', dataIndex: 'sku', width: 120 },
        { title: '单价', dataIndex: 'priceText', width: 100 },
        { title: '数量', dataIndex: 'qty', width: 60 },
        { title: '物流单号', dataIndex: 'x', width: 170, render: () => o.tracking || '未发货' },
      ]} />
  );
  const summary = () => (
    <Table.Summary>
      <Table.Summary.Row>
        <Table.Summary.Cell />
        <Table.Summary.Cell>合计</Table.Summary.Cell>
        <Table.Summary.Cell>{orders.length} 笔订单</Table.Summary.Cell>
        <Table.Summary.Cell />
        <Table.Summary.Cell />
        <Table.Summary.Cell>{money(sum(orders), 'plain')}</Table.Summary.Cell>
        <Table.Summary.Cell />
      </Table.Summary.Row>
    </Table.Summary>
  );
  return <Table rowKey="id" columns={columns} data={orders} expandedRowRender={expanded} defaultExpandAllRows pagination={false} summary={summary} />;
}

const T = { fixed: FixedTable, virtual: VirtualTable, expand: ExpandTable }[cfg];
function App() {
  useReady(900);
  return <ConfigProvider locale={zhCN}><Chrome><T /></Chrome></ConfigProvider>;
}
createRoot(document.getElementById('root')).render(<App />);
