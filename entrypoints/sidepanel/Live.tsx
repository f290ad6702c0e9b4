import { useEffect } from 'preact/hooks';
import { pageDb, useLive } from '../../components/hooks';
import { useInboxCases, useSearchableOrders } from '../../components/inbox-cases';
import { loadSettings, type SentinelDB } from '../../lib/db';
import type { OrderIndex } from '../../lib/inbox/choices';
import type { Case } from '../../lib/schema';
import type { Settings } from '../../lib/settings';

/** What the inbox reads through Dexie, kept current as the database changes. */
export interface InboxData {
  db: SentinelDB;
  settings?: Settings;
  first?: Case[];
  all?: Case[];
  orders?: OrderIndex;
}

/**
 * Draws nothing: opens Dexie and keeps the inbox's data current (the settings, the first screen,
 * every case, the orders a search needs), handing each change to the App. The App loads it once
 * its first screen, read without Dexie (main.tsx), is painted, so Dexie (~100 KB of script) is
 * neither loaded nor opened before that screen.
 */
export function LiveInbox(props: { first?: Promise<Case[]>; searching: boolean; onData: (data: InboxData) => void }) {
  const db = pageDb();
  const settings = useLive(() => loadSettings(db), [db]);
  const { first, all } = useInboxCases(db, props.first);
  const orders = useSearchableOrders(db, all, props.searching);
  const { onData } = props;
  useEffect(() => onData({ db, settings, first, all, orders }), [onData, db, settings, first, all, orders]);
  return null;
}
