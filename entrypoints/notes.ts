import '../lib/zod-config'; // first: before any schema is created (see the file)
import '../lib/zod-messages'; // zod's English issue messages: they reach the seller here
import { provideMessages } from '../lib/i18n';
import { NOTES_GLOBAL, openNotePopover, type OpenNote } from '../lib/content/note-popover';

/**
 * The one-click note popover, injected by the background into the seller's tab the first time
 * a note is opened there (message notes.inject), instead of riding in every console page's
 * content script (content script ≤ 25 KB gzipped). Runs in the content script's
 * isolated world and hands it the opener there.
 */
export default defineUnlistedScript(() => {
  const open: OpenNote = ({ texts, ...options }) => {
    provideMessages(options.language, texts);
    return openNotePopover(options);
  };
  (globalThis as unknown as Record<string, OpenNote>)[NOTES_GLOBAL] = open;
});
