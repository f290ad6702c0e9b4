import { defineContentScript } from 'wxt/utils/define-content-script';
import { PAGE_DATA_BODY_MAX, PAGE_DATA_SOURCES } from '../lib/pagedata/sources';
import { PAGE_DATA_EVENT } from '../lib/pagedata/event';

/**
 * Beside entrypoints/page-data.content.ts, in the extension's world: forwards the observed text
 * as it is to the background, which checks and parses it (lib/pagedata). A script of its own so
 * the consoles' scripts, at their size budget, carry none of this.
 */
export default defineContentScript({
  matches: PAGE_DATA_SOURCES.flatMap((s) => s.matches),
  runAt: 'document_start',
  exclude: ['firefox'],
  main(ctx) {
    const onData = (event: Event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      // Anything else on this event name (the page can send it too) is not ours and is dropped.
      if (typeof detail !== 'string' || detail.length > PAGE_DATA_BODY_MAX + 4100) return;
      const cut = detail.indexOf('\n');
      const source = (cut < 0 ? detail : detail.slice(0, cut)).slice(1, 4001);
      const body = detail[0] === 'D' && cut >= 0 ? detail.slice(cut + 1) : undefined;
      if (body !== undefined && body.length > PAGE_DATA_BODY_MAX) return;
      browser.runtime
        .sendMessage({ type: 'pagedata.observed', url: location.href.slice(0, 4000), source, observedAt: Date.now(), ...(body === undefined ? {} : { body }) })
        .catch(() => undefined);
    };
    window.addEventListener(PAGE_DATA_EVENT, onData);
    ctx.onInvalidated(() => window.removeEventListener(PAGE_DATA_EVENT, onData));
  },
});
