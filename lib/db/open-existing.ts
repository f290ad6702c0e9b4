import { DB_NAME } from './names';

/**
 * The existing database, or undefined when there is none yet (first run: the background has
 * not opened it). Opened without a version, so an existing one is never upgraded; a missing
 * one would be created empty at version 1 — which would then stand in Dexie's way — so its
 * creation is aborted and nothing is left behind.
 */
export function openExisting(factory: IDBFactory, name: string = DB_NAME): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let missing = false;
    request.onupgradeneeded = () => {
      missing = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const db = request.result;
      // The background upgrading the schema must not wait for the popup.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = (event) => {
      if (!missing) return reject(request.error ?? new Error(`cannot open ${name}`));
      event.preventDefault(); // the abort was ours: not an error
      resolve(undefined);
    };
  });
}

/**
 * Where the popup's early script (entrypoints/popup-early.ts) leaves the database it began to
 * open: it runs as a classic script while the page's modules are still loading, so the open
 * (10–20 ms) is done by the time the popup's module asks for the first cases.
 */
export const POPUP_OPEN_GLOBAL = '__orderSentinelPopupOpen';
