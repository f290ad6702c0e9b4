import '../../lib/zod-config'; // first: before any schema is created (see the file)
import { OTHER_CONSOLES, matchesOf } from '../../lib/adapters';
import { runContentScript } from './run';

/**
 * The content script of the consoles outside China and of the demo console; the background
 * also registers it for the sites the seller grants (WooCommerce, taught sites). The Chinese
 * consoles have their own (content-zh.content.ts): each page loads one family's adapters.
 */
export default defineContentScript({
  matches: matchesOf(OTHER_CONSOLES),
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, OTHER_CONSOLES),
});
