import { defineContentScript } from 'wxt/utils/define-content-script';
import { amazonFeedback } from '../lib/adapters/pages/amazon-feedback';
import { runAnnotationPage } from '../lib/adapters/pages/run';

/** Its own small script: the console's order-list script stays within its size budget. */
export default defineContentScript({
  matches: [...amazonFeedback.matches],
  runAt: 'document_idle',
  main(ctx) {
    runAnnotationPage(amazonFeedback, ctx);
  },
});
