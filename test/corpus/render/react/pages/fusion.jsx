import React from 'react';
import { createRoot } from 'react-dom/client';
import '@alifd/next/dist/next.min.css';
import zhCN from '@alifd/next/lib/locale/zh-cn';
import {
  ConfigProvider, Shell, Nav, Form, Input, Select, DatePicker2, Button, Tab, Card, Table, Tag, Box, Pagination, Breadcrumb, Balloon,
} from '@alifd/next';
import { P, useReady, countStatus, sum, money } from './common.js';

const cfg = P.config;
const orders = P.orders;
const TAG = { warning: 'warning', processing: 'primary', info: 'normal', success: 'normal', default: 'normal', error: 'primary' };
const status = (o) => <Tag size="small" type={TAG[o.tone] === 'primary' ? 'primary' : 'normal'} color={o.tone === 'error' ? 'red' : o.tone === 'success' ? 'green' : o.tone === 'warning' ? 'orange' : o.tone === 'processing' ? 'blue' : undefined}>{o.statusLabel}</Tag>;

const CHROME = {
  lock: { brand: '千牛卖家中心', menu: ['我的工作台', '交易管理', '已卖出的宝贝', '评价管理', '物流管理', '发货', '物流工具', '宝贝管理', '发布宝贝', '出售中的宝贝', '店铺管理'] },
  merged: { brand: '抖店 | 商家后台', menu: ['首页', '商品', '订单', '订单管理', '批量发货', '售后', '物流', '营销', '数据'] },
  virtual: { brand: '千牛卖家中心', menu: ['我的工作台', '交易管理', '已卖出的宝贝', '评价管理', '物流管理', '宝贝管理', '店铺管理'] },
  expand: { brand: '京东商家 · 京麦', menu: ['首页', '订单中心', '订单查询', '售后中心', '商品中心', '物流中心', '营销中心'] },
}[cfg];

function Stats() {
  const today = orders.filter((o) => P.now - o.placed < 86400000);
  const items = [['今日订单', `${today.length + 12}`], ['今日销售额', money(sum(today) + 1520.5, 'yen')], ['待发货', `${countStatus(orders, 'awaiting_shipment', 3)}`], ['退款中', `${countStatus(orders, 'refund_requested')}`]];
  return (
    <Box direction="row" spacing={16} style={{ marginBottom: 16 }}>
      {items.map(([k, v]) => <Card key={k} free style={{ flex: 1 }}><Card.Content><div style={{ color: '#666' }}>{k}</div><div style={{ fontSize: 24, fontWeight: 600, marginTop: 6 }}>{v}</div></Card.Content></Card>)}
    </Box>
  );
}

function Filters() {
  return (
    <Form inline labelAlign="left">
      <Form.Item label="订单编号"><Input placeholder="请输入订单编号" style={{ width: 210 }} /></Form.Item>
      <Form.Item label="宝贝名称"><Input placeholder="宝贝名称" style={{ width: 170 }} /></Form.Item>
      <Form.Item label="买家昵称"><Input placeholder="买家昵称" style={{ width: 140 }} /></Form.Item>
      <Form.Item label="成交时间"><DatePicker2.RangePicker showTime defaultValue={['2026-11-13 00:00:00', '2026-11-20 23:59:59']} /></Form.Item>
      <Form.Item label="交易状态"><Select defaultValue="all" style={{ width: 130 }} dataSource={[{ label: '全部', value: 'all' }, { label: '等待买家付款', value: 'a' }, { label: '买家已付款', value: 'b' }, { label: '卖家已发货', value: 'c' }, { label: '交易成功', value: 'd' }]} /></Form.Item>
      <Form.Item><Button type="primary">搜索订单</Button> <Button>重置</Button> <Button text type="primary">批量导出</Button></Form.Item>
    </Form>
  );
}

