import { useEffect, useState } from 'preact/hooks';
import { INBOX_FIRST_ROWS } from '../lib/db/open-existing';
import { allCaseRows, firstLiveCases, parseRowsInSlices, searchableOrders, type SentinelDB } from '../lib/db';
import { byDueThenSeverity, indexOrders, type OrderIndex } from '../lib/inbox/choices';
import { Case } from '../lib/schema';
import { useLive } from './hooks';

/** Rows the inbox's first screen needs: a tall panel's worth (~18 rows of 50 px) and the list's overscan. */
export const FIRST_SCREEN_ROWS = INBOX_FIRST_ROWS;

/** The inbox's first screen (see `useInboxCases`); main.tsx asks for it before the first render. */
export const firstFor = (db: SentinelDB): Promise<Case[]> => firstLiveCases(db, FIRST_SCREEN_ROWS, byDueThenSeverity);

/**
 * The inbox's cases, in two steps so the seller sees the most pressing ones at once:
 * `first`, the first screen of live cases soonest due (a few indexed reads, see
 * `firstLiveCases`), then `all`, every case, read a page at a time after the first screen and
 * parsed a slice at a time (input is answered meanwhile). Both stay current as cases change.
 * `prefetched`: the first screen already asked for (`firstFor`, or without Dexie: lib/db/read.ts
 * `readInboxFirst`), used until liveQuery answers.
 */
export function useInboxCases(db: SentinelDB, prefetched?: Promise<Case[]>): { first: Case[] | undefined; all: Case[] | undefined } {
  const [all, setAll] = useState<Case[]>();
  const loaded = all !== undefined;
  // Once every case is there the first screen's query is not needed any more.
  const first = useLive(async () => (loaded ? undefined : firstFor(db)), [db, loaded], { eager: loaded || (prefetched ?? true) });
  // The full read starts after the first screen's reads, not alongside them (IndexedDB
  // would serve the long read first and hold the first screen up behind it).
  const [firstRead, setFirstRead] = useState(false);
  useEffect(() => {
    if (first !== undefined) setFirstRead(true);
  }, [first]);
  const rows = useLive(async () => (firstRead ? allCaseRows(db) : undefined), [db, firstRead]);
  useEffect(() => {
    if (rows === undefined) return;
    const abort = new AbortController();
    parseRowsInSlices(Case, rows, 'case', { signal: abort.signal }).then(setAll, (error: unknown) => {
      if (!abort.signal.aborted) console.warn('[Order Sentinel] reading cases failed', error);
    });
    return () => abort.abort();
  }, [rows]);
  return { first, all };
}

/**
 * The orders behind `cases`, for the inbox's text filter, read only once the seller searches
 * (10 000 orders take ~250 ms to read and are needed for nothing else in the inbox).
 */
export function useSearchableOrders(db: SentinelDB, cases: readonly Case[] | undefined, searching: boolean): OrderIndex | undefined {
  return useLive(async () => (searching && cases ? indexOrders(await searchableOrders(db, cases)) : undefined), [db, cases, searching]);
}
