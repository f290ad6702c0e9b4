/** Reads what a weekly summary is computed from (records parsed like every other reader). */
import { parseRows, type SentinelDB } from '../db';
import { Case, CaseEvent, Note, Order, StatusChange } from '../schema';
import { AFTER_SHIPPING, BEFORE_SHIPPING, type SummaryInput } from './week';

const AROUND_SHIPPING: ReadonlySet<string> = new Set([BEFORE_SHIPPING, ...AFTER_SHIPPING]);

export async function loadSummaryInput(db: SentinelDB): Promise<SummaryInput> {
  return db.transaction('r', [db.cases, db.caseEvents, db.notes, db.orders, db.statusHistory], async () => ({
    cases: parseRows(Case, await db.cases.toArray(), 'case'),
    events: parseRows(CaseEvent, await db.caseEvents.toArray(), 'case event'),
    notes: parseRows(Note, await db.notes.toArray(), 'note'),
    // Orders carry the stored key besides the Order fields; zod strips it.
    orders: parseRows(Order, await db.orders.toArray(), 'order'),
    // Only changes around shipping matter (when a page-read parcel left): the rest stay on disk.
    statusHistory: parseRows(
      StatusChange,
      await db.statusHistory.filter((h: { status?: unknown }) => AROUND_SHIPPING.has(String(h.status))).toArray(),
      'status change',
    ),
  }));
}
