// @vitest-environment happy-dom
// A web-component grid redraws its rows inside its shadow root, where the page's observer of the
// body sees nothing: the read cycle watches each shadow root that holds a read order (once), and
// a read of those changes reads the list whole, so the seller's findings follow the new rows.
import { describe, expect, it } from 'vitest';
import { jdPage } from '../../lib/adapters/jd';
import { newShadowRoots } from '../../lib/content/read-cycle';
import { EVERY_READER } from '../../lib/extract/flat';
import { readChanges, readPageWith } from '../../lib/extract/incremental';
import { READ_TEXTS, type RowTexts } from '../../lib/extract/read';

const URL_ = 'https://shop.jd.com/jdm/trade/orders/order-list';
const NOW = Date.parse('2026-12-06T12:25:00+08:00');
const HEADER = '<tr><th>订单编号</th><th>下单时间</th><th>订单金额</th><th>订单状态</th><th>收货人</th></tr>';
const row = (id: string, status: string) => `<tr><td>${id}</td><td>2026-12-06 11:40:00</td><td>￥88.00</td><td>${status}</td><td>王*</td></tr>`;

/** An app shell around an order table, each in its own open shadow root (as Lit admins draw them). */
function appShell(rows: string): ShadowRoot {
  document.body.innerHTML = '<order-app></order-app>';
  const shell = document.querySelector('order-app')!.attachShadow({ mode: 'open' });
  shell.innerHTML = '<h2>订单管理</h2><order-table></order-table>';
  const table = shell.querySelector('order-table')!.attachShadow({ mode: 'open' });
  table.innerHTML = `<table>${HEADER}${rows}</table>`;
  return table;
}

/** The records an observer of `root` (as the read cycle observes it) collects while `change` runs. */
async function recordsOf(root: Node, change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

const readTexts = (read: ReturnType<typeof readPageWith<RowTexts>>) => read.result.rows.map((r) => [r.order.orderId, r.order.cells.status]);

describe('shadow roots holding read orders', () => {
  it('are each watched once: the table\'s root for its rows, none for rows of the page itself', () => {
    const table = appShell(row('356170969311', '等待出库') + row('356170969312', '完成'));
    const [first, second] = [...table.querySelectorAll('tr')].slice(1).map((tr) => ({ row: tr.cells[0]! }));
    const watched = new WeakSet<Node>();
    expect(newShadowRoots([first!, second!], watched)).toEqual([table]);
    // The next read's rows are in the same root: nothing new to watch.
    expect(newShadowRoots([second!], watched)).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', '<table><tr><td>1</td></tr></table>');
    expect(newShadowRoots([{ row: document.body.querySelector('td')! }], new WeakSet())).toEqual([]);
  });

  it('read whole when their rows change: the next page\'s orders, a status changed', async () => {
    const table = appShell(row('356170969311', '等待出库') + row('356170969312', '完成'));
    const ctx = { url: URL_, now: NOW };
    const first = readPageWith(EVERY_READER, jdPage, document, ctx, READ_TEXTS);
    expect(readTexts(first)).toEqual([
      ['356170969311', '等待出库'],
      ['356170969312', '完成'],
    ]);
    // The table draws the next page in place of its rows.
    const records = await recordsOf(table, () => {
      for (const tr of [...table.querySelectorAll('tr')].slice(1)) tr.remove();
      for (const [id, status] of [['356170969313', '等待出库'], ['356170969314', '已锁定']] as const) {
        const tr = table.querySelector('table')!.appendChild(document.createElement('tr'));
        for (const text of [id, '2026-12-06 11:40:00', '￥88.00', status, '王*']) tr.appendChild(document.createElement('td')).textContent = text;
      }
    });
    expect(records.length).toBeGreaterThan(0);
    const next = readChanges(first, records, document, ctx);
    expect([next.how, readTexts(next)]).toEqual([
      'full',
      [
        ['356170969313', '等待出库'],
        ['356170969314', '已锁定'],
      ],
    ]);
    // One cell's text changes in place (a status): read whole again, the new status read.
    const cell = table.querySelectorAll('td')[3 + 5]!;
    const again = readChanges(next, await recordsOf(table, () => void (cell.firstChild!.nodeValue = '完成')), document, ctx);
    expect([again.how, readTexts(again)]).toEqual([
      'full',
      [
        ['356170969313', '等待出库'],
        ['356170969314', '完成'],
      ],
    ]);
  });
});
