import { defineContentScript } from 'wxt/utils/define-content-script';
import { runAnnotationPage } from '../lib/adapters/pages/run';
import { shopifyOrder } from '../lib/adapters/pages/shopify-order';

/**
 * Its own small script on the admin's pages (the console's own hosts, no new permission): the
 * order list's script stays within its size budget, and an order opened from the list without a
 * page load is read when the route becomes an order's page.
 */
export default defineContentScript({
  matches: [...shopifyOrder.matches],
  // Not the console script's run time: the manifest keeps the two scripts in entries of their own.
  runAt: 'document_end',
  main(ctx) {
    runAnnotationPage(shopifyOrder, ctx);
  },
});
