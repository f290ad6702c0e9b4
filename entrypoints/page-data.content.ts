import { defineContentScript } from 'wxt/utils/define-content-script';
import { observeResponses } from '../lib/pagedata/observe';
import { PAGE_DATA_BODY_MAX, PAGE_DATA_SOURCES } from '../lib/pagedata/sources';
import { PAGE_DATA_EVENT } from '../lib/pagedata/event';

/**
 * In the console's own page world, before its scripts: observes the responses of its documented
 * order-data addresses (lib/pagedata/sources.ts) and hands their text to
 * entrypoints/page-data-relay.content.ts by a page event. Chrome/Edge only: Firefox's MV2
 * scripts have no page world, so there the page's text is read alone.
 */
export default defineContentScript({
  matches: PAGE_DATA_SOURCES.flatMap((s) => s.matches),
  world: 'MAIN',
  runAt: 'document_start',
  exclude: ['firefox'],
  main() {
    const watched = (url: string) => PAGE_DATA_SOURCES.some((s) => s.responses.test(url));
    observeResponses(window, watched, (detail) => window.dispatchEvent(new CustomEvent(PAGE_DATA_EVENT, { detail })), PAGE_DATA_BODY_MAX);
  },
});
