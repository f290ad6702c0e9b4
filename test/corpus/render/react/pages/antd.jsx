import React from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import zhCN from 'antd/locale/zh_CN';
import {
  ConfigProvider, Layout, Menu, Form, Input, Select, DatePicker, Button, Tabs, Card, Statistic, Row, Col,
  Table, Tag, Space, Typography, Pagination, Breadcrumb, Badge, Tooltip, List, Checkbox,
} from 'antd';
import { P, useReady, countStatus, sum, money } from './common.js';

dayjs.locale('zh-cn');
const { Sider, Header, Content } = Layout;
const { Text } = Typography;
const orders = P.orders;
const cfg = P.config;

const TAG_COLOR = { warning: 'orange', processing: 'blue', info: 'cyan', success: 'green', default: 'default', error: 'red' };
const statusTag = (o) => <Tag color={TAG_COLOR[o.tone]}>{o.statusLabel}</Tag>;

const menuItems = [
  { key: 'home', label: '首页' },
  { key: 'trade', label: '交易管理', children: [
    { key: 'sold', label: cfg === 'merged' ? '订单管理' : '已卖出的宝贝' }, { key: 'eval', label: '评价管理' }, { key: 'ship', label: '发货' },
  ] },
  { key: 'goods', label: '商品管理', children: [{ key: 'pub', label: '发布宝贝' }, { key: 'onsale', label: '出售中的宝贝' }] },
  { key: 'after', label: '售后服务', children: [{ key: 'refund', label: '退款管理' }] },
  { key: 'data', label: '数据中心' },
  { key: 'fin', label: '资金管理' },
];

function Filters() {
  return (
    <Form layout="inline" style={{ rowGap: 12 }}>
      <Form.Item label="订单编号"><Input placeholder="请输入订单编号" style={{ width: 200 }} allowClear /></Form.Item>
      <Form.Item label="商品名称"><Input placeholder="商品名称/商品ID" style={{ width: 180 }} /></Form.Item>
      <Form.Item label="买家昵称"><Input placeholder="买家昵称" style={{ width: 140 }} /></Form.Item>
      <Form.Item label="下单时间">
        <DatePicker.RangePicker showTime defaultValue={[dayjs(P.now).subtract(7, 'day').startOf('day'), dayjs(P.now).endOf('day')]} />
      </Form.Item>
      <Form.Item label="订单状态">
        <Select style={{ width: 140 }} defaultValue="all" options={[{ value: 'all', label: '全部' }, { value: 'wait', label: '待发货' }, { value: 'sent', label: '已发货' }, { value: 'refund', label: '退款中' }]} />
      </Form.Item>
      <Form.Item><Space><Button type="primary">搜索订单</Button><Button>重置</Button><Button type="link">批量导出</Button></Space></Form.Item>
    </Form>
  );
}

function Stats() {
  const today = orders.filter((o) => P.now - o.placed < 86400000);
  const shown = cfg === 'empty' ? [] : orders;
  return (
    <Row gutter={16} style={{ marginBottom: 16 }}>
      <Col span={6}><Card size="small"><Statistic title="今日订单" value={37 + today.length} suffix="单" /></Card></Col>
      <Col span={6}><Card size="small"><Statistic title="今日成交金额" value={sum(today) + 5321.4} precision={2} prefix="¥" /></Card></Col>
      <Col span={6}><Card size="small"><Statistic title="待发货" value={countStatus(shown, 'awaiting_shipment', 9)} /></Card></Col>
      <Col span={6}><Card size="small"><Statistic title="退款中" value={countStatus(shown, 'refund_requested', 1)} valueStyle={{ color: '#cf1322' }} /></Card></Col>
    </Row>
  );
}

function StatusTabs() {
  const o = cfg === 'empty' ? [] : orders;
  const items = [
    ['all', '全部', o.length + 214], ['pay', '待付款', countStatus(o, 'awaiting_payment', 3)], ['ship', '待发货', countStatus(o, 'awaiting_shipment', 9)],
    ['sent', '已发货', countStatus(o, 'shipped', 41)], ['refund', '退款中', countStatus(o, 'refund_requested', 1)], ['done', '需要评价', 18], ['ok', '成功的订单', 150], ['closed', '关闭的订单', 7],
  ].map(([key, label, n]) => ({ key, label: `${label} (${n})` }));
  return <Tabs defaultActiveKey={cfg === 'empty' ? 'refund' : 'all'} items={items} />;
}

