// Held-out page on Fusion Next: a table with locked (fixed) left and right columns and row selection.
import React from 'react';
import { createRoot } from 'react-dom/client';
import '@alifd/next/dist/next.min.css';
import zhCN from '@alifd/next/lib/locale/zh-cn';
import { ConfigProvider, Table, Tag } from '@alifd/next';
import { P, useReady } from './common.js';
import { COLUMNS, TONE, lines } from './heldout-common.js';

const COLOR = { warning: 'orange', processing: 'blue', info: 'turquoise', success: 'green', default: undefined, error: 'red' };

function App() {
  useReady(900);
  return (
    <ConfigProvider locale={zhCN}>
      <div style={{ padding: 16, width: 1200 }}>
        <h3>{P.options.heading}</h3>
        <Table dataSource={P.orders} primaryKey="orderId" hasBorder rowSelection={{ onChange: () => {}, selectedRowKeys: [P.orders[2].orderId] }}>
          {COLUMNS.map((c) => (
            <Table.Column key={c.key} title={c.title} dataIndex={c.key} lock={c.fixed} width={c.width || 160} align={c.align}
              cell={(_, i, o) => (c.kind === 'status' ? <Tag size="small" color={COLOR[TONE[o.status]]}>{o.statusText}</Tag> : <div>{lines(o, c.kind).map((l, k) => <div key={k}>{l}</div>)}</div>)} />
          ))}
          <Table.Column title="操作" lock="right" width={100} cell={() => <a href="#">查看</a>} />
        </Table>
      </div>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
