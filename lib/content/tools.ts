import type { insertReply } from './insert';
import type { readWholeList } from './scroll';

/**
 * The page tools' script (entrypoints/page-tools.ts) is injected on demand and leaves them on
 * this global of the isolated world it shares with the content script.
 */
export const TOOLS_GLOBAL = '__orderSentinelPageTools';
/** The reader by meaning's script (entrypoints/reader.ts) leaves its layout reader on this global. */
export const READER_GLOBAL = '__orderSentinelReader';
/** …and there too, for the popup, how many order numbers the page's order list shows (0: none). */
export const DETECT_GLOBAL = '__orderSentinelDetect';
export interface PageTools {
  readonly insertReply: typeof insertReply;
  readonly readWholeList: typeof readWholeList;
}