function LockTable() {
  return (
    <Table dataSource={orders} primaryKey="id" rowSelection={{ onChange: () => {}, selectedRowKeys: [orders[3].id] }} hasBorder>
      <Table.Column title="订单号" dataIndex="id" lock="left" width={200} cell={(v) => <a href="#">{v}</a>} />
      <Table.Column title="宝贝" dataIndex="goods" width={330} cell={(_, i, o) => <div>{o.items[0].name}<div style={{ color: '#999', fontSize: 12 }}>商家编码：{o.items[0].sku}</div></div>} />
      <Table.Column title="单价" dataIndex="price" width={100} cell={(_, i, o) => o.items[0].priceText} />
      <Table.Column title="数量" dataIndex="qty" width={70} cell={(_, i, o) => o.items[0].qty} />
      <Table.Column title="买家" dataIndex="buyer" width={150} cell={(v, i, o) => <div>{v}<div style={{ color: '#999' }}>{o.phoneMasked}</div></div>} />
      <Table.Column title="成交时间" dataIndex="placedText" width={170} />
      <Table.Column title="交易状态" dataIndex="status" width={130} cell={(_, i, o) => status(o)} />
      <Table.Column title="物流单号" dataIndex="tracking" width={180} cell={(v) => v || '-'} />
      <Table.Column title="实收款" dataIndex="totalText" lock="right" width={120} align="right" cell={(v, i, o) => <div><b>{v}</b><div style={{ color: '#999', fontSize: 12 }}>{o.shipping ? `(含快递:￥${o.shipping.toFixed(2)})` : '(包邮)'}</div></div>} />
      <Table.Column title="操作" dataIndex="op" lock="right" width={100} cell={(_, i, o) => <div><a>详情</a><br /><a>{o.status === 'awaiting_shipment' ? '发货' : '备注'}</a></div>} />
    </Table>
  );
}

function MergedTable() {
  const rows = orders.flatMap((o) => o.items.map((it, i) => ({ key: `${o.id}-${i}`, o, it, sub: o.subOrders[i], first: i === 0, n: o.items.length })));
  const merged = new Set(['id', 'buyer', 'total', 'status', 'op']);
  const cellProps = (rowIndex, colIndex, dataIndex, r) => (merged.has(dataIndex) && r.first ? { rowSpan: r.n } : undefined);
  // rows whose merged cells are covered are skipped by the table itself for rowSpan > 1
  return (
    <Table dataSource={rows} primaryKey="key" cellProps={cellProps} fixedHeader maxBodyHeight={2000} hasBorder>
      <Table.Column title="订单编号" dataIndex="id" width={210} cell={(_, i, r) => <div>{r.o.id}<div style={{ color: '#999', fontSize: 12 }}>创建时间 {r.o.placedText}</div></div>} />
      <Table.Column title="商品" dataIndex="goods" cell={(_, i, r) => <div>{r.it.name}<div style={{ color: '#999', fontSize: 12 }}>商品编码 {r.sub.sku}</div></div>} />
      <Table.Column title="单价/数量" dataIndex="pq" width={120} cell={(_, i, r) => `${r.it.priceText} x${r.it.qty}`} />
      <Table.Column title="买家/收货人" dataIndex="buyer" width={160} cell={(_, i, r) => <div>{r.o.buyer}<div>{r.o.phone}</div></div>} />
      <Table.Column title="应付(元)" dataIndex="total" width={110} align="right" cell={(_, i, r) => <b>{r.o.totalText}</b>} />
      <Table.Column title="订单状态" dataIndex="status" width={120} cell={(_, i, r) => <div>{status(r.o)}{r.o.tracking ? <div style={{ fontSize: 12 }}>{r.o.tracking}</div> : null}</div>} />
      <Table.Column title="操作" dataIndex="op" width={90} cell={() => <div><a>详情</a><br /><a>备注</a></div>} />
    </Table>
  );
}

function VirtualTable() {
  return (
    <Table dataSource={orders} primaryKey="id" useVirtual fixedHeader maxBodyHeight={520} rowSelection={{ onChange: () => {} }}>
      <Table.Column title="订单号" dataIndex="id" width={200} />
      <Table.Column title="宝贝名称" dataIndex="goods" width={320} cell={(_, i, o) => o.items[0].name} />
      <Table.Column title="下单时间" dataIndex="placedText" width={150} />
      <Table.Column title="买家" dataIndex="buyer" width={140} />
      <Table.Column title="实付款" dataIndex="totalText" width={120} align="right" />
      <Table.Column title="交易状态" dataIndex="status" width={140} cell={(_, i, o) => status(o)} />
      <Table.Column title="运单号" dataIndex="tracking" width={190} cell={(v) => v || '-'} />
    </Table>
  );
}