// ---------- configuration: fixed columns + selection + scroll.y ----------
function FixedTable() {
  const columns = [
    { title: '订单号', dataIndex: 'id', key: 'id', fixed: 'left', width: 200, render: (v) => <a href={`#/trade/detail?bizOrderId=${v}`}>{v}</a> },
    { title: '宝贝', key: 'goods', width: 320, render: (_, o) => (
      <Space direction="vertical" size={2}>
        {o.items.map((it, i) => <div key={i}><Text ellipsis style={{ width: 290 }}>{it.name}</Text><br /><Text type="secondary">子订单 {o.subOrders[i].subId} · 单价 {it.priceText} × {it.qty}</Text></div>)}
      </Space>
    ) },
    { title: '买家', key: 'buyer', width: 150, render: (_, o) => <div>{o.buyer}<br /><Text type="secondary">{o.phoneMasked}</Text></div> },
    { title: '创建时间', dataIndex: 'placedText', key: 'placed', width: 170 },
    { title: '实收款', key: 'total', width: 130, align: 'right', render: (_, o) => <div><Text strong>{o.totalText}</Text><br /><Text type="secondary">{o.shipping ? `(含运费 ¥${o.shipping.toFixed(2)})` : '(包邮)'}</Text></div> },
    { title: '交易状态', key: 'status', width: 120, render: (_, o) => statusTag(o) },
    { title: '物流单号', key: 'tracking', width: 190, render: (_, o) => o.tracking ? <Tooltip title="查看物流"><a>{o.tracking}</a></Tooltip> : <Text type="secondary">—</Text> },
    { title: '收货地区', dataIndex: 'city', key: 'city', width: 200 },
    { title: '操作', key: 'op', fixed: 'right', width: 150, render: (_, o) => <Space size={4} wrap><a>详情</a>{o.status === 'awaiting_shipment' ? <a>发货</a> : <a>备注</a>}<a>改价</a></Space> },
  ];
  return (
    <Table rowKey="id" columns={columns} dataSource={orders} size="middle" bordered
      rowSelection={{ type: 'checkbox', fixed: true, defaultSelectedRowKeys: [orders[1].id] }}
      scroll={{ x: 1700, y: 640 }} pagination={false} />
  );
}

// ---------- configuration: merged item rows ----------
function MergedTable() {
  const rows = [];
  for (const o of orders) o.items.forEach((it, i) => rows.push({ key: `${o.id}-${i}`, o, it, sub: o.subOrders[i], first: i === 0, span: o.items.length }));
  const span = (r) => ({ rowSpan: r.first ? r.span : 0 });
  const columns = [
    { title: '订单编号', key: 'id', width: 160, onCell: span, render: (_, r) => <div><a>{r.o.id}</a><br /><Text type="secondary" style={{ fontSize: 12 }}>{r.o.placedText}</Text></div> },
    { title: '商品', key: 'name', render: (_, r) => <div>{r.it.name}<br /><Text type="secondary" style={{ fontSize: 12 }}>货号：{r.sub.sku}</Text></div> },
    { title: '单价(元)', key: 'price', width: 90, align: 'right', render: (_, r) => r.it.price.toFixed(2) },
    { title: '数量', key: 'qty', width: 60, align: 'center', render: (_, r) => `×${r.it.qty}` },
    { title: '收货人', key: 'buyer', width: 150, onCell: span, render: (_, r) => <div>{r.o.buyer}<br />{r.o.phone}</div> },
    { title: '实付金额(元)', key: 'total', width: 120, align: 'right', onCell: span, render: (_, r) => <div><Text strong>{r.o.totalText}</Text>{r.o.shipping ? <div style={{ fontSize: 12 }}>含运费 {r.o.shipping.toFixed(2)}</div> : null}</div> },
    { title: '订单状态', key: 'status', width: 120, onCell: span, render: (_, r) => <div>{statusTag(r.o)}{r.o.tracking ? <div style={{ fontSize: 12 }}>运单号 {r.o.tracking}</div> : null}</div> },
    { title: '操作', key: 'op', width: 100, onCell: span, render: () => <Space direction="vertical" size={0}><a>查看详情</a><a>备注</a></Space> },
  ];
  const goods = orders.reduce((s, o) => s + o.items.reduce((a, it) => a + it.qty, 0), 0);
  return (
    <Table rowKey="key" columns={columns} dataSource={rows} bordered size="small" pagination={false}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}><Text strong>合计</Text></Table.Summary.Cell>
          <Table.Summary.Cell index={1}>{orders.length} 个订单</Table.Summary.Cell>
          <Table.Summary.Cell index={2} />
          <Table.Summary.Cell index={3} align="center">{goods} 件</Table.Summary.Cell>
          <Table.Summary.Cell index={4} />
          <Table.Summary.Cell index={5} align="right"><Text strong>{money(sum(orders), 'plain')}</Text></Table.Summary.Cell>
          <Table.Summary.Cell index={6} colSpan={2} />
        </Table.Summary.Row>
      )} />
  );
}

