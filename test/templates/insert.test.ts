// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { insertReply } from '../../lib/content/insert';

describe('insertReply', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <form id="f"><textarea name="reply"></textarea><button type="submit">发送</button></form>
      <div class="row" data-order="A-1"><textarea class="msg"></textarea></div>
      <div class="row" data-order="B-2"><div class="msg" contenteditable="true"></div></div>
      <textarea name="locked" readonly></textarea>`;
  });

  it('fills and focuses the page’s reply box, tells the page, and submits nothing', () => {
    const events: string[] = [];
    const box = document.querySelector('textarea[name="reply"]') as HTMLTextAreaElement;
    box.addEventListener('input', () => events.push(`input:${box.value}`));
    box.addEventListener('change', () => events.push('change'));
    document.getElementById('f')!.addEventListener('submit', (e) => {
      events.push('submit');
      e.preventDefault();
    });
    expect(insertReply(document, ['textarea[name="reply"]'], 'A-1', '您好 <b>', new Set(['A-1']))).toEqual({ ok: true, inserted: true });
    expect(box.value).toBe('您好 <b>');
    expect(document.activeElement).toBe(box);
    expect(events).toEqual(['input:您好 <b>', 'change']);
  });

  it('fills the box of the order’s own row when the console has one per order', () => {
    const boxes = ['[data-order="{orderId}"] .msg'];
    expect(insertReply(document, boxes, 'A-1', 'first')).toEqual({ ok: true, inserted: true });
    expect((document.querySelector('[data-order="A-1"] .msg') as HTMLTextAreaElement).value).toBe('first');
    expect(insertReply(document, boxes, 'B-2', '<i>second</i>')).toEqual({ ok: true, inserted: true });
    const editable = document.querySelector('[data-order="B-2"] .msg')!;
    expect(editable.textContent).toBe('<i>second</i>');
    expect(editable.children).toHaveLength(0);
  });

  it('says why nothing was inserted', () => {
    expect(insertReply(document, undefined, 'A-1', 'x')).toEqual({ ok: true, inserted: false, reason: 'no-known-box' });
    expect(insertReply(document, ['textarea[name="locked"]', '.missing'], 'A-1', 'x')).toEqual({ ok: true, inserted: false, reason: 'box-not-found' });
    expect(insertReply(document, ['textarea[name="reply"]'], 'Z-9', 'x', new Set(['A-1']))).toEqual({
      ok: true,
      inserted: false,
      reason: 'order-not-on-page',
    });
    expect((document.querySelector('textarea[name="reply"]') as HTMLTextAreaElement).value).toBe('');
  });
});
