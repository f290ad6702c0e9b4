// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { HOST_ATTRIBUTE, isOwnMutation, renderRow, ROW_ATTRIBUTE, type Overlay } from '../../lib/content/overlay';
import { openNotePopover } from '../../lib/content/note-popover';
import type { Message, RowFinding } from '../../lib/schema';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 25, 6, 0);
const ORDER = { marketplace: 'demo', orderId: 'DS1' } as const;
/** Detector names as the background sends them with each finding (lib/detectors/labels). */
const LABELS: Record<string, RowFinding['label']> = {
  'ship-deadline': { en: 'Shipping deadline', zh: '发货时限' },
  'amount-mismatch': { en: 'Amount mismatch', zh: '金额不符' },
};

const finding = (detector: string, severity: RowFinding['severity'], dueAt: number, en: string): RowFinding => ({
  orderId: 'DS1',
  caseKey: `${detector}|demo|DS1`,
  detector,
  label: LABELS[detector] ?? { en: detector, zh: detector },
  severity,
  dueAt,
  explanation: { en, zh: `中文：${en}` },
});

const TWO_FINDINGS = [
  finding('amount-mismatch', 'P2', NOW + 20 * HOUR, 'Paid ¥108.00 but expected ¥118.00.'),
  finding('ship-deadline', 'P1', NOW - 3 * HOUR, 'Paid 51 h ago; 3 h overdue.'),
];

/** An overlay that records what it sends and answers like the background. */
function recorder(language: 'en' | 'zh' = 'en', answer: unknown = { ok: true }) {
  const sent: Message[] = [];
  const overlay: Overlay = {
    labels: { language },
    openNote: openNotePopover,
    send: async (message) => {
      sent.push(message);
      return answer;
    },
  };
  return { sent, overlay };
}

