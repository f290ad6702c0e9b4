/** Teach mode's script (entrypoints/teach.ts), as built. */
const TEACH_SCRIPT = 'teach.js';

interface Scripting {
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}
interface TabsMV2 {
  executeScript(tabId: number, details: { file: string }): Promise<unknown>;
}

/**
 * Injects teach mode into the tab whose content script asked for it (the seller started teach
 * mode from the popup): it is not part of the content script, which every console page loads
 * (size budget). The tab is one the extension already reads, so no new permission.
 */
export function injectTeach(tabId: number): Promise<void> {
  return inject(tabId, TEACH_SCRIPT);
}

/** The note popover's script (entrypoints/notes.ts), as built. */
const NOTES_SCRIPT = 'notes.js';

/**
 * Injects the note popover into the tab whose content script asked for it (the seller opened
 * a note on a row), for the same reason and with the same (no new) permission as teach mode.
 */
export function injectNotes(tabId: number): Promise<void> {
  return inject(tabId, NOTES_SCRIPT);
}

/** The page tools' script (entrypoints/page-tools.ts), as built. */
const TOOLS_SCRIPT = 'page-tools.js';

/**
 * Injects the page tools into the tab whose content script asked for them (the seller put a
 * reply into the console, or asked for the whole list), as the note popover.
 */
export function injectTools(tabId: number): Promise<void> {
  return inject(tabId, TOOLS_SCRIPT);
}

/** The reader by meaning's script (entrypoints/reader.ts), as built. */
const READER_SCRIPT = 'reader.js';

/**
 * Injects the reader by meaning into a console tab whose adapter found no order list (the
 * console changed its markup), as the note popover: a tab the extension already reads.
 */
export function injectReader(tabId: number): Promise<void> {
  return inject(tabId, READER_SCRIPT);
}

async function inject(tabId: number, file: string): Promise<void> {
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  if (scripting) await scripting.executeScript({ target: { tabId }, files: [file] });
  // Firefox's MV2 build: tabs.executeScript.
  else await (browser.tabs as unknown as TabsMV2).executeScript(tabId, { file: `/${file}` });
}
