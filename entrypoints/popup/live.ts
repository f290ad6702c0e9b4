import { liveQuery } from 'dexie';
import { pageDb } from '../../components/hooks';
import { liveCounts, loadSettings, mostUrgent } from '../../lib/db';
import type { Case, Severity } from '../../lib/schema';
import type { Settings } from '../../lib/settings';

export interface PopupLive {
  urgent(cases: Case[]): void;
  counts(counts: Record<Severity, number>): void;
  settings(settings: Settings): void;
}

/**
 * Keeps the popup current as the database changes (Dexie liveQuery). Loaded after the first
 * screen is drawn from the plain-IndexedDB read (lib/db/read.ts): it brings Dexie (~30 KB
 * gzipped), which the first paint must not wait for. Returns the unsubscribe.
 */
export function follow(on: PopupLive): () => void {
  const db = pageDb();
  const error = (e: unknown) => console.warn('[Order Sentinel] query failed', e);
  const subscriptions = [
    liveQuery(() => mostUrgent(db)).subscribe({ next: on.urgent, error }),
    liveQuery(() => liveCounts(db)).subscribe({ next: on.counts, error }),
    liveQuery(() => loadSettings(db)).subscribe({ next: on.settings, error }),
  ];
  return () => subscriptions.forEach((s) => s.unsubscribe());
}
