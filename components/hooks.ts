import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { useNow } from './clock';
import { loadSettings, openDb, type SentinelDB } from '../lib/db';
import { t } from '../lib/i18n';
import { pageLanguage } from './language';
import { usePageTheme, usePageTitle } from './look';
import { useTexts } from './messages';
import type { Language } from '../lib/schema';
import { setZodLanguage } from '../lib/zod-messages';

let shared: SentinelDB | undefined;
/** The page's one Dexie instance, opened at once (also before the first render, for prefetching). */
export function pageDb(): SentinelDB {
  if (shared === undefined) {
    shared = openDb();
    // A failure to open shows up in every query that uses the database; nothing to add here.
    shared.open().catch(() => undefined);
  }
  return shared;
}

/** One Dexie instance per extension page, opened at once (while the page renders). */
export function useDb(): SentinelDB {
  return pageDb();
}

/**
 * The value of a Dexie query, kept current as the database changes (undefined while loading).
 * `eager`: also run the query once at once, for what the first screen shows — liveQuery runs
 * its first query only after a timer, i.e. after the page's first frame. Only for small
 * queries: until liveQuery's first answer the query runs twice. Or the same query's answer
 * already asked for before the first render (a prefetch), used until liveQuery answers.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[], options: { eager?: boolean | Promise<T> } = {}): T | undefined {
  const [value, setValue] = useState<{ v: T } | undefined>(undefined);
  // A layout effect, so the subscription (and an eager query) starts before the first paint.
  useLayoutEffect(() => {
    let stopped = false;
    let liveAnswered = false;
    if (options.eager) {
      (options.eager === true ? query() : options.eager).then(
        (v) => !stopped && !liveAnswered && setValue({ v }),
        () => undefined, // liveQuery runs the same query and reports its failure
      );
    }
    const subscription = liveQuery(query).subscribe({
      next: (v) => {
        liveAnswered = true;
        setValue({ v });
      },
      error: (error: unknown) => console.warn('[Order Sentinel] query failed', error),
    });
    return () => {
      stopped = true;
      subscription.unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value?.v;
}


/** Applies the seller's theme (auto follows the system) to the page. */
export function useTheme(db: SentinelDB): void {
  const settings = useLive(() => loadSettings(db), [db]);
  usePageTheme(settings?.theme ?? 'auto');
}

/** The seller's language: their setting, else the browser's. */
export function useLanguage(db: SentinelDB): Language {
  useTheme(db);
  const settings = useLive(() => loadSettings(db), [db]);
  const lang = pageLanguage(settings === undefined ? undefined : (settings.language ?? 'auto'), browser.i18n.getUILanguage());
  // Pages that load only the browser's language (components/messages.ts) fetch the seller's.
  useTexts(lang);
  // zod's messages (refused files, settings) in the language the page speaks.
  setZodLanguage(lang);
  return lang;
}

/** What every extension page starts with: the database, the seller's language (titling the page), the clock. */
export function usePage(): { db: SentinelDB; lang: Language; now: number } {
  const db = useDb();
  const lang = useLanguage(db);
  const now = useNow();
  usePageTitle(t(lang, 'appName'));
  return { db, lang, now };
}
