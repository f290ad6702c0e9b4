import { defineContentScript } from 'wxt/utils/define-content-script';
import { PAGE_DATA_BODY_MAX, PAGE_DATA_EMBEDDED } from '../lib/pagedata/sources';

/**
 * On Taobao's order detail page only: hands the text of the inline script holding the order's
 * data to the background, which decodes, checks and reads it (lib/pagedata/taobao-detail.ts). A
 * script of its own, apart from taobao.js at its size budget; it runs nothing of the page's.
 */
export default defineContentScript({
  matches: PAGE_DATA_EMBEDDED.flatMap((s) => s.matches),
  runAt: 'document_idle',
  main() {
    const url = location.href;
    const source = PAGE_DATA_EMBEDDED.find((s) => s.responses.test(url));
    if (source?.embedded === undefined) return;
    const mark = source.embedded.mark;
    // An inline script is read as text; one carried from elsewhere (src) holds no order of this page.
    const script = Array.from(document.scripts).find((s) => !s.src && (s.textContent ?? '').includes(mark));
    const text = script?.textContent ?? '';
    browser.runtime
      .sendMessage({ type: 'pagedata.observed', url: url.slice(0, 4000), source: url.slice(0, 4000), observedAt: Date.now(), ...(text.length > PAGE_DATA_BODY_MAX ? {} : { body: text }) })
      .catch(() => undefined);
  },
});
