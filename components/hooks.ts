import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { loadSettings, openDb, type SentinelDB } from '../lib/db';
import { resolveLanguage, t } from '../lib/i18n';
import type { Language } from '../lib/schema';

let shared: SentinelDB | undefined;
/** One Dexie instance per extension page. */
export function useDb(): SentinelDB {
  shared ??= openDb();
  return shared;
}

/** The value of a Dexie query, kept current as the database changes (undefined while loading). */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<{ v: T } | undefined>(undefined);
  // Subscribed as soon as the component is in the DOM (a layout effect), not after the first
  // frame as useEffect would: the query's IndexedDB round trips overlap the first paint.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (v) => setValue({ v }),
      error: (error: unknown) => console.warn('[Order Sentinel] query failed', error),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value?.v;
}

/** The current time, refreshed every `everyMs` so countdowns move. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/** Applies the seller's theme (auto follows the system) to the page. */
export function useTheme(db: SentinelDB): void {
  const settings = useLive(() => loadSettings(db), [db]);
  const theme = settings?.theme ?? 'auto';
  useEffect(() => {
    if (theme === 'auto') delete document.documentElement.dataset['theme'];
    else document.documentElement.dataset['theme'] = theme;
  }, [theme]);
}

/** The seller's language: their setting, else the browser's. */
export function useLanguage(db: SentinelDB): Language {
  useTheme(db);
  const settings = useLive(() => loadSettings(db), [db]);
  return resolveLanguage(settings?.language ?? 'auto', browser.i18n.getUILanguage());
}

/** What every extension page starts with: the database, the seller's language (titling the page), the clock. */
export function usePage(): { db: SentinelDB; lang: Language; now: number } {
  const db = useDb();
  const lang = useLanguage(db);
  const now = useNow();
  useEffect(() => {
    document.title = t(lang, 'appName');
  }, [lang]);
  return { db, lang, now };
}
