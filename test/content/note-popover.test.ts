// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRow, HOST_ATTRIBUTE } from '../../lib/content/overlay';
import { openNotePopover, SAVED_CLOSE_MS } from '../../lib/content/note-popover';
import type { Message } from '../../lib/schema';

const NOW = Date.UTC(2026, 10, 25, 6, 0);
const SAVED_ANSWER = {
  ok: true,
  note: { id: 1, caseKey: 'seller-note|demo|DS7', text: 'x', createdAt: NOW },
  caseKey: 'seller-note|demo|DS7',
};

/** A row with the overlay drawn, an overlay that records messages and answers `answer()`. */
function setUp(language: 'en' | 'zh' = 'en', answer: () => Promise<unknown> = async () => SAVED_ANSWER) {
  document.body.innerHTML = '<table><tr><td id="c">DS7</td><td>陈小姐</td></tr></table>';
  const cell = document.getElementById('c')!;
  const sent: Message[] = [];
  renderRow(
    cell,
    { marketplace: 'demo', orderId: 'DS7' },
    [],
    { labels: { language }, send: (m) => (sent.push(m), answer()), openNote: openNotePopover },
    NOW,
  );
  const shadow = cell.querySelector(`[${HOST_ATTRIBUTE}]`)!.shadowRoot!;
  const noteButton = shadow.querySelector<HTMLButtonElement>('.note')!;
  return {
    sent,
    shadow,
    noteButton,
    popover: () => shadow.querySelector<HTMLElement>('.popover'),
    field: () => shadow.querySelector<HTMLTextAreaElement>('.popover textarea')!,
    status: () => shadow.querySelector<HTMLElement>('.popover .status')!.textContent,
  };
}