// ---------- configuration: expandable rows ----------
function ExpandTable() {
  const columns = [
    { title: '订单号', dataIndex: 'id', key: 'id', width: 230 },
    { title: '成交时间', dataIndex: 'placedText', key: 'placed', width: 130 },
    { title: '商品', key: 'goods', render: (_, o) => `${o.items[0].name}${o.items.length > 1 ? ` 等${o.items.length}件` : ''}` },
    { title: '买家', dataIndex: 'buyer', key: 'buyer', width: 130 },
    { title: '订单金额', dataIndex: 'totalText', key: 'total', width: 120, align: 'right' },
    { title: '订单状态', key: 'status', width: 140, render: (_, o) => statusTag(o) },
    { title: '售后状态', key: 'after', width: 100, render: (_, o) => (o.status === 'refund_requested' ? <Badge status="error" text="处理中" /> : o.status === 'refunded' ? <Badge status="default" text="已完结" /> : '—') },
  ];
  const sub = (o) => (
    <Table size="small" pagination={false} rowKey="subId" dataSource={o.subOrders}
      columns={[
        { title: '子订单号', dataIndex: 'subId', key: 'subId', width: 230 },
        { title: '包裹号', dataIndex: 'pkg', key: 'pkg', width: 140 },
        { title: '商品', dataIndex: 'name', key: 'name' },
        { title: '规格编码', dataIndex: 'sku', key: 'sku', width: 120 },
        { title: '数量', dataIndex: 'qty', key: 'qty', width: 60 },
        { title: '单价', dataIndex: 'priceText', key: 'price', width: 100 },
        { title: '运单号', key: 'trk', width: 170, render: () => o.tracking || '未发货' },
      ]} />
  );
  return <Table rowKey="id" columns={columns} dataSource={orders} pagination={false} expandable={{ expandedRowRender: sub, defaultExpandAllRows: true }} />;
}

// ---------- configuration: virtual ----------
function VirtualTable() {
  const columns = [
    { title: '订单编号', dataIndex: 'id', key: 'id', width: 200, fixed: 'left' },
    { title: '商品信息', key: 'goods', width: 320, render: (_, o) => <Text ellipsis style={{ width: 300 }}>{o.items[0].name}</Text> },
    { title: '下单时间', dataIndex: 'placedText', key: 'placed', width: 180 },
    { title: '收件人手机', dataIndex: 'phoneMasked', key: 'phone', width: 140 },
    { title: '应付', dataIndex: 'totalText', key: 'total', width: 120, align: 'right' },
    { title: '订单状态', key: 'status', width: 110, render: (_, o) => statusTag(o) },
    { title: '快递单号', key: 'trk', width: 190, render: (_, o) => o.tracking || '-' },
    { title: '操作', key: 'op', width: 100, fixed: 'right', render: () => <a>查看详情</a> },
  ];
  return <Table virtual rowKey="id" columns={columns} dataSource={orders} rowSelection={{}} scroll={{ x: 1400, y: 520 }} pagination={false} size="small" />;
}

function EmptyTable() {
  const columns = ['订单号', '宝贝', '单价', '数量', '买家', '交易状态', '实收款', '操作'].map((t) => ({ title: t, key: t, dataIndex: t }));
  return <Table columns={columns} dataSource={[]} rowSelection={{}} />;
}

