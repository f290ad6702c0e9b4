import { resolveLanguage } from '../lib/i18n';
import type { Language } from '../lib/schema';

/**
 * The language the seller's extension pages last spoke, kept in the extension's own localStorage
 * (never a console page's: only extension pages import this), so a page drawn before its settings
 * are read, the popup above all, speaks it from its first paint instead of the browser's.
 */
const KEY = 'orderSentinel.language';

function remembered(): Language | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'en' || value === 'zh' ? value : undefined;
  } catch {
    return undefined; // storage refused (a private window's policy): the browser's language then
  }
}

/** The page's language: the seller's setting once read (and remembered), before that the one last used. */
export function pageLanguage(setting: 'auto' | Language | undefined, uiLanguage: string): Language {
  if (setting === undefined) return remembered() ?? resolveLanguage('auto', uiLanguage);
  const lang = resolveLanguage(setting, uiLanguage);
  try {
    if (remembered() !== lang) localStorage.setItem(KEY, lang);
  } catch {
    // not kept: the next page waits for its settings, as before
  }
  return lang;
}
