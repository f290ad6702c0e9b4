import { useEffect } from 'preact/hooks';

/**
 * The page's look and title, shared by every extension page. Kept apart from components/hooks.ts,
 * which loads Dexie, so the popup and the side panel use it before their first paint.
 */

/** Applies the seller's theme (auto follows the system) to the page. */
export function usePageTheme(theme: string): void {
  useEffect(() => {
    if (theme === 'auto') delete document.documentElement.dataset['theme'];
    else document.documentElement.dataset['theme'] = theme;
  }, [theme]);
}

/** The page's title, following its text rather than the language alone: the Chinese texts may arrive after the language is known. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
