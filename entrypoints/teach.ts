import '../lib/zod-config'; // first: before any schema is created (see the file)
import '../lib/zod-messages'; // zod's English issue messages: they reach the seller here
import { provideMessages } from '../lib/i18n';
import { startTeach } from '../lib/content/teach';
import { TEACH_GLOBAL, type StartTeach } from '../lib/content/taught';

/**
 * Teach mode, injected by the background into the seller's tab when they start it from the
 * popup (message teach.inject), instead of riding in every console page's content script
 * (content script ≤ 25 KB gzipped). Runs in the content script's isolated world and
 * hands it startTeach there.
 */
export default defineUnlistedScript(() => {
  const start: StartTeach = ({ texts, ...options }) => {
    provideMessages(options.language, texts);
    return startTeach(options);
  };
  (globalThis as unknown as Record<string, StartTeach>)[TEACH_GLOBAL] = start;
});
