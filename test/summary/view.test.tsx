// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { SummaryView } from '../../components/Summary';
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
    expect([...root.querySelectorAll('[data-testid="summary-carriers"] tbody tr')].map((tr) => tr.textContent)).toEqual(['SF1101', '中通1000']);
  });
});
