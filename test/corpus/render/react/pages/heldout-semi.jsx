// Held-out page on Semi Design: merged cells (order cells span their item rows) with a fixed first column.
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@douyinfe/semi-ui/dist/css/semi.min.css';
import zhCN from '@douyinfe/semi-ui/lib/es/locale/source/zh_CN';
import { LocaleProvider, Table, Tag, Typography } from '@douyinfe/semi-ui';
import { P, useReady } from './common.js';
import { COLUMNS, TONE, lines } from './heldout-common.js';

const COLOR = { warning: 'orange', processing: 'blue', info: 'cyan', success: 'green', default: 'grey', error: 'red' };

function App() {
  useReady(900);
  const rows = P.orders.flatMap((o) => o.items.map((it, i) => ({ key: `${o.orderId}/${i}`, o, it, first: i === 0, span: o.items.length })));
  const columns = COLUMNS.map((c) => ({
    title: c.title, key: c.key, width: c.width, fixed: c.fixed,
    render: (_, r) => {
      const body = c.kind === 'item' ? <div>{r.it.name}<div style={{ color: '#888', fontSize: 12 }}>{r.it.sku} · ×{r.it.qty}</div></div>
        : c.kind === 'status' ? <Tag color={COLOR[TONE[r.o.status]]}>{r.o.statusText}</Tag>
        : <div>{lines(r.o, c.kind).map((l, i) => <div key={i}>{l}</div>)}</div>;
      return c.perOrder ? { children: body, props: { rowSpan: r.first ? r.span : 0 } } : body;
    },
  }));
  return (
    <LocaleProvider locale={zhCN}>
      <div style={{ padding: 16 }}>
        <Typography.Title heading={4}>{P.options.heading}</Typography.Title>
        <Table rowKey="key" columns={columns} dataSource={rows} bordered pagination={false} scroll={{ x: 1300 }} />
      </div>
    </LocaleProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
