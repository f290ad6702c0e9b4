// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { HOST_ATTRIBUTE, isOwnMutation, renderBadge } from '../../entrypoints/content/overlay';
import type { RowFinding } from '../../lib/schema';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 25, 6, 0);
const labels = { language: 'en' as const, detectorLabel: (id: string) => ({ 'ship-deadline': 'Shipping deadline', 'amount-mismatch': 'Amount mismatch' })[id] ?? id };

const finding = (detector: string, severity: RowFinding['severity'], dueAt: number, en: string): RowFinding => ({
  orderId: 'DS1',
  caseKey: `${detector}|demo|DS1`,
  detector,
  severity,
  dueAt,
  explanation: { en, zh: en },
});

describe('row badge', () => {
  let cell: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<table><tr><td id="c">DS1</td></tr></table>';
    cell = document.getElementById('c')!;
  });

  it('shows the most urgent finding first, with its countdown, and lists all in the tooltip', () => {
    renderBadge(
      cell,
      'DS1',
      [
        finding('amount-mismatch', 'P2', NOW + 20 * HOUR, 'Paid ¥108.00 but expected ¥118.00.'),
        finding('ship-deadline', 'P1', NOW - 3 * HOUR, 'Paid 51 h ago; 3 h overdue.'),
      ],
      labels,
      NOW,
    );
    const host = cell.querySelector(`[${HOST_ATTRIBUTE}]`) as HTMLElement;
    expect(host.dataset.osOrderId).toBe('DS1');
    expect(host.dataset.osDetectors).toBe('ship-deadline amount-mismatch');
    const badge = host.shadowRoot!.querySelector('.badge') as HTMLElement;
    expect(badge.textContent).toBe('P1 Shipping deadline · overdue 3 h +1');
    expect(badge.title).toBe(
      'P1 Shipping deadline: Paid 51 h ago; 3 h overdue.\nP2 Amount mismatch: Paid ¥108.00 but expected ¥118.00.',
    );
    // The cell's own text is untouched.
    expect(cell.firstChild!.textContent).toBe('DS1');
  });

  it('treats scraped text as text: markup in an explanation is never parsed', () => {
    renderBadge(cell, 'DS1', [finding('ship-deadline', 'P1', NOW, '<img src=x onerror="window.__pwned=1">')], labels, NOW);
    const badge = cell.querySelector(`[${HOST_ATTRIBUTE}]`)!.shadowRoot!.querySelector<HTMLElement>('.badge')!;
    expect(badge.querySelector('img')).toBeNull();
    expect(badge.title).toBe('P1 Shipping deadline: <img src=x onerror="window.__pwned=1">');
  });

  it('updates in place and removes the badge when the findings are gone', () => {
    renderBadge(cell, 'DS1', [finding('ship-deadline', 'P2', NOW + 4 * HOUR, 'x')], labels, NOW);
    renderBadge(cell, 'DS1', [finding('ship-deadline', 'P1', NOW - HOUR, 'x')], labels, NOW);
    expect(cell.querySelectorAll(`[${HOST_ATTRIBUTE}]`)).toHaveLength(1);
    expect(cell.querySelector(`[${HOST_ATTRIBUTE}]`)!.getAttribute('data-os-severity')).toBe('P1');
    renderBadge(cell, 'DS1', [], labels, NOW);
    expect(cell.querySelector(`[${HOST_ATTRIBUTE}]`)).toBeNull();
  });

  it('ignores mutations made by its own badges, not the page\'s', async () => {
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    renderBadge(cell, 'DS1', [finding('ship-deadline', 'P1', NOW, 'x')], labels, NOW);
    await new Promise((r) => setTimeout(r, 0));
    expect(records.length).toBeGreaterThan(0);
    expect(records.every(isOwnMutation)).toBe(true);
    records.length = 0;
    cell.append(' 已付款');
    await new Promise((r) => setTimeout(r, 0));
    expect(records.every(isOwnMutation)).toBe(false);
    observer.disconnect();
  });
});
