import { defineContentScript } from 'wxt/utils/define-content-script';
import { amazonMessages } from '../lib/adapters/pages/amazon-messages';
import { runAnnotationPage } from '../lib/adapters/pages/run';

/** Its own small script: the console's order-list script stays within its size budget. */
export default defineContentScript({
  matches: [...amazonMessages.matches],
  runAt: 'document_idle',
  main(ctx) {
    runAnnotationPage(amazonMessages, ctx);
  },
});
