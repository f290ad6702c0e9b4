/**
 * Puts a filled reply template into the console's reply box ("insert"). It fills
 * and focuses the box, the way the console's own framework notices (native value setter,
 * then `input` and `change`), and never clicks, submits or sends anything: the seller reads
 * it and sends it themselves.
 */

export type InsertReason = 'no-known-box' | 'box-not-found' | 'order-not-on-page';
export interface InsertResult {
  ok: true;
  inserted: boolean;
  reason?: InsertReason;
}

type Box = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/**
 * @param boxes the adapter's `replyBoxes` (best first); `{orderId}` stands for the order's id
 * @param ordersOnPage order ids read on this page: a page-wide box is only filled for one of them
 */
export function insertReply(
  doc: Document,
  boxes: readonly string[] | undefined,
  orderId: string,
  text: string,
  ordersOnPage?: ReadonlySet<string>,
): InsertResult {
  if (!boxes || boxes.length === 0) return { ok: true, inserted: false, reason: 'no-known-box' };
  const escaped = CSS.escape(orderId);
  for (const selector of boxes) {
    const perOrder = selector.includes('{orderId}');
    if (!perOrder && ordersOnPage && !ordersOnPage.has(orderId)) continue;
    let found: Element | null;
    try {
      found = doc.querySelector(selector.replaceAll('{orderId}', escaped));
    } catch {
      continue; // A selector the page's engine rejects is a redesign to fix, not a crash.
    }
    const box = found as Box | null;
    if (box && usable(box)) {
      fill(box, text);
      return { ok: true, inserted: true };
    }
  }
  const pageWideOnly = boxes.every((s) => !s.includes('{orderId}'));
  if (pageWideOnly && ordersOnPage && !ordersOnPage.has(orderId)) return { ok: true, inserted: false, reason: 'order-not-on-page' };
  return { ok: true, inserted: false, reason: 'box-not-found' };
}

function usable(box: Box): boolean {
  if (box instanceof box.ownerDocument.defaultView!.HTMLTextAreaElement || box instanceof box.ownerDocument.defaultView!.HTMLInputElement) {
    return !box.disabled && !box.readOnly;
  }
  return box.isContentEditable;
}

function fill(box: Box, text: string): void {
  const view = box.ownerDocument.defaultView!;
  box.focus();
  if (box instanceof view.HTMLTextAreaElement || box instanceof view.HTMLInputElement) {
    // Frameworks (React, Vue) track the value on the element; the prototype's setter plus an
    // input event is what their own listeners see as typing.
    const proto = box instanceof view.HTMLTextAreaElement ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(box, text);
    box.dispatchEvent(new view.Event('input', { bubbles: true }));
    box.dispatchEvent(new view.Event('change', { bubbles: true }));
    box.setSelectionRange?.(text.length, text.length);
    return;
  }
  // A contenteditable editor: plain text only, never markup.
  box.textContent = text;
  box.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}