// ---------- configuration: one card per order (as sold-item pages list them), items as rows inside ----------
function CardList() {
  return (
    <List
      dataSource={orders} rowKey="id" split={false}
      renderItem={(o) => (
        <List.Item style={{ padding: '0 0 12px' }}>
          <Card size="small" style={{ width: '100%' }} styles={{ header: { background: '#f5f7fa' } }}
            title={<Space size={24} wrap><Checkbox /><Text strong>订单号：{o.id}</Text><Text type="secondary">成交时间：{o.placedText}</Text><Text>{o.buyer}</Text><Text type="secondary">{o.phoneMasked}</Text></Space>}
            extra={<Space><a>备注</a><a>详情</a></Space>}>
            <Row gutter={16} align="middle">
              <Col span={14}>
                {o.items.map((it, i) => (
                  <Row key={i} gutter={8} style={{ padding: '6px 0', borderBottom: i < o.items.length - 1 ? '1px dashed #eee' : 'none' }}>
                    <Col span={14}>{it.name}<div><Text type="secondary" style={{ fontSize: 12 }}>商家编码：{o.subOrders[i].sku}</Text></div></Col>
                    <Col span={5} style={{ textAlign: 'right' }}>{it.priceText}</Col>
                    <Col span={5} style={{ textAlign: 'center' }}>{it.qty}</Col>
                  </Row>
                ))}
              </Col>
              <Col span={4} style={{ textAlign: 'center' }}>{statusTag(o)}{o.tracking ? <div style={{ fontSize: 12, marginTop: 4 }}>{o.tracking}</div> : null}</Col>
              <Col span={3} style={{ textAlign: 'right' }}><Text strong>{o.totalText}</Text><div><Text type="secondary" style={{ fontSize: 12 }}>{o.shipping ? `(含快递：¥${o.shipping.toFixed(2)})` : '(包邮)'}</Text></div></Col>
              <Col span={3} style={{ textAlign: 'center' }}>{o.status === 'awaiting_shipment' ? <Button size="small" type="primary">发货</Button> : <Button size="small">查看物流</Button>}</Col>
            </Row>
          </Card>
        </List.Item>
      )}
      header={<Row gutter={16} style={{ padding: '0 12px', color: '#666' }}><Col span={8}>宝贝</Col><Col span={3} style={{ textAlign: 'right' }}>单价</Col><Col span={3} style={{ textAlign: 'center' }}>数量</Col><Col span={4} style={{ textAlign: 'center' }}>交易状态</Col><Col span={3} style={{ textAlign: 'right' }}>实收款</Col><Col span={3} style={{ textAlign: 'center' }}>操作</Col></Row>}
    />
  );
}

const TABLES = { fixed: FixedTable, merged: MergedTable, expand: ExpandTable, virtual: VirtualTable, empty: EmptyTable, cards: CardList };

function App() {
  useReady(cfg === 'virtual' ? 900 : 400);
  const T = TABLES[cfg];
  const total = cfg === 'empty' ? 0 : cfg === 'virtual' ? orders.length : orders.length + 214;
  return (
    <ConfigProvider locale={zhCN}>
      <Layout style={{ minHeight: '100vh' }}>
        <Sider width={200} theme="light">
          <div style={{ height: 48, lineHeight: '48px', paddingLeft: 24, fontWeight: 600 }}>{cfg === 'merged' ? '京麦商家' : cfg === 'virtual' ? '抖店' : cfg === 'expand' ? '拼多多商家后台' : '千牛工作台'}</div>
          <Menu mode="inline" defaultOpenKeys={['trade']} defaultSelectedKeys={['sold']} items={menuItems} />
        </Sider>
        <Layout>
          <Header style={{ background: '#fff', padding: '0 24px', height: 48, lineHeight: '48px' }}>
            <Space><Text>店铺：{cfg === 'merged' ? '优选数码旗舰店' : '小满生活馆'}</Text><Badge count={5}><a>消息</a></Badge></Space>
          </Header>
          <Content style={{ padding: 16 }}>
            <Breadcrumb items={[{ title: '交易管理' }, { title: '订单' }]} style={{ marginBottom: 12 }} />
            <Stats />
            <Card style={{ marginBottom: 16 }}><Filters /></Card>
            <Card>
              <StatusTabs />
              <Space style={{ marginBottom: 12 }}><Button>批量发货</Button><Button>批量备注</Button><Button>导出订单</Button></Space>
              <T />
              <Pagination style={{ marginTop: 16, textAlign: 'right' }} total={total} pageSize={cfg === 'virtual' ? 500 : 20} showSizeChanger showQuickJumper showTotal={(t) => `共 ${t} 条`} />
            </Card>
          </Content>
        </Layout>
      </Layout>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
