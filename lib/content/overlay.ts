/**
 * The overlay drawn into the seller's own order rows: a compact badge for rows with findings
 * (hover/focus lists them all, a click opens the case) and a note button on every read row.
 * Each row's pieces live in one shadow root so the console's CSS cannot restyle them and ours
 * cannot leak into the page; the host is out of the flow, so the page's layout never moves.
 * Every text comes in through textContent or attributes: scraped or stored text is never
 * parsed as HTML.
 */
import { SELLER_NOTE } from '../cases/seller-note';
import { formatDue, severityLabel, t } from '../i18n';
import { PlainAnswer } from '../messaging/responses';
import type { Language, Marketplace, Message, RowFinding } from '../schema';
import { SEVERITY_RANK } from '../schema';
import { hasMoved, placeBelow, type NotePopover, type NotePopoverOptions } from './note-popover';

export const HOST_ATTRIBUTE = 'data-os-host';
/** On every read row's host: the order id (`data-os-order-id` is only on rows with findings). */
export const ROW_ATTRIBUTE = 'data-os-row';
/** Set on the host while the pointer is over its row: shows the note button. */
const HOVER_ATTRIBUTE = 'data-os-hover';

const SEVERITY_COLOURS = { P1: '#c62828', P2: '#b45309', P3: '#546e7a' } as const;

const HOST_STYLE =
  'position:absolute!important;display:inline-block!important;margin:0 0 0 6px!important;padding:0!important;border:0!important;z-index:2147483000!important;pointer-events:auto!important';

// Written without spaces: the string is shipped as it is here (the content script's budget).
// The shadow root holds only the overlay, so its parts need no `.tip` scoping.
const STYLE = `:host{all:initial}
.wrap{display:inline-flex;align-items:center;gap:4px;white-space:nowrap;opacity:0;pointer-events:none;transition:opacity .12s}
:host([${HOVER_ATTRIBUTE}]) .wrap,.wrap:focus-within,.wrap:has([aria-expanded=true]){opacity:1;pointer-events:auto}
@media (hover:none){.wrap{opacity:1;pointer-events:auto}}
.badge{all:unset;box-sizing:border-box;font:600 11px/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;color:#fff;border-radius:9px;padding:0 7px;cursor:pointer;display:inline-block}
.badge:focus-visible,.note:focus-visible{outline:2px solid #1565c0;outline-offset:1px}
.more{opacity:.85;font-weight:400}
.note{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;width:20px;height:18px;border-radius:9px;border:1px solid #86909c;background:#fff;color:#1f2329;font:12px/1 system-ui,sans-serif;cursor:pointer}
.tip{position:fixed;z-index:2147483647;box-sizing:border-box;max-width:min(420px,calc(100vw - 16px));padding:8px 10px;border-radius:8px;background:#fff;color:#1f2329;border:1px solid #c9cdd4;box-shadow:0 6px 24px rgba(0,0,0,.18);font:12px/1.45 system-ui,"PingFang SC","Microsoft YaHei",sans-serif}
[hidden]{display:none!important}
h2{font-size:12px;margin:0 0 4px}
ul{list-style:none;margin:0;padding:0}
li+li{margin-top:6px;border-top:1px solid #e5e6eb;padding-top:6px}
.head{display:flex;gap:6px;align-items:baseline;flex-wrap:wrap}
.severity{color:#fff;border-radius:4px;padding:0 5px}
h2,.severity,.label{font-weight:600}
.due{color:#4e5969}
p{margin:2px 0 0}
.error{color:#c62828;font-weight:600;margin-top:6px}
@media (prefers-color-scheme:dark){.tip{background:#1f2329;color:#e5e6eb;border-color:#4e5969}.due{color:#a9aeb8}li+li{border-top-color:#4e5969}.note{background:#2e3238;color:#e5e6eb}}`;

export interface BadgeLabels {
  language: Language;
}

/** What the overlay needs from the content script. */
export interface Overlay {
  labels: BadgeLabels;
  send(message: Message): Promise<unknown>;
  /**
   * Opens a row's note popover (lib/content/note-popover.ts). The content script loads
   * its code on first use (a promise); whoever holds the code opens it at once.
   */
  openNote(options: NotePopoverOptions): NotePopover | Promise<NotePopover>;
}

export interface RowOrder {
  marketplace: Marketplace;
  orderId: string;
}

interface RowView {
  host: HTMLElement;
  badge: HTMLButtonElement;
  note: HTMLButtonElement;
  tip: HTMLElement;
  tipError: HTMLElement;
  order: RowOrder;
  /** Most urgent first. */
  findings: RowFinding[];
  overlay: Overlay;
  now: number;
  popover?: NotePopover;
  /** The popover's code is on its way (the first note on the page). */
  opening?: boolean;
  /** The findings panel hangs from the badge: a scroll moves the badge, so it closes. */
  hideOnScroll: () => void;
  /** Where the badge was when the findings panel was placed. */
  tipPlaced?: DOMRect;
}

const views = new WeakMap<HTMLElement, RowView>();

