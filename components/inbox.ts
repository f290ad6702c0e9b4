/**
 * Opens the case inbox (side panel in Chrome/Edge, sidebar in Firefox), optionally on one
 * case. Must be called synchronously from a click: both browsers require a user gesture.
 */
/** Chrome's side panel API (not in the polyfill's types); undefined where the browser has none. */
export interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setOptions(options: { tabId?: number; path: string; enabled?: boolean }): Promise<void>;
}
export const chromeSidePanel = (): ChromeSidePanel | undefined =>
  (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
interface FirefoxSidebar {
  open(): Promise<void>;
  setPanel(options: { panel: string }): Promise<void>;
}

/** Where the inbox opens: the list, one case (its key), or the weekly summary. */
export type InboxTarget = string | { view: 'summary' } | undefined;

export function inboxPath(target?: InboxTarget): string {
  if (typeof target === 'object') return `/sidepanel.html#view=${target.view}`;
  return `/sidepanel.html${target ? `#case=${encodeURIComponent(target)}` : ''}`;
}

export function openInbox(windowId: number | undefined, target?: InboxTarget): void {
  const path = inboxPath(target);
  const sidePanel = chromeSidePanel();
  if (sidePanel && windowId !== undefined) {
    void sidePanel.setOptions({ path });
    void sidePanel.open({ windowId }).catch((e: unknown) => console.warn('[Order Sentinel] side panel', e));
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (sidebar) {
    void sidebar.setPanel({ panel: path });
    void sidebar.open();
    return;
  }
  // Neither API: show the inbox in a tab.
  void browser.tabs.create({ url: browser.runtime.getURL(path as '/sidepanel.html') });
}
