/**
 * The content script of a review or message page: reads its entries when the page settles and
 * again when they change, and sends a read only when it differs from the last one sent. Nothing
 * the page shows is parsed or inserted here; a failure is kept out of the seller's page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readEntries } from './read';
import { NO_ENTRY_LIST, type AnnotationPage } from './types';

/** How long the page must stay still before it is read (a console's list renders in bursts). */
const SETTLE_MS = 400;
/**
 * How long after the script starts a page that shows no entry and no word for "none" is taken as
 * rendered: then read health says the page's list was not found, instead of saying nothing.
 */
export const RENDERED_MS = 4_000;

export function runAnnotationPage(page: AnnotationPage, ctx: ContentScriptContext, renderedMs = RENDERED_MS): void {
  let last = '';
  let started = Date.now();
  // The background zod-parses both messages (lib/schema: orders.annotated, page.status); this script carries no schema.
  const send = (message: object) => browser.runtime.sendMessage(message);
  const read = () => {
    if (!ctx.isValid) return;
    try {
      const url = location.href.slice(0, 4000);
      if (!page.isPage(new URL(url))) return;
      const { rows, unnumbered, empty, whole, byMeaning, otherView, answered } = readEntries(page, document);
      const at = Date.now();
      let message: object;
      const shown = rows.length > 0 || unnumbered > 0 || answered.length > 0;
      if (!shown && !empty) {
        // An order page without its mark has nothing to say.
        if (page.kind === 'order') return;
        if (otherView) {
          // Another view is the seller's choice: read health says which view is read.
          message = { type: 'page.status', status: { kind: 'unsupported', url, reason: NO_ENTRY_LIST.otherView, at } };
        } else {
          // Not rendered yet: the observer, or this timer, reads again.
          const wait = started + renderedMs - at;
          if (wait > 0) return void (timer = ctx.setTimeout(read, wait));
          message = { type: 'page.status', status: { kind: 'unsupported', url, reason: NO_ENTRY_LIST[page.kind], at } };
        }
      } else if (!shown && !whole) {
        // The page's own "none": read health says so in the page's words (no reviews, no messages waiting).
        message = { type: 'page.status', status: { kind: 'read', adapter: page.id, url, ordersRead: 0, rowsSkipped: 0, skipped: [], at } };
      } else {
        // An empty list that is whole still says something: none of its orders awaits a reply.
        message = { type: 'orders.annotated', page: page.id, url, observedAt: at, rows, unnumbered, ...(whole ? { whole } : {}), ...(byMeaning ? { byMeaning } : {}), ...(answered.length > 0 ? { answered } : {}) };
      }
      const digest = JSON.stringify([url, rows, unnumbered, empty, whole, byMeaning, answered, otherView]);
      if (digest === last) return;
      last = digest;
      send(message).catch(() => {
        last = '';
      });
    } catch {
      // A page this part cannot read is left as it is.
    }
  };
  let timer: number | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(read, SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    started = Date.now();
    schedule();
  });
  schedule();
}
