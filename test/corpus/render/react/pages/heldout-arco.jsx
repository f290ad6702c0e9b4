// Held-out page on Arco Design: bordered table with row selection and a sticky right action column.
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@arco-design/web-react/dist/css/arco.css';
import enUS from '@arco-design/web-react/es/locale/en-US';
import { ConfigProvider, Table, Tag, Typography } from '@arco-design/web-react';
import { P, useReady } from './common.js';
import { COLUMNS, TONE, lines } from './heldout-common.js';

const COLOR = { warning: 'orange', processing: 'arcoblue', info: 'cyan', success: 'green', default: 'gray', error: 'red' };

function App() {
  useReady(900);
  const columns = COLUMNS.map((c) => ({
    title: c.title, key: c.key, width: c.width, fixed: c.fixed, align: c.align,
    render: (_, o) => c.kind === 'status' ? <Tag color={COLOR[TONE[o.status]]}>{o.statusText}</Tag> : <div>{lines(o, c.kind).map((l, i) => <div key={i}>{l}</div>)}</div>,
  }));
  columns.push({ title: 'Actions', key: 'act', fixed: 'right', width: 110, render: () => <a>View</a> });
  return (
    <ConfigProvider locale={enUS}>
      <div style={{ padding: 16 }}>
        <Typography.Title heading={5}>{P.options.heading}</Typography.Title>
        <Table rowKey="orderId" columns={columns} data={P.orders} border pagination={false} scroll={{ x: 1500 }}
          rowSelection={{ type: 'checkbox', defaultSelectedRowKeys: [P.orders[1].orderId] }} />
      </div>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
