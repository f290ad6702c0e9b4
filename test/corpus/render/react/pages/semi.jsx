import React from 'react';
import { createRoot } from 'react-dom/client';
import '@douyinfe/semi-ui/dist/css/semi.min.css';
import zhCN from '@douyinfe/semi-ui/lib/es/locale/source/zh_CN';
import {
  LocaleProvider, Layout, Nav, Form, Button, Tabs, TabPane, Card, Table, Tag, Space, Typography, Pagination, Empty, Row, Col, Breadcrumb,
} from '@douyinfe/semi-ui';
import { IllustrationNoResult } from '@douyinfe/semi-illustrations';
import { P, useReady, countStatus, sum, money } from './common.js';

const { Sider, Header, Content } = Layout;
const { Text, Title } = Typography;
const cfg = P.config;
const orders = cfg === 'empty' ? [] : P.orders;
const COLOR = { warning: 'orange', processing: 'blue', info: 'cyan', success: 'green', default: 'grey', error: 'red' };
const tag = (o) => <Tag color={COLOR[o.tone]} size="small">{o.statusLabel}</Tag>;

const CHROME = {
  virtual: { brand: '拼多多商家后台', menu: ['店铺概况', '发货管理', '订单查询', '售后管理', '商品管理', '推广中心', '数据中心', '账户资金'] },
  groupby: { brand: '抖店', menu: ['首页', '商品', '订单管理', '售后工作台', '物流', '营销', '数据', '资金'] },
  merged: { brand: '拼多多商家后台', menu: ['店铺概况', '发货管理', '订单查询', '售后管理', '商品管理', '推广中心', '数据中心', '账户资金'] },
  empty: { brand: '抖店', menu: ['首页', '商品', '订单管理', '售后工作台', '物流', '营销', '数据', '资金'] },
}[cfg];

function Stats() {
  const today = orders.filter((o) => P.now - o.placed < 86400000);
  const items = [['今日订单数', String(today.length + (cfg === 'empty' ? 0 : 18))], ['今日成交金额', money(sum(today) + (cfg === 'empty' ? 0 : 2260), 'yen')], ['待发货订单', String(countStatus(orders, 'awaiting_shipment', cfg === 'empty' ? 0 : 5))], ['24小时内需发货', String(countStatus(orders, 'awaiting_shipment'))]];
  return (
    <Row gutter={16} style={{ marginBottom: 16 }}>
      {items.map(([k, v]) => <Col span={6} key={k}><Card><Text type="tertiary">{k}</Text><Title heading={3} style={{ margin: '6px 0 0' }}>{v}</Title></Card></Col>)}
    </Row>
  );
}

function Filters() {
  return (
    <Form layout="horizontal" labelPosition="left" style={{ flexWrap: 'wrap', rowGap: 8 }}>
      <Form.Input field="orderSn" label="订单号" placeholder="请输入订单号" style={{ width: 220 }} />
      <Form.Input field="goods" label="商品" placeholder="商品名称/商品ID" style={{ width: 180 }} />
      <Form.Input field="mobile" label="收货人手机号" placeholder="手机号" style={{ width: 160 }} />
      <Form.DatePicker field="range" type="dateTimeRange" label="成交时间" initValue={[new Date(P.now - 7 * 86400000), new Date(P.now)]} style={{ width: 380 }} />
      <Form.Select field="status" label="订单状态" initValue="all" style={{ width: 140 }} optionList={[{ label: '全部', value: 'all' }, { label: '待发货', value: 'w' }, { label: '已发货', value: 's' }, { label: '已签收', value: 'd' }]} />
      <Space><Button type="primary" theme="solid">查询</Button><Button>重置</Button><Button theme="borderless">导出订单</Button></Space>
    </Form>
  );
}