function ExpandTable() {
  const expanded = (o) => (
    <div style={{ padding: '6px 0' }}>
      {o.subOrders.map((s, k) => (
        <Box key={k} direction="row" spacing={24} style={{ padding: '4px 0', fontSize: 12 }}>
          <span>包裹{k + 1}：{s.pkg}</span><span>子单号 {s.subId}</span><span>{s.name}</span><span>SKU {s.sku}</span><span>×{s.qty}</span><span>运单 {o.tracking || '暂无'}</span>
        </Box>
      ))}
    </div>
  );
  return (
    <Table dataSource={orders} primaryKey="id" expandedRowRender={expanded} openRowKeys={orders.map((o) => o.id)} expandedRowIndent={[1, 0]} hasBorder={false}>
      <Table.Column title="订单号" dataIndex="id" width={150} />
      <Table.Column title="下单时间" dataIndex="placedText" width={170} />
      <Table.Column title="商品" dataIndex="goods" cell={(_, i, o) => `${o.items[0].name}${o.items.length > 1 ? ` 等${o.items.length}种商品` : ''}`} />
      <Table.Column title="客户账号" dataIndex="buyer" width={140} />
      <Table.Column title="订单金额" dataIndex="totalText" width={120} align="right" />
      <Table.Column title="订单状态" dataIndex="status" width={140} cell={(_, i, o) => status(o)} />
    </Table>
  );
}

const T = { lock: LockTable, merged: MergedTable, virtual: VirtualTable, expand: ExpandTable }[cfg];

function App() {
  useReady(1000);
  const tabs = [['全部', orders.length + (cfg === 'virtual' ? 0 : 96)], ['等待买家付款', countStatus(orders, 'awaiting_payment')], ['等待发货', countStatus(orders, ['awaiting_shipment'])], ['已发货', countStatus(orders, 'shipped')], ['退款中', countStatus(orders, 'refund_requested')], ['需要评价', 11], ['成功的订单', countStatus(orders, 'completed', 60)], ['关闭的订单', countStatus(orders, 'cancelled')]];
  return (
    <ConfigProvider locale={zhCN}>
      <Shell style={{ minHeight: '100vh' }} type="light">
        <Shell.Branding>{CHROME.brand}</Shell.Branding>
        <Shell.Action><span>{cfg === 'expand' ? '优选数码专营店' : '小满生活馆'}</span></Shell.Action>
        <Shell.Navigation>
          <Nav embeddable defaultSelectedKeys={['n2']} type="normal">
            {CHROME.menu.map((m, i) => <Nav.Item key={`n${i}`}>{m}</Nav.Item>)}
          </Nav>
        </Shell.Navigation>
        <Shell.Content>
          <Breadcrumb style={{ marginBottom: 12 }}><Breadcrumb.Item>交易管理</Breadcrumb.Item><Breadcrumb.Item>已卖出的宝贝</Breadcrumb.Item></Breadcrumb>
          <Stats />
          <Card free style={{ marginBottom: 16 }}><Card.Content><Filters /></Card.Content></Card>
          <Card free>
            <Card.Content>
              <Tab shape="pure">{tabs.map(([l, n], i) => <Tab.Item key={`t${i}`} title={`${l} (${n})`} />)}</Tab>
              <div style={{ margin: '12px 0' }}><Button>批量发货</Button> <Button>批量标记</Button> <Balloon trigger={<Button>批量免运费</Button>} triggerType="hover">仅限未付款订单</Balloon></div>
              <T />
              <Pagination style={{ marginTop: 16, textAlign: 'right' }} total={tabs[0][1]} pageSize={cfg === 'virtual' ? 500 : 20} pageSizeSelector="dropdown" totalRender={(t) => `共 ${t} 条`} />
            </Card.Content>
          </Card>
        </Shell.Content>
      </Shell>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