const key = (target: Element, init: KeyboardEventInit) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init }));
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('one-click note popover', () => {
  beforeEach(() => vi.useRealTimers());
  afterEach(() => vi.useRealTimers());

  it('opens with its text field focused, titled with the order', () => {
    const ui = setUp();
    ui.noteButton.click();
    expect(ui.popover()).not.toBeNull();
    expect(ui.popover()!.getAttribute('role')).toBe('dialog');
    expect(ui.shadow.activeElement).toBe(ui.field());
    expect(ui.shadow.querySelector('.popover h2')!.textContent).toBe('Note on order DS7');
    expect(ui.noteButton.getAttribute('aria-expanded')).toBe('true');
  });

  it('saves the trimmed text on Enter, says "Note saved", then closes and gives focus back', async () => {
    vi.useFakeTimers();
    const ui = setUp();
    ui.noteButton.click();
    ui.field().value = '  Called the buyer, sending SF tomorrow  ';
    key(ui.field(), { key: 'Enter' });
    await vi.advanceTimersByTimeAsync(0);
    expect(ui.sent).toEqual([
      { type: 'order.addNote', marketplace: 'demo', orderId: 'DS7', text: 'Called the buyer, sending SF tomorrow' },
    ]);
    expect(ui.status()).toBe('Note saved');
    await vi.advanceTimersByTimeAsync(SAVED_CLOSE_MS - 1);
    expect(ui.popover()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(ui.popover()).toBeNull();
    expect(ui.shadow.activeElement).toBe(ui.noteButton);
    expect(ui.noteButton.getAttribute('aria-expanded')).toBe('false');
  });

  it('starts a new line on Shift+Enter and saves nothing', async () => {
    const ui = setUp();
    ui.noteButton.click();
    ui.field().value = 'first line';
    const notCancelled = key(ui.field(), { key: 'Enter', shiftKey: true });
    await settle();
    expect(notCancelled).toBe(true);
    expect(ui.sent).toEqual([]);
  });

  it('does not save on the Enter that picks an input-method candidate', async () => {
    const ui = setUp('zh');
    ui.noteButton.click();
    ui.field().value = 'yi lian xi';
    key(ui.field(), { key: 'Enter', isComposing: true });
    await settle();
    expect(ui.sent).toEqual([]);
  });

  it('saves nothing for an empty note', async () => {
    const ui = setUp();
    ui.noteButton.click();
    ui.field().value = '   ';
    key(ui.field(), { key: 'Enter' });
    await settle();
    expect(ui.sent).toEqual([]);
    expect(ui.popover()).not.toBeNull();
  });

  it('cancels on Esc: nothing sent, closed, focus back on the note button', async () => {
    const ui = setUp();
    ui.noteButton.click();
    ui.field().value = 'half-written';
    key(ui.field(), { key: 'Escape' });
    await settle();
    expect(ui.sent).toEqual([]);
    expect(ui.popover()).toBeNull();
    expect(ui.shadow.activeElement).toBe(ui.noteButton);
  });

  it('keeps the seller\'s keys from the console\'s own shortcuts', () => {
    const ui = setUp();
    const seenByPage: string[] = [];
    document.addEventListener('keydown', (e) => seenByPage.push(e.key));
    ui.noteButton.click();
    key(ui.field(), { key: 'j' });
    expect(seenByPage).toEqual([]);
  });

  it('saves a chip in one click with its exact text (English and Chinese)', async () => {
    const en = setUp('en');
    en.noteButton.click();
    expect([...en.shadow.querySelectorAll('.chips button')].map((b) => b.textContent)).toEqual([
      'Contacted buyer',
      'Reshipped',
      'Refunded',
      'Waiting for carrier',
    ]);
    en.shadow.querySelector<HTMLButtonElement>('[data-chip="waiting-carrier"]')!.click();
    await settle();
    expect(en.sent).toEqual([{ type: 'order.addNote', marketplace: 'demo', orderId: 'DS7', text: 'Waiting for carrier' }]);

    const zh = setUp('zh');
    zh.noteButton.click();
    expect([...zh.shadow.querySelectorAll('.chips button')].map((b) => b.textContent)).toEqual([
      '已联系买家',
      '已补发',
      '已退款',
      '等待物流',
    ]);
    zh.shadow.querySelector<HTMLButtonElement>('[data-chip="contacted"]')!.click();
    await settle();
    expect(zh.sent).toEqual([{ type: 'order.addNote', marketplace: 'demo', orderId: 'DS7', text: '已联系买家' }]);
    expect(zh.status()).toBe('备注已保存');
  });

  it('shows the background\'s refusal in the popover and keeps the text for another try', async () => {
    const ui = setUp('en', async () => ({ ok: false, error: 'database is closed' }));
    ui.noteButton.click();
    ui.field().value = 'reshipped with YTO';
    key(ui.field(), { key: 'Enter' });
    await settle();
    expect(ui.status()).toBe('Could not save: database is closed');
    expect(ui.popover()).not.toBeNull();
    expect(ui.field().value).toBe('reshipped with YTO');
    expect(ui.field().readOnly).toBe(false);
  });

  it('shows a lost connection to the extension as an error too', async () => {
    const ui = setUp('en', async () => {
      throw new Error('Extension context invalidated.');
    });
    ui.noteButton.click();
    ui.shadow.querySelector<HTMLButtonElement>('[data-chip="refunded"]')!.click();
    await settle();
    expect(ui.status()).toBe('Could not save: Extension context invalidated.');
  });

  it('sends the note as text: markup typed in the field is never parsed', async () => {
    const ui = setUp();
    ui.noteButton.click();
    ui.field().value = '<img src=x onerror="window.__pwned=1">';
    ui.shadow.querySelector<HTMLButtonElement>('.popover .save')!.click();
    await settle();
    expect(ui.sent[0]).toEqual({
      type: 'order.addNote',
      marketplace: 'demo',
      orderId: 'DS7',
      text: '<img src=x onerror="window.__pwned=1">',
    });
    expect(ui.shadow.querySelector('img')).toBeNull();
  });

  it('closes on a click elsewhere in the page and on a scroll that moves its row', () => {
    const ui = setUp();
    ui.noteButton.click();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(ui.popover()).toBeNull();
    ui.noteButton.click();
    ui.field().dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(ui.popover()).not.toBeNull();
    // A late scroll event that left the row where it was (the one that brought it into view).
    window.dispatchEvent(new Event('scroll'));
    expect(ui.popover()).not.toBeNull();
    ui.noteButton.getBoundingClientRect = () => new DOMRect(40, 120 - 60, 20, 18);
    window.dispatchEvent(new Event('scroll'));
    expect(ui.popover()).toBeNull();
  });

  it('closes when its note button is clicked again', () => {
    const ui = setUp();
    ui.noteButton.click();
    ui.noteButton.click();
    expect(ui.popover()).toBeNull();
    expect(ui.shadow.activeElement).toBe(ui.noteButton);
  });
});