function VirtualTable() {
  const columns = [
    { title: '订单号', dataIndex: 'id', width: 240, fixed: true },
    { title: '商品', dataIndex: 'goods', width: 320, render: (_, o) => <Text ellipsis={{ showTooltip: false }} style={{ width: 300 }}>{o.items[0].name}</Text> },
    { title: '成交时间', dataIndex: 'placedText', width: 190 },
    { title: '实付金额', dataIndex: 'totalText', width: 120, align: 'right' },
    { title: '订单状态', dataIndex: 'status', width: 150, render: (_, o) => tag(o) },
    { title: '收货人', dataIndex: 'phoneMasked', width: 160, render: (v, o) => `${o.buyer} ${v}` },
    { title: '快递单号', dataIndex: 'tracking', width: 200, render: (v) => v || '—' },
  ];
  return <Table rowKey="id" columns={columns} dataSource={orders} virtualized={{ itemSize: 52 }} scroll={{ y: 520, x: 1380 }} pagination={false} rowSelection={{ fixed: true }} />;
}

function GroupTable() {
  const rows = orders.flatMap((o) => o.items.map((it, i) => ({ key: `${o.id}-${i}`, oid: o.id, o, it, sub: o.subOrders[i] })));
  const byId = new Map(orders.map((o) => [o.id, o]));
  const columns = [
    { title: '商品信息', dataIndex: 'name', render: (_, r) => <div>{r.it.name}<div><Text type="tertiary" size="small">商家编码 {r.sub.sku}</Text></div></div> },
    { title: '单价', dataIndex: 'price', width: 110, align: 'right', render: (_, r) => r.it.priceText },
    { title: '数量', dataIndex: 'qty', width: 70, align: 'center', render: (_, r) => `x${r.it.qty}` },
    { title: '售后', dataIndex: 'after', width: 110, render: (_, r) => (r.o.status === 'refund_requested' && r.it === r.o.items[0] ? <Tag color="red" size="small">售后中</Tag> : '—') },
    { title: '收件人', dataIndex: 'buyer', width: 170, render: (_, r) => <div>{r.o.buyer}<div><Text type="tertiary" size="small">{r.o.phoneMasked}</Text></div></div> },
    { title: '物流', dataIndex: 'trk', width: 190, render: (_, r) => r.o.tracking || '待发货' },
  ];
  const section = (oid) => {
    const o = byId.get(oid);
    return (
      <Space spacing={24}>
        <Text strong>订单编号：{o.id}</Text>
        <Text type="secondary">下单时间：{o.placedText}</Text>
        <Text>实付：<Text strong>{o.totalText}</Text></Text>
        {tag(o)}
      </Space>
    );
  };
  return <Table rowKey="key" columns={columns} dataSource={rows} groupBy="oid" renderGroupSection={section} pagination={false} rowSelection={{}} defaultExpandAllGroupRows />;
}

