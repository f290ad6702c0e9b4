/**
 * One-click note on an order row: a small popover in the row's shadow root with a text field
 * (focused on open) and chips for the commonest notes. Enter saves, Shift+Enter starts a new
 * line, Esc cancels. The note goes to the background as `order.addNote`, which files it on the
 * order's most urgent live case or a new seller-note case. Text is only ever set as a value
 * or textContent: nothing here is parsed as HTML.
 */
import { t, type MessageKey, type MessageLookup } from '../i18n';
import { OrderNoteAnswer } from '../messaging/responses';
import type { Language, Marketplace, Message } from '../schema';

/** How long "Note saved" stays before the popover closes by itself. */
export const SAVED_CLOSE_MS = 1200;

/** The commonest notes, saved in one click (in the seller's language). */
export const NOTE_CHIPS = [
  { id: 'contacted', key: 'overlayChipContacted' },
  { id: 'reshipped', key: 'overlayChipReshipped' },
  { id: 'refunded', key: 'overlayChipRefunded' },
  { id: 'waiting-carrier', key: 'overlayChipWaitingCarrier' },
] as const satisfies ReadonlyArray<{ id: string; key: MessageKey }>;

export const POPOVER_STYLE = `
.popover { position: fixed; z-index: 2147483647; box-sizing: border-box; width: 300px; max-width: calc(100vw - 16px);
  padding: 10px; border-radius: 8px; background: #fff; color: #1f2329; border: 1px solid #c9cdd4;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.45 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
.popover h2 { font-size: 13px; font-weight: 600; margin: 0 0 6px; }
.popover textarea { box-sizing: border-box; width: 100%; min-height: 56px; resize: vertical; font: inherit; color: inherit;
  background: inherit; border: 1px solid #86909c; border-radius: 4px; padding: 4px 6px; }
.popover .chips { display: flex; flex-wrap: wrap; gap: 4px; margin: 6px 0; padding: 0; border: 0; }
.popover .chips legend { font-size: 11px; color: #4e5969; padding: 0; margin-bottom: 2px; }
.popover button { font: inherit; cursor: pointer; border-radius: 12px; border: 1px solid #86909c; background: #f2f3f5;
  color: inherit; padding: 1px 9px; }
.popover button.save { border-radius: 4px; background: #1565c0; border-color: #1565c0; color: #fff; }
.popover button:disabled { opacity: .55; cursor: default; }
.popover button:focus-visible, .popover textarea:focus-visible { outline: 2px solid #1565c0; outline-offset: 1px; }
.popover .row { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.popover .hint { font-size: 11px; color: #4e5969; }
.popover .status { min-height: 1.2em; margin-top: 4px; font-weight: 600; }
.popover .status.error { color: #c62828; }
.popover .status.saved { color: #2e7d32; }
@media (prefers-color-scheme: dark) {
  .popover { background: #1f2329; color: #e5e6eb; border-color: #4e5969; }
  .popover button { background: #2e3238; }
  .popover .hint, .popover .chips legend { color: #a9aeb8; }
  .popover .status.error { color: #ff8a80; }
  .popover .status.saved { color: #81c784; }
}
`;

export interface NotePopoverOptions {
  /** The shadow root the popover lives in (the row's overlay host). */
  root: ShadowRoot;
  /** Where the popover hangs from (the note button): viewport coordinates. */
  trigger: HTMLElement;
  language: Language;
  order: { marketplace: Marketplace; orderId: string };
  send(message: Message): Promise<unknown>;
  /** Called once when the popover has gone (saved, cancelled or dismissed). */
  onClose(): void;
}

/**
 * The popover's code is not part of the content scripts (size budget): the
 * background injects it (entrypoints/notes.ts) the first time a seller opens a note, and it
 * leaves its opener here, on the isolated world's global it shares with the content script.
 * It bundles no message file: the content script hands it the texts of the seller's language.
 */
export const NOTES_GLOBAL = '__orderSentinelOpenNote';
export type OpenNote = (options: NotePopoverOptions & { readonly texts: MessageLookup }) => NotePopover;

export interface NotePopover {
  readonly element: HTMLElement;
  /** Closes it; `returnFocus` puts focus back on the note button (Esc, after a save). */
  close(returnFocus: boolean): void;
}

