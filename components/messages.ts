import { useEffect, useState } from 'preact/hooks';
import { hasMessages } from '../lib/i18n';
import { ensureMessages, provideBrowserMessages, tableOf } from '../lib/i18n/browser';
import type { Language } from '../lib/schema';
import { pageLanguage } from './language';

/**
 * Texts for the extension pages with a first-paint budget (popup, side panel) without bundling
 * both message files (~110 KB of script to load and run before the first paint): the browser's
 * own language through its i18n API, which already holds that file, and the other language,
 * when the seller picked it, as a lazy chunk.
 */
export function provideBrowserTexts(): void {
  provideBrowserMessages((key) => browser.i18n.getMessage(key));
}

/**
 * Makes sure `lang`'s texts are there: at once when they are the browser's, else its file's chunk.
 * Never fails: a chunk that cannot load is logged, and the browser's texts stand.
 */
export function loadTexts(lang: Language): Promise<void> {
  if (hasMessages(lang)) return Promise.resolve();
  return ensureMessages(lang, async (l) =>
    tableOf((l === 'zh' ? await import('../public/_locales/zh_CN/messages.json') : await import('../public/_locales/en/messages.json')).default),
  ).catch((error: unknown) => console.warn('[Order Sentinel] could not load texts', error));
}

/**
 * A page's texts before its first frame: the browser's language at once, and the language the
 * seller's pages last spoke (components/language.ts) when it is the other one, so the first frame
 * never speaks the wrong language.
 */
export function firstTexts(): Promise<void> {
  provideBrowserTexts();
  return loadTexts(pageLanguage(undefined, browser.i18n.getUILanguage()));
}

/**
 * Draws the page again once `lang`'s texts are loaded, for a seller who picks the language the
 * browser does not speak while the page is open (pages that bundle both files never wait).
 */
export function useTexts(lang: Language): void {
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (hasMessages(lang)) return;
    let stopped = false;
    void loadTexts(lang).then(() => !stopped && setLoaded((n) => n + 1));
    return () => {
      stopped = true;
    };
  }, [lang]);
}
