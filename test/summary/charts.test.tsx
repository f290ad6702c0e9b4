// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Histogram } from '../../components/charts/Histogram';
import { StackedBars } from '../../components/charts/StackedBars';
import { TrendLine } from '../../components/charts/TrendLine';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

describe('charts say their values in text, not only in colour', () => {
  it('stacked bars: totals above bars, families in the legend and the label', () => {
    const root = mount(
      <StackedBars
        title="Cases per day"
        days={[
          { label: 'Mon 16', total: 3, segments: [{ family: 'shipping', name: 'Shipping', value: 2 }, { family: 'refund', name: 'Refunds', value: 1 }] },
          { label: 'Tue 17', total: 0, segments: [] },
        ]}
        legend={[{ family: 'refund', name: 'Refunds' }, { family: 'shipping', name: 'Shipping' }]}
      />,
    );
    expect(root.querySelector('figcaption')!.textContent).toBe('Cases per day');
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toBe('Cases per day: Mon 16: 3 (Shipping 2, Refunds 1); Tue 17: 0');
    expect([...root.querySelectorAll('.chart-value')].map((t) => t.textContent)).toEqual(['3', '0']);
    expect([...root.querySelectorAll('rect title')].map((t) => t.textContent)).toEqual(['Mon 16 · Shipping: 2', 'Mon 16 · Refunds: 1']);
    expect([...root.querySelectorAll('.chart-legend li')].map((li) => li.textContent)).toEqual(['Refunds', 'Shipping']);
  });

  it('histogram: every bucket’s count is written', () => {
    const root = mount(<Histogram title="Time to resolution" buckets={[{ label: '<1 h', value: 4 }, { label: '1–4 h', value: 0 }]} />);
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toBe('Time to resolution: <1 h 4, 1–4 h 0');
    expect([...root.querySelectorAll('.chart-value')].map((t) => t.textContent)).toEqual(['4', '0']);
  });

  it('trend: two lines told apart by dash and marker shape, every point labelled', () => {
    const root = mount(
      <TrendLine
        title="Last 8 weeks"
        labels={['W46', 'W47']}
        series={[
          { name: 'Opened', values: [2, 5], style: 'solid' },
          { name: 'Resolved', values: [1, 3], style: 'dashed' },
        ]}
      />,
    );
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toBe('Last 8 weeks: Opened: W46 2, W47 5; Resolved: W46 1, W47 3');
    expect(root.querySelectorAll('.trend-0 circle')).toHaveLength(2);
    expect(root.querySelectorAll('.trend-1 rect')).toHaveLength(2);
    expect(root.querySelector('.trend-1 polyline')!.getAttribute('stroke-dasharray')).toBe('5 3');
    expect([...root.querySelectorAll('.chart-value')].map((t) => t.textContent)).toEqual(['2', '5', '1', '3']);
  });
});
