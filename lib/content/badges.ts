/**
 * The row badges: drawn from the badges the background sent, in the answer to the page's read
 * or pushed when the cases of orders shown here changed. Nothing is asked for on its own.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReadRow, RowTexts } from '../extract/read';
import { t, type MessageKey } from '../i18n';
import type { Marketplace, RowFinding } from '../schema';
import type { Config } from './config';
import { HOST_ATTRIBUTE, removeOverlay, renderRow, type Overlay } from './overlay';
import { loadNotes, safely, send } from './page-code';

export interface Badges {
  init(ctx: ContentScriptContext): void;
  /** Whether the badges held cover these orders; if not, the page's next read asks for them. */
  covers(marketplace: Marketplace, orderIds: readonly string[]): boolean;
  /** The background's badges: for the orders `asked` of `marketplace` (a read's answer), or of those asked before (a push). */
  take(findings: readonly RowFinding[], marketplace?: Marketplace, asked?: readonly string[]): void;
  /** Draws the held badges on the rows the background stored; others lose theirs. */
  draw(rows: readonly ReadRow<RowTexts>[], stored: (row: ReadRow<RowTexts>) => boolean): void;
  /** Removes every badge (reading this console was switched off). */
  clear(): void;
}

export function createBadges(config: Config): Badges {
  let marketplace: Marketplace | undefined;
  let asked = new Set<string>();
  let byOrder = new Map<string, RowFinding[]>();
  let drawn: ReadRow<RowTexts>[] = [];

  const overlay: Overlay = {
    labels: config,
    send,
    openNote: async (options) => {
      const open = await loadNotes();
      const language = options.language;
      return open({ ...options, texts: (key: MessageKey) => t(language, key) });
    },
  };

  function redraw(): void {
    const now = Date.now();
    for (const row of drawn) {
      // Every stored row gets the note button; rows with findings get the badge too.
      const orderId = row.order.orderId;
      if (row.anchor.isConnected) renderRow(row.anchor, { marketplace: marketplace!, orderId }, byOrder.get(orderId) ?? [], overlay, now);
    }
  }

  return {
    init(ctx) {
      // Redrawn every minute so their countdowns move.
      ctx.setInterval(() => void safely(async () => redraw()), 60_000);
    },
    covers: (shownOn, orderIds) => shownOn === marketplace && orderIds.every((id) => asked.has(id)),
    take(findings, shownOn, orderIds) {
      byOrder = new Map();
      for (const f of findings) byOrder.set(f.orderId, [...(byOrder.get(f.orderId) ?? []), f]);
      if (orderIds === undefined) return void safely(async () => redraw());
      marketplace = shownOn;
      asked = new Set(orderIds);
    },
    draw(rows, stored) {
      drawn = [];
      for (const r of rows) {
        if (stored(r)) drawn.push(r);
        else removeOverlay(r.anchor);
      }
      redraw();
    },
    clear() {
      // Rows in a shadow root included (no query of the page enters one), and their outlines.
      for (const r of drawn) removeOverlay(r.anchor);
      drawn = [];
      for (const host of document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) host.remove();
    },
  };
}
