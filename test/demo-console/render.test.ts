// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { generateDemoOrders, ordersOnPage } from '../../scripts/demo-console/orders.mjs';
import { escapeHtml, formatShanghai, formatYuan, renderOrdersPage } from '../../scripts/demo-console/render.mjs';

const NOW = Date.UTC(2026, 10, 25, 4, 0, 0);
const orders = generateDemoOrders({ now: NOW });

function tableOf(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const headers = [...doc.querySelectorAll('table.order-table thead th')].map((th) => th.textContent);
  const rows = [...doc.querySelectorAll('table.order-table tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  );
  return { doc, headers, rows };
}

describe('escapeHtml', () => {
  it('escapes markup characters so a buyer name stays text', () => {
    expect(escapeHtml('<script>alert("x")</script> & \'y\'')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
    expect(escapeHtml(3)).toBe('3');
  });
});

describe('formatting', () => {
  it('writes yuan with thousands separators and marks an unreadable amount', () => {
    expect(formatYuan(129900)).toBe('¥1,299.00');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(null)).toBe('¥--');
  });

  it('writes wall-clock time in Shanghai', () => {
    expect(formatShanghai(Date.UTC(2026, 10, 24, 16, 5, 9))).toBe('2026-11-25 00:05:09');
  });
});

describe('renderOrdersPage', () => {
  it('renders page 1 as the contract table: 21 rows, the malformed amount, the planted late order', () => {
    const { doc, headers, rows } = tableOf(renderOrdersPage({ orders, page: 1 })!);
    expect(headers).toEqual(['订单号', '买家', '商品', '数量', '单价', '运费', '优惠', '实付款', '下单时间', '付款时间', '订单状态', '操作']);
    expect(rows).toHaveLength(21);
    expect(rows.filter((r) => r[7] === '¥--')).toHaveLength(1);
    const late = rows.find((r) => r[0] === 'DS381208567195');
    // Paid 70 h before 2026-11-25 12:00:00, placed 47 s before paying.
    expect(late).toEqual([
      'DS381208567195', '豆豆妈妈', '手工冷制皂 玫瑰 100g', '3', '¥29.90', '¥8.00', '¥0.00', '¥97.70',
      '2026-11-22 13:59:13', '2026-11-22 14:00:00', '待发货', '发货 详情',
    ]);
    expect(rows.find((r) => r[10] === '等待买家付款')?.[9]).toBe('—');
    expect(doc.querySelector('nav.pager')?.textContent).toContain('共 6 页');
    expect(doc.querySelector('nav.pager a[href="/orders?page=2"]')?.textContent).toBe('2');
  });

  it('renders the last page with 20 rows and no next link', () => {
    const { doc, rows } = tableOf(renderOrdersPage({ orders, page: 6 })!);
    expect(rows.map((r) => r[0])).toEqual(ordersOnPage(orders, 6).map((o) => o.orderId));
    expect([...doc.querySelectorAll('nav.pager a')].some((a) => a.textContent === '下一页')).toBe(false);
  });

  it('has no page 0 or 7', () => {
    expect(renderOrdersPage({ orders, page: 0 })).toBeNull();
    expect(renderOrdersPage({ orders, page: 7 })).toBeNull();
    expect(renderOrdersPage({ orders, page: Number.NaN })).toBeNull();
  });

  it('shows a buyer name containing markup as text, never as an element', () => {
    const hostile = orders.map((o, i) => (i === 0 ? { ...o, buyer: '<script>alert(1)</script><b>x</b>' } : o));
    const html = renderOrdersPage({ orders: hostile, page: 1 })!;
    expect(html).not.toContain('<script>');
    const { doc, rows } = tableOf(html);
    expect(rows[0]?.[1]).toBe('<script>alert(1)</script><b>x</b>');
    expect(doc.querySelectorAll('table.order-table script, table.order-table b')).toHaveLength(0);
  });
});
