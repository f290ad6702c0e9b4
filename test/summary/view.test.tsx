// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { SummaryView } from '../../components/Summary';
import { SummaryParts } from '../../entrypoints/report/Parts';
import { summarizeWeek } from '../../lib/summary/week';
import { NOW, input } from './fixture';

describe('SummaryView', () => {
  const summary = summarizeWeek(input, '2026-W47', { timeZone: 'Asia/Shanghai', weekStartsOn: 1, shop: 'all', now: NOW });

  it('shows the same figures and changes the exports write', () => {
    const root = document.createElement('div');
    render(<SummaryView summary={summary} lang="en" />, root);
    const text = (id: string) => root.querySelector(`[data-testid="${id}"]`)!.textContent;
    expect(text('figure-opened')).toBe('6');
    expect(text('figure-moneyCents')).toBe('¥74.90 + $2.50');
    expect(root.querySelector('[data-figure="opened"] .change')!.textContent).toBe('↑ 1100% vs 4-week average');
    expect(root.querySelector('[data-figure="opened"] .change')!.className).toBe('change change-up');
    expect(text('money-CNY')).toBe('refunded ¥10.00 · compensated ¥0.00 · claimed in findings ¥64.90');
    // Scraped text (a note with a newline, a buyer like a formula) is text, never markup.
    expect([...root.querySelectorAll('[data-testid="summary-notes"] > li')].map((li) => li.getAttribute('data-case-key'))).toEqual([
      'ship-deadline|taobao|T1',
      'tracking-stalled|demo|D4',
      'ship-deadline|demo|D6',
    ]);
    expect(root.querySelector('[data-case-key="tracking-stalled|demo|D4"] li')!.textContent).toBe('2026-11-18 12:00 催快递, 查件中\n第二行');
  });

  it('draws each part as a chart with its numbers written, and the carrier scorecard beside its table', () => {
    const root = document.createElement('div');
    render(<SummaryParts summary={summary} lang="en" />, root);
    const label = (id: string) => root.querySelector(`[data-testid="${id}"] svg`)!.getAttribute('aria-label');
    expect(label('chart-reasons')).toBe('By after-sales reason: late 2, no reason shown 2, not received 1, quality 1');
    expect(label('chart-responsible')).toBe('By responsible party: carrier 2, seller 2, unknown 2');
    expect(label('chart-causes')).toBe('By cause: cause not recorded 6');
    expect(label('chart-target')).toBe('Resolved within the 24 h target: All cases: within 24 h 2, over 24 h 0; Complaints and disputes: within 24 h 1, over 24 h 0');
    expect(label('chart-remedies')).toBe('Remedies: refunded 1 (¥10.00), partial compensation 1 ($2.50)');
    expect(root.querySelector('[data-testid="remedies-paid"]')!.textContent).toBe('Paid to buyers: ¥10.00 + $2.50');
    expect(label('chart-carriers')).toBe(
      'Carrier scorecard: SF: Shipped 1, Late first scan 0, Stalled 0, Lost 1, Delivered late 1; 中通: Shipped 1, Late first scan 0, Stalled 0, Lost 0, Delivered late 0',
    );
    expect([...root.querySelectorAll('[data-testid="summary-carriers"] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
      ['SF', '1', '0', '0', '1', '1'],
      ['中通', '1', '0', '0', '0', '0'],
    ]);
    // Written as SVG text by Preact, never as markup: a carrier name is only text.
    expect(root.querySelector('[data-testid="chart-carriers"] .chart-axis')!.textContent).toBe('SF (1)');
  });
});
