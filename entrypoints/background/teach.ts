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
 * (issue 7: size budget). The tab is one the extension already reads, so no new permission.
 */
export async function injectTeach(tabId: number): Promise<void> {
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  if (scripting) await scripting.executeScript({ target: { tabId }, files: [TEACH_SCRIPT] });
  // Firefox's MV2 build: tabs.executeScript.
  else await (browser.tabs as unknown as TabsMV2).executeScript(tabId, { file: `/${TEACH_SCRIPT}` });
}
