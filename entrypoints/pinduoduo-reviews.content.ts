import { defineContentScript } from 'wxt/utils/define-content-script';
import { pinduoduoReviews } from '../lib/adapters/pages/pinduoduo-reviews';
import { runAnnotationPage } from '../lib/adapters/pages/run';

/** Its own small script: the console's order-list script stays within its size budget. */
export default defineContentScript({
  matches: [...pinduoduoReviews.matches],
  runAt: 'document_idle',
  main(ctx) {
    runAnnotationPage(pinduoduoReviews, ctx);
  },
});
