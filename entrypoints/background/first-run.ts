/**
 * First run: on install, the welcome page opens, and the console tabs the seller opened before
 * installing are read at once. Chromium injects declared content scripts only into pages loaded
 * after the install, so each one goes into the open tabs its matches name (the host permissions
 * already cover them). Firefox injects declared content scripts into matching open tabs itself,
 * and a discarded tab loads afresh, scripts included, when the seller returns to it. A tab that
 * refuses the script has the popup say "reload this tab to start" (entrypoints/popup).
 */
interface Scripting {
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

/** The welcome page, as built from entrypoints/welcome/. */
export const WELCOME_PAGE = '/welcome.html';

export function registerFirstRun(logFailure: (what: string) => (err: unknown) => void): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(logFailure('opening the welcome page'));
    void readOpenConsoleTabs().catch(logFailure('reading the console tabs open before the install'));
  });
}

async function readOpenConsoleTabs(): Promise<void> {
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  if (!scripting) return;
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    if (!script.matches?.length || !script.js?.length) continue;
    const tabs = await browser.tabs.query({ url: script.matches });
    const files = script.js;
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined || tab.discarded) return;
        // One tab that refuses (an error page, a tab closing) must not keep the others unread.
        await scripting.executeScript({ target: { tabId: tab.id }, files }).catch(() => undefined);
      }),
    );
  }
}
