import { openExisting, POPUP_OPEN_GLOBAL } from '../lib/db/open-existing';

/**
 * The popup's first step, loaded as a classic script from popup.html's head (popup
 * first paint ≤ 100 ms): it begins opening the database while the page's modules are still
 * being fetched and compiled (~30 ms), and leaves the promise for the popup's module
 * (entrypoints/popup/main.tsx). It imports nothing but the database's name.
 */
export default defineUnlistedScript(() => {
  const opening = openExisting(indexedDB);
  opening.catch(() => undefined); // the popup's first read reports it
  (globalThis as unknown as Record<string, Promise<IDBDatabase | undefined>>)[POPUP_OPEN_GLOBAL] = opening;
});
