import { EARLY_DUE_GLOBAL, INBOX_FIRST_ROWS, openExisting, POPUP_AHEAD, POPUP_OPEN_GLOBAL, POPUP_URGENT, readDueRows } from '../lib/db/open-existing';

/**
 * The popup's and the side panel's first step, loaded as a classic script from their pages'
 * head (popup first paint ≤ 100 ms, side panel ≤ 150 ms): it begins opening the database and
 * reading the soonest-due cases of each live status and severity while the page's modules are
 * still being fetched and compiled (~30 ms), and leaves both promises for the page's module
 * (entrypoints/popup/main.tsx, entrypoints/sidepanel/main.tsx), which parses and draws them.
 * It imports nothing but the database's names (no schema, no Dexie).
 */
export default defineUnlistedScript(() => {
  const opening = openExisting(indexedDB);
  // The side panel's first screen holds more cases per group than the popup reads.
  const perGroup = location.pathname.endsWith('/sidepanel.html') ? INBOX_FIRST_ROWS : POPUP_URGENT + POPUP_AHEAD;
  const due = opening.then((db) => (db ? readDueRows(db, perGroup) : undefined));
  // Failures are the page's first read's to report (it reads again itself).
  opening.catch(() => undefined);
  due.catch(() => undefined);
  const g = globalThis as unknown as Record<string, Promise<unknown>>;
  g[POPUP_OPEN_GLOBAL] = opening;
  g[EARLY_DUE_GLOBAL] = due;
});
