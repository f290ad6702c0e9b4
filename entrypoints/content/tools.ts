import type { insertReply } from './insert';
import type { readWholeList } from './scroll';

/**
 * The page tools' script (entrypoints/page-tools.ts) is injected on demand and leaves them on
 * this global of the isolated world it shares with the content script.
 */
export const TOOLS_GLOBAL = '__orderSentinelPageTools';
export interface PageTools {
  readonly insertReply: typeof insertReply;
  readonly readWholeList: typeof readWholeList;
}
