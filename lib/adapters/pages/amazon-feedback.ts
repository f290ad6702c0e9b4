/**
 * Amazon Seller Central › Performance › Feedback Manager (/feedback-manager/index.html): the
 * Recent Feedback table, one row per buyer's seller feedback, naming its order.
 *
 * Public evidence, seen 2026-12-06 (file ids are the session search index's):
 * - the address `https://sellercentral.amazon.com/feedback-manager/index.html` (an Angular app that
 *   adds `#/`; files 68396568073, 10875039218, 31778170609);
 * - the table, from a read-only DOM probe of the live page (file 67125706178): the section titled
 *   "Recent Feedback" (最新反馈) inside `.fbm-content.katal`, rows
 *   `kat-table-row:not(.fb-detail-table-header)`, the date in `kat-table-cell.col_order_date`, the
 *   rating as the `value` of `kat-table-cell.col_feedback_rating kat-star-rating`, the order in
 *   `kat-table-cell.col_order_id kat-link`, the comment in the fourth cell; headers Date / Rating /
 *   Order ID / Comments / Actions;
 * - 1–2 stars are negative, 3 neutral (Seller Central help "About Feedback Manager", itemID 761).
 */
import { AMAZON_HOSTS } from './amazon-hosts';
import type { AnnotationPage, PageTestUrls } from './types';

const ORDER_NUMBER = /(?<!\d)(\d{3}-\d{7}-\d{7})(?!\d)/;
/** A date alone on its line, in any marketplace's order ("11/25/2026", "25.11.2026", "2026/11/25"). */
const DATE = /^(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})$/m;
/** The comment by shape: the first line that is not the row's date, star value or order number. */
const COMMENT = /^(?!\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|\d$|\d{3}-\d{7}-\d{7}$)(.+)$/m;

export const amazonFeedback: AnnotationPage = {
  id: 'amazon-feedback',
  console: 'amazon',
  kind: 'reviews',
  matches: AMAZON_HOSTS.map((host) => `https://${host}/feedback-manager/*`),
  isPage: (url) => url.protocol === 'https:' && AMAZON_HOSTS.includes(url.hostname) && /^\/feedback-manager\/(?:index\.html)?$/.test(url.pathname),
  entries: [
    '.fbm-content kat-table-row:not(.fb-detail-table-header)', // Recent Feedback rows (file 67125706178), seen 2026-12-06
    'kat-table-body kat-table-row', // the same rows if the section's class changes
  ],
  fields: {
    // The order number is the kat-link's label: the link draws it in its shadow root (file 67125706178), seen 2026-12-06.
    orderId: { select: ['kat-table-cell[class*="col_order_id"] kat-link'], attribute: 'label', pattern: /(\d{3}-\d{7}-\d{7})/ },
    // kat-star-rating value="1".."5" (file 67125706178), seen 2026-12-06.
    // By shape: the star component's value, a digit alone.
    rating: { select: ['kat-table-cell[class*="col_feedback_rating"] kat-star-rating'], attribute: 'value', shape: /^(\d)$/m },
    // The date cell (file 67125706178), seen 2026-12-06.
    reviewedAt: { select: ['kat-table-cell[class*="col_order_date"]'], shape: DATE },
    // The comment is the fourth cell (file 67125706178); by its class where the page gives one.
    review: { select: ['kat-table-cell[class*="col_comments"]', 'kat-table-cell:nth-of-type(4)'], shape: COMMENT },
  },
  // Amazon's order number, 3-7-7 digits (file 67125706178), seen 2026-12-06.
  meaning: { orderNumber: ORDER_NUMBER },
  emptyMarkers: ['No feedback', 'You have not received any feedback'],
};

export const testUrls: PageTestUrls = {
  match: ['https://sellercentral.amazon.com/feedback-manager/index.html', 'https://sellercentral.amazon.de/feedback-manager/index.html'],
  noMatch: ['https://sellercentral.amazon.com/orders-v3', 'https://sellercentral.amazon.com/feedback-manager-other/', 'https://www.amazon.com/feedback-manager/index.html'],
};
