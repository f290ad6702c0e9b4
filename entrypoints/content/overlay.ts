/**
 * Badges drawn into the seller's own order rows. Each badge lives in a shadow root so the
 * console's CSS cannot restyle it and ours cannot leak into the page. Every text comes in
 * through textContent or attributes: scraped or stored text is never parsed as HTML.
 */
import { formatDue } from '../../lib/i18n';
import type { Language, RowFinding } from '../../lib/schema';
import { SEVERITY_RANK } from '../../lib/schema';

export const HOST_ATTRIBUTE = 'data-os-host';

const SEVERITY_COLOURS = { P1: '#c62828', P2: '#ef6c00', P3: '#546e7a' } as const;

const HOST_STYLE: ReadonlyArray<[string, string]> = [
  ['position', 'absolute'],
  ['display', 'inline-block'],
  ['margin', '0 0 0 6px'],
  ['padding', '0'],
  ['border', '0'],
  ['z-index', '2147483000'],
  ['pointer-events', 'auto'],
];

const STYLE = `
:host { all: initial; }
.badge { font: 600 11px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #fff;
  border-radius: 9px; padding: 0 7px; white-space: nowrap; cursor: default; display: inline-block; }
.badge:focus-visible { outline: 2px solid #1565c0; outline-offset: 1px; }
.more { opacity: .85; font-weight: 400; }
`;

export interface BadgeLabels {
  language: Language;
  detectorLabel(detector: string): string;
}

/** Adds, updates or removes the badge host in `anchor` for one order. */
export function renderBadge(
  anchor: Element,
  orderId: string,
  findings: readonly RowFinding[],
  labels: BadgeLabels,
  now: number,
): void {
  let host = anchor.querySelector<HTMLElement>(`:scope > [${HOST_ATTRIBUTE}]`);
  if (findings.length === 0) {
    host?.remove();
    return;
  }
  if (!host) {
    host = anchor.ownerDocument.createElement('span');
    host.setAttribute(HOST_ATTRIBUTE, '');
    // Out of the flow, at the spot it would have had: the badge takes no room, so the
    // console's columns and rows keep their size. Inline !important beats any page rule.
    for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
    host.attachShadow({ mode: 'open' });
    anchor.append(host);
  }
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity),
  );
  const top = sorted[0]!;
  host.setAttribute('data-os-order-id', orderId);
  host.setAttribute('data-os-detectors', sorted.map((f) => f.detector).join(' '));
  host.setAttribute('data-os-severity', top.severity);

  const root = host.shadowRoot!;
  const style = root.ownerDocument.createElement('style');
  style.textContent = STYLE;
  const badge = root.ownerDocument.createElement('span');
  badge.className = 'badge';
  badge.tabIndex = 0;
  badge.setAttribute('role', 'status');
  badge.style.background = SEVERITY_COLOURS[top.severity];
  const due = top.dueAt === undefined ? '' : ` · ${formatDue(labels.language, top.dueAt, now)}`;
  badge.textContent = `${top.severity} ${labels.detectorLabel(top.detector)}${due}`;
  if (sorted.length > 1) {
    const more = root.ownerDocument.createElement('span');
    more.className = 'more';
    more.textContent = ` +${sorted.length - 1}`;
    badge.append(more);
  }
  // The tooltip lists every finding for the order, in the seller's language.
  badge.title = sorted.map((f) => `${f.severity} ${labels.detectorLabel(f.detector)}: ${f.explanation[labels.language]}`).join('\n');
  root.replaceChildren(style, badge);
}

/** True when a mutation only touched our own badge hosts (so reading again is pointless). */
export function isOwnMutation(record: MutationRecord): boolean {
  const own = (node: Node) => node instanceof Element && node.hasAttribute(HOST_ATTRIBUTE);
  if (record.type === 'attributes') return own(record.target);
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(own);
}