/** Most urgent first: severity, then the nearer deadline. */
export function byUrgency(a: RowFinding, b: RowFinding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity);
}

/**
 * Adds or updates the overlay of one read order row in `anchor`: the note button always, the
 * badge when `findings` is not empty. Updates in place, so an open note or focus survives.
 */
export function renderRow(
  anchor: Element,
  order: RowOrder,
  findings: readonly RowFinding[],
  overlay: Overlay,
  now: number,
): void {
  const host = anchor.querySelector<HTMLElement>(`:scope > [${HOST_ATTRIBUTE}]`) ?? createHost(anchor);
  let view = views.get(host);
  if (!view) {
    view = buildView(host, order, overlay);
    views.set(host, view);
  }
  view.order = order;
  view.overlay = overlay;
  view.now = now;
  view.findings = [...findings].sort(byUrgency);
  host.setAttribute(ROW_ATTRIBUTE, order.orderId);
  drawBadge(view);
}

/** Takes a row's overlay away (the background no longer holds its order as the page shows it). */
export function removeOverlay(anchor: Element): void {
  anchor.querySelector(`:scope > [${HOST_ATTRIBUTE}]`)?.remove();
  outline(anchor);
}

const rowOf = (anchor: Element): HTMLElement => (anchor.closest('tr,[role="row"]') ?? anchor) as HTMLElement;

/**
 * A flagged row is outlined in its severity's colour, inside its own edge: the badge shows
 * only while the seller is on the row, so nothing covers the console's text.
 */
function outline(anchor: Element, colour?: string): void {
  const style = rowOf(anchor).style;
  style.outline = colour ? `2px solid ${colour}` : '';
  style.outlineOffset = colour ? '-2px' : '';
}

function createHost(anchor: Element): HTMLElement {
  const host = anchor.ownerDocument.createElement('span');
  host.setAttribute(HOST_ATTRIBUTE, '');
  // Out of the flow, at the spot it would have had: it takes no room, so the console's
  // columns and rows keep their size. Inline !important beats any page rule.
  host.style.cssText = HOST_STYLE;
  host.attachShadow({ mode: 'open' });
  anchor.append(host);
  // The note button shows while the pointer is anywhere on the row, not only on the cell.
  const row = rowOf(anchor);
  row.addEventListener('pointerenter', () => host.setAttribute(HOVER_ATTRIBUTE, ''));
  row.addEventListener('pointerleave', () => host.removeAttribute(HOVER_ATTRIBUTE));
  return host;
}

/** An element of the overlay, with its class and text (always as text, never as HTML). */
function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

function buildView(host: HTMLElement, order: RowOrder, overlay: Overlay): RowView {
  // A host left by an earlier copy of the script (extension reloaded) is rebuilt.
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const doc = host.ownerDocument;
  const style = make(doc, 'style', '', STYLE);
  const wrap = make(doc, 'span', 'wrap');
  const badge = make(doc, 'button', 'badge');
  badge.type = 'button';
  badge.hidden = true;
  badge.setAttribute('aria-describedby', 'os-findings');
  const note = make(doc, 'button', 'note');
  note.type = 'button';
  note.setAttribute('aria-haspopup', 'dialog');
  note.setAttribute('aria-expanded', 'false');
  const icon = make(doc, 'span', '', '✎');
  icon.setAttribute('aria-hidden', 'true');
  note.append(icon);
  wrap.append(badge, note);
  const tip = make(doc, 'div', 'tip');
  tip.id = 'os-findings';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  const tipError = make(doc, 'div', 'error');
  tipError.setAttribute('role', 'alert');
  root.replaceChildren(style, wrap, tip);

  const view: RowView = {
    host, badge, note, tip, tipError, order, findings: [], overlay, now: 0,
    hideOnScroll: () => {
      if (!view.tipPlaced || hasMoved(badge, view.tipPlaced)) hideTip(view);
    },
  };
  badge.addEventListener('pointerenter', () => showTip(view));
  badge.addEventListener('focus', () => showTip(view));
  badge.addEventListener('pointerleave', () => hideTip(view));
  badge.addEventListener('blur', () => hideTip(view));
  badge.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hideTip(view);
  });
  // A button: Enter and Space click it too.
  badge.addEventListener('click', () => void openMostUrgent(view));
  note.addEventListener('click', () => toggleNote(view));
  return view;
}

/** The finding's detector by its short name (sent with the finding), or "Seller note". */
function findingLabel(view: RowView, finding: RowFinding): string {
  const { language } = view.overlay.labels;
  return finding.detector === SELLER_NOTE ? t(language, 'sellerNote') : finding.label[language];
}

