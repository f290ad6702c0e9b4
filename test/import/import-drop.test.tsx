// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ImportDrop } from '../../components/ImportDrop';

const HEADER = '订单号,下单时间,实付金额,订单状态,商品';
const line = (i: number) => `A${String(i).padStart(5, '0')},2026-11-20 10:00:00,12.00,待发货,杯子`;

function choose(root: HTMLElement, name: string, text: string): void {
  const input = root.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
  const file = new File([text], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const q = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`);

describe('ImportDrop', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('previews the mapping, sends 5000 orders per message, and lists the skipped lines', async () => {
    const sent: { fileName: string; count: number }[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const m = message as { type: string; fileName: string; orders: unknown[] };
      sent.push({ fileName: m.fileName, count: m.orders.length });
      return { ok: true, written: m.orders.length, changed: m.orders.length, findings: 2 };
    });
    const rows = Array.from({ length: 6001 }, (_, i) => line(i + 1));
    rows.splice(10, 0, 'A99999,not a date,12.00,待发货,杯子');
    const root = document.createElement('div');
    render(<ImportDrop lang="en" />, root);
    choose(root, '导出订单.csv', [HEADER, ...rows].join('\n'));

    await vi.waitFor(() => expect(q(root, 'import-preview')).not.toBeNull());
    expect(q(root, 'import-format')!.textContent).toBe('导出订单.csv: Order report (columns by name) (UTF-8), header on line 1');
    expect([...root.querySelectorAll('[data-testid="import-mapping"] tbody tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent])).toEqual([
      ['订单号', 'Order number'],
      ['下单时间', 'Order time'],
      ['实付金额', 'Amount paid (order total)'],
      ['订单状态', 'Order status'],
      ['商品', 'Item'],
    ]);
    expect(sent).toEqual([]);

    (q(root, 'import-start') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(q(root, 'import-result')).not.toBeNull(), { timeout: 10_000 });
    expect(sent).toEqual([
      { fileName: '导出订单.csv', count: 5000 },
      { fileName: '导出订单.csv', count: 1001 },
    ]);
    expect(q(root, 'import-result')!.querySelector('p')!.textContent).toBe(
      'Imported 6,001 orders from 导出订单.csv. 4 findings; 6,001 orders new or changed.',
    );
    expect([...root.querySelectorAll('[data-testid="import-skipped"] li')].map((li) => li.textContent)).toEqual([
      'line 12: A99999: 下单时间 "not a date" is not a date and time',
    ]);
  });

  it('says why when the background refuses the orders, and when the file is not an order report', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'database is full' });
    const root = document.createElement('div');
    render(<ImportDrop lang="zh" />, root);
    choose(root, 'a.csv', [HEADER, line(1)].join('\n'));
    await vi.waitFor(() => expect(q(root, 'import-start')).not.toBeNull());
    (q(root, 'import-start') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(q(root, 'import-error')?.textContent).toBe('导入中止：database is full'));

    choose(root, 'notes.csv', 'a,b\n1,2\n');
    await vi.waitFor(() =>
      expect(q(root, 'import-error')?.textContent).toBe('notes.csv 中没有找到订单报表：no header row with an order number, an order time and an amount'),
    );
  });
});
