/**
 * The tab the popup speaks about: the active tab, or the one named by `?tab=` (the demo and
 * the end-to-end tests open the popup as a page, where the active tab is the popup itself).
 */
export async function popupTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab') ?? NaN);
  if (Number.isInteger(named) && named >= 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
