import { defineContentScript } from 'wxt/utils/define-content-script';
import { douyinMessages } from '../lib/adapters/pages/douyin-messages';
import { runAnnotationPage } from '../lib/adapters/pages/run';

/** Its own small script: the console's order-list script stays within its size budget. */
export default defineContentScript({
  matches: [...douyinMessages.matches],
  runAt: 'document_idle',
  main(ctx) {
    runAnnotationPage(douyinMessages, ctx);
  },
});