/** Opens the note popover for one order row. */
export function openNotePopover(options: NotePopoverOptions): NotePopover {
  const { root, trigger, language, order } = options;
  const doc = root.ownerDocument;
  const view = doc.defaultView!;
  // Its own styles, once per row's shadow root: they are not in the overlay's (see NOTES_GLOBAL).
  if (root.querySelector('style[data-os-popover]') === null) {
    const style = doc.createElement('style');
    style.setAttribute('data-os-popover', '');
    style.textContent = POPOVER_STYLE;
    root.append(style);
  }
  const element = doc.createElement('div');
  element.className = 'popover';
  element.setAttribute('role', 'dialog');
  const titleId = 'os-note-title';
  element.setAttribute('aria-labelledby', titleId);

  const title = doc.createElement('h2');
  title.id = titleId;
  title.textContent = t(language, 'overlayNoteTitle', { orderId: order.orderId });

  const field = doc.createElement('textarea');
  field.rows = 2;
  field.maxLength = 5000;
  field.placeholder = t(language, 'notePlaceholder');
  field.setAttribute('aria-label', title.textContent);

  const chips = doc.createElement('fieldset');
  chips.className = 'chips';
  const legend = doc.createElement('legend');
  legend.textContent = t(language, 'overlayQuickNotes');
  chips.append(legend);
  for (const chip of NOTE_CHIPS) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.dataset.chip = chip.id;
    button.textContent = t(language, chip.key);
    button.addEventListener('click', () => void save(button.textContent ?? ''));
    chips.append(button);
  }

  const hint = doc.createElement('span');
  hint.className = 'hint';
  hint.textContent = t(language, 'overlayNoteHint');
  const saveButton = doc.createElement('button');
  saveButton.type = 'button';
  saveButton.className = 'save';
  saveButton.textContent = t(language, 'overlayNoteSave');
  saveButton.addEventListener('click', () => void save(field.value));
  const footer = doc.createElement('div');
  footer.className = 'row';
  footer.append(hint, saveButton);

  const status = doc.createElement('div');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');

  element.append(title, field, chips, footer, status);

  let saving = false;
  let closed = false;
  let closeTimer: number | undefined;

  field.addEventListener('keydown', (event) => {
    // While an input method is composing (pinyin), Enter picks a candidate: never save then.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void save(field.value);
    }
  });
  element.addEventListener('keydown', (event) => {
    // Keys typed here are the seller's, not the console's shortcuts.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    }
  });

  // Dismissed by a click elsewhere or a scroll of the page (it hangs from a spot that moved).
  const onPointerDown = (event: Event) => {
    if (!event.composedPath().includes(root.host)) close(false);
  };
  const onScroll = (event: Event) => {
    if (!event.composedPath().includes(element) && hasMoved(trigger, placed)) close(false);
  };
  doc.addEventListener('pointerdown', onPointerDown, true);
  view.addEventListener('scroll', onScroll, true);

  function setStatus(kind: 'saved' | 'error' | 'busy', text: string): void {
    status.className = `status ${kind}`;
    status.textContent = text;
  }

  function setBusy(busy: boolean): void {
    saving = busy;
    field.readOnly = busy;
    saveButton.disabled = busy;
    for (const b of chips.querySelectorAll('button')) b.disabled = busy;
  }

  async function save(raw: string): Promise<void> {
    const text = raw.trim();
    if (saving || closed || text === '') return;
    setBusy(true);
    setStatus('busy', t(language, 'overlayNoteSaving'));
    let error: string | undefined;
    try {
      const answer = OrderNoteAnswer.safeParse(
        await options.send({ type: 'order.addNote', marketplace: order.marketplace, orderId: order.orderId, text }),
      );
      if (!answer.success) error = 'no answer from the extension';
      else if (!answer.data.ok) error = answer.data.error;
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
    if (closed) return;
    if (error !== undefined) {
      setBusy(false);
      setStatus('error', t(language, 'errorPrefix', { reason: error }));
      field.focus({ preventScroll: true });
      return;
    }
    setStatus('saved', t(language, 'savedNote'));
    closeTimer = view.setTimeout(() => close(true), SAVED_CLOSE_MS);
  }

  function close(returnFocus: boolean): void {
    if (closed) return;
    closed = true;
    if (closeTimer !== undefined) view.clearTimeout(closeTimer);
    doc.removeEventListener('pointerdown', onPointerDown, true);
    view.removeEventListener('scroll', onScroll, true);
    element.remove();
    if (returnFocus) trigger.focus({ preventScroll: true });
    options.onClose();
  }

  root.append(element);
  const placed = placeBelow(element, trigger);
  // No scroll on focus: a scroll would close the popover it just opened.
  field.focus({ preventScroll: true });
  return { element, close };
}

/**
 * Fixed position under (or, near the bottom of the window, above) `trigger`, kept inside the
 * viewport. Fixed: it takes no room in the page, so the console's layout never moves.
 */
export function placeBelow(panel: HTMLElement, trigger: HTMLElement): DOMRect {
  const view = panel.ownerDocument.defaultView!;
  const at = trigger.getBoundingClientRect();
  const size = panel.getBoundingClientRect();
  const gap = 4;
  const margin = 8;
  const below = at.bottom + gap;
  const top = below + size.height > view.innerHeight - margin && at.top - gap - size.height >= margin
    ? at.top - gap - size.height
    : below;
  const left = Math.max(margin, Math.min(at.left, view.innerWidth - size.width - margin));
  panel.style.top = `${Math.round(top)}px`;
  panel.style.left = `${Math.round(left)}px`;
  return at;
}

/**
 * True when `trigger` is no longer where its panel was placed. A scroll that did not move it
 * (a late event from the scroll that brought the row into view, an inner scroller elsewhere)
 * leaves the panel open.
 */
export function hasMoved(trigger: HTMLElement, placed: DOMRect): boolean {
  const now = trigger.getBoundingClientRect();
  return Math.abs(now.top - placed.top) > 1 || Math.abs(now.left - placed.left) > 1;
}
