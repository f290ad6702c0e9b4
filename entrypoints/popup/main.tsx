import '../../lib/zod-config'; // first: before any schema is created (see the file)
import '../../lib/zod-messages'; // zod's English issue messages: they reach the seller here
import { render } from 'preact';
import '../../components/ui.css';
import './popup.css';
import { App } from './App';
import { earlyReads, openExisting } from '../../lib/db/open-existing';
import { readPopup } from '../../lib/db/read';
import { hasMessages, resolveLanguage } from '../../lib/i18n';
import { firstTexts, loadTexts } from '../../components/messages';
import type { ContentConfig } from '../../lib/schema';
import { CONTENT_CONFIG, readStored, watchStored } from '../../lib/storage/stored';

// Texts without bundling the message files (popup ≤ 60 KB gzipped): the browser's
// language through its i18n API; the other one, when the seller picked it, as a lazy chunk.
// The seller's language is read from the copy of the settings the background keeps for
// content scripts (one storage read, no database).
// The most urgent cases are asked for at once, so the database opens and answers while the
// page renders: on plain IndexedDB, read-only, without loading Dexie (popup first
// paint ≤ 100 ms); the App loads Dexie for live updates once they are drawn.
// The early script (entrypoints/popup-early.ts) began opening the database and reading the
// soonest-due cases, so they are parsed and drawn as soon as this module runs; opened and read
// here if it did not run.
const early = earlyReads();
const first = readPopup(early.opening ?? openExisting(indexedDB), undefined, early.due);
const root = document.getElementById('app')!;
const draw = () => render(<App first={first} />, root);
// Drawn at once in the language the seller's pages last spoke (components/language.ts): when it
// is the browser's, its texts are already there; when it is the other one, its texts are loaded
// first, so the first frame never speaks the wrong language. Waiting for the storage read
// below first only delayed the frame, by tens of ms when the browser is busy.
void firstTexts().then(draw);
/** The texts of the seller's language, when they are not loaded yet: loaded, then drawn again. */
async function loadLanguage(config: ContentConfig): Promise<void> {
  const lang = resolveLanguage(config.language, browser.i18n.getUILanguage());
  if (hasMessages(lang)) return;
  await loadTexts(lang);
  draw();
}
void readStored(CONTENT_CONFIG)
  .then(loadLanguage)
  .catch(() => undefined);
// The background mirrors a language just chosen in the options a moment later: follow it.
watchStored(CONTENT_CONFIG, (config) => void loadLanguage(config));