function drawBadge(view: RowView): void {
  const { host, badge, note, findings, order } = view;
  const language = view.overlay.labels.language;
  const noteLabel = t(language, 'overlayNoteButton', { orderId: order.orderId });
  note.setAttribute('aria-label', noteLabel);
  note.title = noteLabel;
  const top = findings[0];
  outline(host.parentElement!, top && SEVERITY_COLOURS[top.severity]);
  if (!top) {
    badge.hidden = true;
    hideTip(view);
    for (const name of ['data-os-order-id', 'data-os-detectors', 'data-os-severity']) host.removeAttribute(name);
    return;
  }
  host.setAttribute('data-os-order-id', order.orderId);
  host.setAttribute('data-os-detectors', findings.map((f) => f.detector).join(' '));
  host.setAttribute('data-os-severity', top.severity);
  badge.hidden = false;
  badge.style.background = SEVERITY_COLOURS[top.severity];
  const due = top.dueAt === undefined ? '' : ` · ${formatDue(language, top.dueAt, view.now)}`;
  badge.textContent = `${top.severity} ${findingLabel(view, top)}${due}`;
  if (findings.length > 1) {
    badge.append(make(badge.ownerDocument, 'span', 'more', ` +${findings.length - 1}`));
  }
  badge.setAttribute(
    'aria-label',
    t(language, 'overlayBadgeLabel', { severity: severityLabel(language, top.severity), summary: badge.textContent }),
  );
  if (!view.tip.hidden) fillTip(view);
}

/** The panel listing every finding: severity in words (not colour only), label, countdown, why. */
function fillTip(view: RowView): void {
  const { tip, findings, order } = view;
  const doc = tip.ownerDocument;
  const language = view.overlay.labels.language;
  const title = make(doc, 'h2', '', t(language, 'overlayFindingsTitle', { orderId: order.orderId }));
  const list = make(doc, 'ul');
  for (const f of findings) {
    const item = make(doc, 'li');
    item.dataset.detector = f.detector;
    const head = make(doc, 'div', 'head');
    const severity = make(doc, 'span', 'severity', `${f.severity} ${severityLabel(language, f.severity)}`);
    severity.style.background = SEVERITY_COLOURS[f.severity];
    head.append(severity, make(doc, 'span', 'label', findingLabel(view, f)), make(doc, 'span', 'due', formatDue(language, f.dueAt, view.now)));
    item.append(head, make(doc, 'p', '', f.explanation[language]));
    list.append(item);
  }
  tip.replaceChildren(title, list);
  if (view.tipError.textContent) tip.append(view.tipError);
}

function showTip(view: RowView): void {
  if (view.findings.length === 0) return;
  fillTip(view);
  revealTip(view);
}

function revealTip(view: RowView): void {
  if (view.tip.hidden) view.host.ownerDocument.defaultView?.addEventListener('scroll', view.hideOnScroll, true);
  view.tip.hidden = false;
  view.tipPlaced = placeBelow(view.tip, view.badge);
}

function hideTip(view: RowView): void {
  if (view.tip.hidden) return;
  view.tip.hidden = true;
  view.tipError.textContent = '';
  view.host.ownerDocument.defaultView?.removeEventListener('scroll', view.hideOnScroll, true);
}

async function openMostUrgent(view: RowView): Promise<void> {
  const top = view.findings[0];
  if (!top) return;
  let error: string | undefined;
  try {
    const answer = PlainAnswer.safeParse(await view.overlay.send({ type: 'ui.openCase', caseKey: top.caseKey }));
    if (!answer.success) error = 'no answer from the extension';
    else if (!answer.data.ok) error = answer.data.error;
  } catch (thrown) {
    error = thrown instanceof Error ? thrown.message : String(thrown);
  }
  if (error === undefined) return;
  // Said where the seller is looking: in the findings panel under the badge.
  view.tipError.textContent = t(view.overlay.labels.language, 'overlayOpenFailed', { reason: error });
  fillTip(view);
  revealTip(view);
}

function toggleNote(view: RowView): void {
  if (view.popover) {
    view.popover.close(true);
    return;
  }
  if (view.opening) return;
  hideTip(view);
  view.note.setAttribute('aria-expanded', 'true');
  const opened = view.overlay.openNote({
    root: view.host.shadowRoot!,
    trigger: view.note,
    language: view.overlay.labels.language,
    order: view.order,
    send: (message) => view.overlay.send(message),
    onClose: () => {
      view.popover = undefined;
      view.note.setAttribute('aria-expanded', 'false');
    },
  });
  if (!(opened instanceof Promise)) {
    view.popover = opened;
    return;
  }
  view.opening = true;
  opened
    .then((popover) => {
      view.popover = popover;
    })
    .catch((error: unknown) => {
      // The error names the step that failed ("notes.inject failed").
      console.warn('[Order Sentinel]', error);
      view.note.setAttribute('aria-expanded', 'false');
    })
    .finally(() => {
      view.opening = false;
    });
}

/** True when a mutation only touched our own overlay hosts (so reading again is pointless). */
export function isOwnMutation(record: MutationRecord): boolean {
  const own = (node: Node) => node instanceof Element && node.hasAttribute(HOST_ATTRIBUTE);
  // Styles never change what a row says; the overlay sets a flagged row's outline.
  if (record.type === 'attributes') return own(record.target) || record.attributeName === 'style';
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(own);
}
