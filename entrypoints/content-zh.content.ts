import '../lib/zod-config'; // first: before any schema is created (see the file)
import { CHINESE_CONSOLES, matchesOf } from '../lib/adapters';
import { runContentScript } from './content/run';

/**
 * The content script of the Chinese consoles (Taobao/Tmall, Pinduoduo, JD, Douyin): each page
 * loads one family's adapters (the others: entrypoints/content).
 */
export default defineContentScript({
  matches: matchesOf(CHINESE_CONSOLES),
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, CHINESE_CONSOLES),
});