function MergedTable() {
  const rows = orders.flatMap((o) => o.items.map((it, i) => ({ key: `${o.id}-${i}`, o, it, sub: o.subOrders[i], first: i === 0, n: o.items.length })));
  // Semi merges cells through render's { children, props: { rowSpan } }
  const merged = (fn) => (v, r) => ({ children: fn(v, r), props: { rowSpan: r.first ? r.n : 0 } });
  const columns = [
    { title: '订单编号', dataIndex: 'id', width: 240, fixed: true, render: merged((_, r) => <div>{r.o.id}<div><Text type="tertiary" size="small">{r.o.placedText}</Text></div></div>) },
    { title: '商品', dataIndex: 'goods', width: 320, render: (_, r) => <div>{r.it.name}<div><Text type="tertiary" size="small">规格编码：{r.sub.sku}</Text></div></div> },
    { title: '单价/数量', dataIndex: 'pq', width: 130, render: (_, r) => `${r.it.priceText} × ${r.it.qty}` },
    { title: '买家', dataIndex: 'buyer', width: 160, render: merged((_, r) => <div>{r.o.buyer}<div>{r.o.phoneMasked}</div></div>) },
    { title: '订单金额', dataIndex: 'total', width: 130, align: 'right', render: merged((_, r) => <div><Text strong>{r.o.totalText}</Text><div><Text type="tertiary" size="small">{r.o.discount ? `优惠 ¥${r.o.discount.toFixed(2)}` : r.o.shipping ? `运费 ¥${r.o.shipping.toFixed(2)}` : '免运费'}</Text></div></div>) },
    { title: '订单状态', dataIndex: 'status', width: 140, render: merged((_, r) => tag(r.o)) },
    { title: '物流单号', dataIndex: 'trk', width: 190, render: merged((_, r) => r.o.tracking || '—') },
    { title: '操作', dataIndex: 'op', width: 110, fixed: 'right', render: merged(() => <Space vertical spacing={2}><Button theme="borderless" size="small">订单详情</Button><Button theme="borderless" size="small">添加备注</Button></Space>) },
  ];
  return <Table rowKey="key" columns={columns} dataSource={rows} bordered scroll={{ x: 1500 }} pagination={false} rowSelection={{ fixed: true, getCheckboxProps: (r) => ({ disabled: !r.first }) }} />;
}

function EmptyTable() {
  const columns = ['订单编号', '商品信息', '单价', '数量', '收件人', '实付金额', '订单状态', '操作'].map((t) => ({ title: t, dataIndex: t }));
  return <Table columns={columns} dataSource={[]} rowSelection={{}} empty={<Empty image={<IllustrationNoResult style={{ width: 150, height: 150 }} />} description="暂无符合条件的订单" />} pagination={false} />;
}

const T = { virtual: VirtualTable, groupby: GroupTable, merged: MergedTable, empty: EmptyTable }[cfg];

function App() {
  useReady(1000);
  const tabs = [['全部', orders.length + (cfg === 'empty' ? 0 : cfg === 'virtual' ? 0 : 150)], ['待支付', countStatus(orders, 'awaiting_payment')], ['待发货', countStatus(orders, 'awaiting_shipment')], ['已发货', countStatus(orders, 'shipped')], ['已签收', countStatus(orders, 'delivered')], ['售后中', countStatus(orders, 'refund_requested')], ['已取消', countStatus(orders, 'cancelled')]];
  return (
    <LocaleProvider locale={zhCN}>
      <Layout style={{ minHeight: '100vh' }}>
        <Sider>
          <Nav style={{ height: '100%' }} defaultSelectedKeys={['m2']} header={{ text: CHROME.brand }}
            items={CHROME.menu.map((m, i) => ({ itemKey: `m${i}`, text: m }))} footer={{ collapseButton: true }} />
        </Sider>
        <Layout>
          <Header style={{ background: 'var(--semi-color-bg-1)', height: 52, display: 'flex', alignItems: 'center', padding: '0 20px', borderBottom: '1px solid var(--semi-color-border)' }}>
            <Breadcrumb routes={['订单', cfg === 'groupby' || cfg === 'empty' ? '订单管理' : '订单查询']} />
          </Header>
          <Content style={{ padding: 16, background: 'var(--semi-color-fill-0)' }}>
            <Stats />
            <Card style={{ marginBottom: 16 }}><Filters /></Card>
            <Card>
              <Tabs type="line" defaultActiveKey={cfg === 'empty' ? 't5' : 't0'}>{tabs.map(([l, n], i) => <TabPane key={`t${i}`} itemKey={`t${i}`} tab={`${l} (${n})`} />)}</Tabs>
              <div style={{ marginTop: 12 }}><T /></div>
              <div style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 16 }}>
                <Pagination total={tabs[0][1]} pageSize={cfg === 'virtual' ? 500 : 20} showSizeChanger showQuickJumper showTotal />
              </div>
            </Card>
          </Content>
        </Layout>
      </Layout>
    </LocaleProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
