/**
 * The content script of a review or message page: reads its entries when the page settles and
 * again when they change, and sends a read only when it differs from the last one sent. Nothing
 * the page shows is parsed or inserted here; a failure is kept out of the seller's page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readEntries } from './read';
import type { AnnotationPage } from './types';

/** How long the page must stay still before it is read (a console's list renders in bursts). */
const SETTLE_MS = 400;

export function runAnnotationPage(page: AnnotationPage, ctx: ContentScriptContext): void {
  let last = '';
  // The background zod-parses both messages (lib/schema: orders.annotated, page.status); this script carries no schema.
  const send = (message: object) => browser.runtime.sendMessage(message);
  const read = () => {
    if (!ctx.isValid) return;
    try {
      const url = location.href.slice(0, 4000);
      if (!page.isPage(new URL(url))) return;
      const { rows, unnumbered, empty, whole } = readEntries(page, document);
      // Not rendered yet: the observer reads again when it is.
      if (rows.length === 0 && unnumbered === 0 && !empty) return;
      const digest = JSON.stringify([url, rows, unnumbered, whole]);
      if (digest === last) return;
      last = digest;
      const at = Date.now();
      const status = { kind: 'read', adapter: page.id, url, ordersRead: 0, rowsSkipped: 0, skipped: [], at };
      // An empty list that is whole still says something: none of its orders awaits a reply.
      const sent = rows.length === 0 && unnumbered === 0 && !whole ? send({ type: 'page.status', status }) : send({ type: 'orders.annotated', page: page.id, url, observedAt: at, rows, unnumbered, ...(whole ? { whole } : {}) });
      sent.catch(() => {
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
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  schedule();
}
