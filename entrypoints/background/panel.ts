import { chromeSidePanel } from '../../components/inbox';
import { Message } from '../../lib/schema';

/**
 * Opens the case inbox on one case. Chrome's side panel may only be opened in answer to a
 * user gesture; a click in the page reaches here through a message, which Chrome counts as
 * the gesture. Where that is refused (or there is no side panel), the case opens in a tab.
 */
/**
 * `ui.openCase` from a page, answered at once (no await before `sidePanel.open`), or
 * undefined for any other message. Opening our own side panel on a case changes nothing
 * stored, so it needs no further checks than the message's shape.
 */
export function openCaseNow(message: unknown, tabId: number | undefined): Promise<{ ok: true }> | undefined {
  const parsed = Message.safeParse(message);
  if (!parsed.success || parsed.data.type !== 'ui.openCase') return undefined;
  return openCaseInPanel(parsed.data.caseKey, tabId).then(() => ({ ok: true as const }));
}

export async function openCaseInPanel(caseKey: string, tabId?: number): Promise<void> {
  const path = `sidepanel.html#case=${encodeURIComponent(caseKey)}`;
  const sidePanel = chromeSidePanel();
  if (sidePanel && tabId !== undefined) {
    try {
      // Both calls start before any await: the gesture only lasts for this turn.
      const shown = sidePanel.setOptions({ tabId, path, enabled: true });
      await Promise.all([shown, sidePanel.open({ tabId })]);
      return;
    } catch (error) {
      console.warn('order-sentinel: side panel refused, opening the case in a tab', error);
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/sidepanel.html') });
}

/** The inbox from the keyboard shortcut: the side panel of the current tab, else a tab. */
export async function openInboxFromShortcut(tabId?: number): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (sidePanel && tabId !== undefined) {
    try {
      await sidePanel.open({ tabId });
      return;
    } catch (error) {
      console.warn('order-sentinel: side panel refused, opening the inbox in a tab', error);
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}

/** The toolbar icon opens the popup, or the side panel where the browser has one. */
export async function applyToolbarClick(choice: 'popup' | 'sidepanel'): Promise<void> {
  const sidePanel = chromeSidePanel();
  const panel = choice === 'sidepanel' && sidePanel !== undefined;
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  await action?.setPopup({ popup: panel ? '' : 'popup.html' });
  await sidePanel?.setPanelBehavior({ openPanelOnActionClick: panel });
}
