import '../../lib/zod-config'; // first: before any schema is created (see the file)
import '../../lib/zod-messages'; // zod's English issue messages: they reach the seller here
import { render } from 'preact';
import '../../components/ui.css';
import './sidepanel.css';
import { App } from './App';
import { firstTexts } from '../../components/messages';
import { earlyReads, INBOX_FIRST_ROWS, openExisting } from '../../lib/db/open-existing';
import { readInboxFirst } from '../../lib/db/read';
import { byDueThenSeverity } from '../../lib/inbox/choices';

// The first screen is asked for before rendering, on plain IndexedDB (lib/db/read.ts): the
// database opens and answers while the page renders, without waiting for Dexie, which the
// App opens for live updates once this screen is painted. The early script
// (entrypoints/popup-early.ts, in index.html) began opening the database and reading these
// cases; opened and read here if it did not run.
const early = earlyReads();
const first = readInboxFirst(early.opening ?? openExisting(indexedDB), INBOX_FIRST_ROWS, byDueThenSeverity, early.due);
first.catch(() => undefined); // reported by the App's own query if it fails
// Texts: the browser's language at once; the seller's (remembered from the last page, see
// components/language.ts), when it is the other one, is loaded before the first paint so the
// page never shows the wrong language first.
void firstTexts().then(() => render(<App first={first} />, document.getElementById('app')!));
