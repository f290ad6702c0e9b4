import { defineContentScript } from 'wxt/utils/define-content-script';
import { runAnnotationPage } from '../lib/adapters/pages/run';
import { woocommerceOrder } from '../lib/adapters/pages/woocommerce-order';

/**
 * Its own small script, registered at run time by the background on the order edit pages of the
 * origins the seller granted for WooCommerce (entrypoints/background/sites.ts): sites.js stays
 * within its size budget and no host is asked for at install.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    runAnnotationPage(woocommerceOrder, ctx);
  },
});
