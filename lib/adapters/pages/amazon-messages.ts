/**
 * Amazon Seller Central › Buyer-Seller Messages (/messaging/inbox), in its "Response needed" view:
 * every thread listed awaits the seller's reply, and its time is the buyer's last message, on
 * Amazon's 24-hour clock (weekends and holidays included).
 *
 * Public evidence, seen 2026-12-06 (file ids are the session search index's):
 * - "Messages requiring a response are displayed by default"; a message marked "No response
 *   needed" leaves that view and the response-time count (a Buyer-Seller Messages FAQ,
 *   oliverpiroska.wixsite.com/europe-market-eu/post/buyer-seller-messages-faq; Seller Central help
 *   202152030: reply within 24 hours including weekends and holidays);
 * - the inbox at `https://sellercentral.amazon.com/messaging/inbox` with the view's name in
 *   `#current-filter-text` (its menu offers "All Messages"), the threads in `#threads-list`, each
 *   with `.thread-subject` (`a-size-small`) naming the order as `ddd-ddddddd-ddddddd`,
 *   `.thread-buyername` and `.thread-timestamp` (`a-size-mini`), pages in `#pagination-box`
 *   (selenium scripts, files 24143680649, 24599714926); the view's address
 *   `…/messaging/inbox-v3?fi=responseNeeded` (file 48290627877).
 */
import { AMAZON_HOSTS } from './amazon-hosts';
import type { AnnotationPage, PageTestUrls } from './types';

export const amazonMessages: AnnotationPage = {
  id: 'amazon-messages',
  console: 'amazon',
  kind: 'messages',
  matches: AMAZON_HOSTS.map((host) => `https://${host}/messaging/*`),
  isPage: (url) => url.protocol === 'https:' && AMAZON_HOSTS.includes(url.hostname) && /^\/messaging\/inbox(?:-v3)?\/?$/.test(url.pathname),
  // Only the view of threads awaiting a reply: in "All Messages" a thread's time may be the seller's.
  view: { select: ['#current-filter-text'], pattern: /^Response needed$/i },
  entries: [
    '#threads-list > *', // one element per thread (files 24143680649, 24599714926), seen 2026-12-06
  ],
  fields: {
    // The order number inside the subject (files 24143680649), seen 2026-12-06.
    orderId: { select: ['[class*="thread-subject"]'], pattern: /(\d{3}-\d{7}-\d{7})/ },
    // The thread's time (file 24143680649), seen 2026-12-06.
    buyerMessageAt: { select: ['[class*="thread-timestamp"]'], shape: /^(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.*)$/m },
    // The subject, to recognise the thread in the case (file 24143680649), seen 2026-12-06.
    // By shape: the line naming the order is the subject.
    buyerMessage: { select: ['[class*="thread-subject"]'], shape: /^(.*\d{3}-\d{7}-\d{7}.*)$/m },
  },
  // Amazon's order number, 3-7-7 digits (file 24143680649), seen 2026-12-06.
  meaning: {
    orderNumber: /(?<!\d)(\d{3}-\d{7}-\d{7})(?!\d)/,
    // A lone thread: its subject names the order as "(Order: 111-…)" (subjects quoted by public readers, files 8965992953,
    // 62126795145, 53994439403), its time a date (file 24143680649), seen 2026-12-07.
    single: { label: /\border:?$/i, marker: /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/m },
  },
  // One page of threads: no page after it (its "→" disabled, `a-disabled a-last`) and it is the first
  // (file 24143680649 stops paging on that class), seen 2026-12-06. No pagination at all: one page.
  whole(doc) {
    const box = doc.getElementById('pagination-box');
    if (box === null) return true;
    const next = box.querySelector('.a-last');
    return next !== null && next.classList.contains('a-disabled') && (box.querySelector('.a-selected')?.textContent ?? '').trim() === '1';
  },
  emptyMarkers: ['No messages', 'You have no messages'],
};

export const testUrls: PageTestUrls = {
  match: ['https://sellercentral.amazon.com/messaging/inbox', 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded', 'https://sellercentral.amazon.co.uk/messaging/inbox'],
  noMatch: ['https://sellercentral.amazon.com/messaging/thread/123', 'https://sellercentral.amazon.com/orders-v3', 'https://www.amazon.com/messaging/inbox'],
};
