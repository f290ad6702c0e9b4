import { insertReply } from '../lib/content/insert';
import { readWholeList } from '../lib/content/scroll';
import { TOOLS_GLOBAL, type PageTools } from '../lib/content/tools';

/**
 * What a seller asks of a console page now and then, injected by the background into the tab
 * the first time it is asked (message tools.inject), like the note popover and teach mode:
 * putting a reply template into the console's reply box (side panel), and reading a lazily
 * rendered list whole (popup). Every console page loads the content script; few use these
 * (content script ≤ 25 KB gzipped). Runs in the content script's isolated world.
 */
export default defineUnlistedScript(() => {
  const tools: PageTools = { insertReply, readWholeList };
  (globalThis as unknown as Record<string, PageTools>)[TOOLS_GLOBAL] = tools;
});
