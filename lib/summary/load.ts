/** Reads what a weekly summary is computed from (records parsed like every other reader). */
import { parseRows, type SentinelDB } from '../db';
import { Case, CaseEvent, Note, Order } from '../schema';
import type { SummaryInput } from './week';

export async function loadSummaryInput(db: SentinelDB): Promise<SummaryInput> {
  return db.transaction('r', [db.cases, db.caseEvents, db.notes, db.orders], async () => ({
    cases: parseRows(Case, await db.cases.toArray(), 'case'),
    events: parseRows(CaseEvent, await db.caseEvents.toArray(), 'case event'),
    notes: parseRows(Note, await db.notes.toArray(), 'note'),
    // Orders carry the stored key besides the Order fields; zod strips it.
    orders: parseRows(Order, await db.orders.toArray(), 'order'),
  }));
}