describe('row overlay', () => {
  let cell: HTMLElement;
  const host = () => cell.querySelector<HTMLElement>(`[${HOST_ATTRIBUTE}]`)!;
  const shadow = () => host().shadowRoot!;
  const badge = () => shadow().querySelector<HTMLButtonElement>('.badge')!;
  const noteButton = () => shadow().querySelector<HTMLButtonElement>('.note')!;
  const tip = () => shadow().querySelector<HTMLElement>('.tip')!;

  beforeEach(() => {
    document.body.innerHTML = '<table><tr id="r"><td id="c">DS1</td><td>晴天小猪</td></tr></table>';
    cell = document.getElementById('c')!;
  });

  it('shows the most urgent finding first, with its countdown and severity in words', () => {
    renderRow(cell, ORDER, TWO_FINDINGS, recorder().overlay, NOW);
    expect(host().dataset.osOrderId).toBe('DS1');
    expect(host().dataset.osDetectors).toBe('ship-deadline amount-mismatch');
    expect(host().dataset.osSeverity).toBe('P1');
    expect(badge().hidden).toBe(false);
    expect(badge().textContent).toBe('P1 Shipping deadline · overdue 3 h +1');
    expect(badge().getAttribute('aria-label')).toBe('Act now: P1 Shipping deadline · overdue 3 h +1. Opens the case.');
    // The cell's own text is untouched.
    expect(cell.firstChild!.textContent).toBe('DS1');
  });

  it('puts a note button on a row without findings, with no badge and no badge hooks', () => {
    renderRow(cell, ORDER, [], recorder().overlay, NOW);
    expect(host().getAttribute(ROW_ATTRIBUTE)).toBe('DS1');
    expect(host().hasAttribute('data-os-order-id')).toBe(false);
    expect(badge().hidden).toBe(true);
    expect(noteButton().getAttribute('aria-label')).toBe('Add a note to order DS1');
    expect(noteButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('says the note button and findings in Chinese for a Chinese-speaking seller', () => {
    renderRow(cell, ORDER, TWO_FINDINGS, recorder('zh').overlay, NOW);
    expect(badge().textContent).toBe('P1 发货时限 · 已超时 3 小时 +1');
    expect(badge().getAttribute('aria-label')).toBe('需立即处理：P1 发货时限 · 已超时 3 小时 +1。点击打开事项。');
    expect(noteButton().getAttribute('aria-label')).toBe('给订单 DS1 添加备注');
    badge().dispatchEvent(new Event('focus'));
    expect([...tip().querySelectorAll('li p')].map((p) => p.textContent)).toEqual([
      '中文：Paid 51 h ago; 3 h overdue.',
      '中文：Paid ¥108.00 but expected ¥118.00.',
    ]);
  });

  it('lists every finding on focus and on hover, and hides the list on blur and Esc', () => {
    renderRow(cell, ORDER, TWO_FINDINGS, recorder().overlay, NOW);
    expect(tip().hidden).toBe(true);
    badge().dispatchEvent(new Event('focus'));
    expect(tip().hidden).toBe(false);
    expect(tip().querySelector('h2')!.textContent).toBe('Findings on order DS1');
    expect([...tip().querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'P1 Act nowShipping deadlineoverdue 3 hPaid 51 h ago; 3 h overdue.',
      'P2 TodayAmount mismatch20 h leftPaid ¥108.00 but expected ¥118.00.',
    ]);
    expect(badge().getAttribute('aria-describedby')).toBe(tip().id);
    badge().dispatchEvent(new Event('blur'));
    expect(tip().hidden).toBe(true);
    badge().dispatchEvent(new Event('pointerenter'));
    expect(tip().hidden).toBe(false);
    badge().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(tip().hidden).toBe(true);
  });

  it('treats stored text as text: markup in an explanation is never parsed', () => {
    renderRow(cell, ORDER, [finding('ship-deadline', 'P1', NOW, '<img src=x onerror="window.__pwned=1">')], recorder().overlay, NOW);
    badge().dispatchEvent(new Event('focus'));
    expect(shadow().querySelector('img')).toBeNull();
    expect(tip().querySelector('li p')!.textContent).toBe('<img src=x onerror="window.__pwned=1">');
  });

  it('opens the most urgent case when the badge is clicked (a button: Enter and Space click it)', async () => {
    const { sent, overlay } = recorder();
    renderRow(cell, ORDER, TWO_FINDINGS, overlay, NOW);
    expect(badge().tagName).toBe('BUTTON');
    badge().click();
    await Promise.resolve();
    expect(sent).toEqual([{ type: 'ui.openCase', caseKey: 'ship-deadline|demo|DS1' }]);
  });

  it('says so under the badge when the case cannot be opened', async () => {
    const { overlay } = recorder('en', { ok: false, error: 'the side panel cannot be opened here' });
    renderRow(cell, ORDER, TWO_FINDINGS, overlay, NOW);
    badge().click();
    await new Promise((r) => setTimeout(r, 0));
    expect(tip().hidden).toBe(false);
    expect(tip().querySelector('.error')!.textContent).toBe('Could not open the case: the side panel cannot be opened here');
  });

  it('labels a seller-note case as such', () => {
    renderRow(cell, ORDER, [{ ...finding('seller-note', 'P3', NOW, 'Your note on this order.'), dueAt: undefined }], recorder().overlay, NOW);
    expect(badge().textContent).toBe('P3 Seller note');
  });

  it('updates in place: the badge goes with its findings, the note button and an open note stay', () => {
    const { overlay } = recorder();
    renderRow(cell, ORDER, [finding('ship-deadline', 'P2', NOW + 4 * HOUR, 'x')], overlay, NOW);
    expect(badge().textContent).toBe('P2 Shipping deadline · 4 h left');
    noteButton().click();
    const popover = shadow().querySelector('.popover');
    expect(popover).not.toBeNull();
    renderRow(cell, ORDER, [finding('ship-deadline', 'P1', NOW - HOUR, 'x')], overlay, NOW);
    expect(cell.querySelectorAll(`[${HOST_ATTRIBUTE}]`)).toHaveLength(1);
    expect(host().getAttribute('data-os-severity')).toBe('P1');
    expect(shadow().querySelector('.popover')).toBe(popover);
    renderRow(cell, ORDER, [], overlay, NOW);
    expect(host().hasAttribute('data-os-order-id')).toBe(false);
    expect(host().hasAttribute('data-os-severity')).toBe(false);
    expect(badge().hidden).toBe(true);
    expect(shadow().querySelector('.popover')).toBe(popover);
  });

  it('opens the note once its code has loaded (the first note on a page), and not twice on a double click', async () => {
    const { overlay } = recorder();
    let loaded!: () => void;
    const loading = new Promise<void>((resolve) => (loaded = resolve));
    let opened = 0;
    renderRow(cell, ORDER, [], { ...overlay, openNote: async (options) => (await loading, opened++, openNotePopover(options)) }, NOW);
    noteButton().click();
    noteButton().click();
    expect(noteButton().getAttribute('aria-expanded')).toBe('true');
    expect(shadow().querySelector('.popover')).toBeNull();
    loaded();
    await new Promise((r) => setTimeout(r, 0));
    expect(opened).toBe(1);
    expect(shadow().querySelector('.popover textarea')).not.toBeNull();
    noteButton().click();
    expect(shadow().querySelector('.popover')).toBeNull();
    expect(noteButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('leaves the note closed when its code cannot be loaded', async () => {
    const { overlay } = recorder();
    renderRow(cell, ORDER, [], { ...overlay, openNote: () => Promise.reject(new Error('the note script did not load')) }, NOW);
    noteButton().click();
    await new Promise((r) => setTimeout(r, 0));
    expect(shadow().querySelector('.popover')).toBeNull();
    expect(noteButton().getAttribute('aria-expanded')).toBe('false');
    noteButton().click();
    expect(noteButton().getAttribute('aria-expanded')).toBe('true');
  });

  it('shows the note button while the pointer is on the row', () => {
    renderRow(cell, ORDER, [], recorder().overlay, NOW);
    const row = document.getElementById('r')!;
    row.dispatchEvent(new Event('pointerenter'));
    expect(host().hasAttribute('data-os-hover')).toBe(true);
    row.dispatchEvent(new Event('pointerleave'));
    expect(host().hasAttribute('data-os-hover')).toBe(false);
  });

  it('keeps Tab order badge, then note button, row after row', () => {
    document.body.innerHTML =
      '<table><tr><td id="a">DS1</td></tr><tr><td id="b">DS2</td></tr></table>';
    const { overlay } = recorder();
    renderRow(document.getElementById('a')!, ORDER, TWO_FINDINGS, overlay, NOW);
    renderRow(document.getElementById('b')!, { marketplace: 'demo', orderId: 'DS2' }, [], overlay, NOW);
    const focusable = [...document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)].flatMap((h) =>
      [...h.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
        .filter((b) => !b.hidden && b.tabIndex >= 0)
        .map((b) => `${h.getAttribute(ROW_ATTRIBUTE)} ${b.className}`),
    );
    expect(focusable).toEqual(['DS1 badge', 'DS1 note', 'DS2 note']);
  });

  it('ignores mutations made by its own hosts, not the page\'s', async () => {
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    renderRow(cell, ORDER, [finding('ship-deadline', 'P1', NOW, 'x')], recorder().overlay, NOW);
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
