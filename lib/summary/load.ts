/** Reads what a weekly summary is computed from (records parsed like every other reader). */
import { parseRows, type SentinelDB } from '../db';
import { Case, CaseEvent, Note, Order, StatusChange } from '../schema';
import type { SummaryInput } from './week';

const SHIPPED_OR_LATER: ReadonlySet<string> = new Set(['shipped', 'delivered', 'completed', 'returned', 'return_requested']);

export async function loadSummaryInput(db: SentinelDB): Promise<SummaryInput> {
  return db.transaction('r', [db.cases, db.caseEvents, db.notes, db.orders, db.statusHistory], async () => ({
    cases: parseRows(Case, await db.cases.toArray(), 'case'),
    events: parseRows(CaseEvent, await db.caseEvents.toArray(), 'case event'),
    notes: parseRows(Note, await db.notes.toArray(), 'note'),
    // Orders carry the stored key besides the Order fields; zod strips it.
    orders: parseRows(Order, await db.orders.toArray(), 'order'),
    // Only changes into a shipped-or-later status matter (when a page-read parcel left): the rest stay on disk.
    statusHistory: parseRows(
      StatusChange,
      await db.statusHistory.filter((h: { status?: unknown }) => SHIPPED_OR_LATER.has(String(h.status))).toArray(),
      'status change',
    ),
  }));
}
