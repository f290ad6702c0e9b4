/**
 * The seller's record of a case, written to the database: each change and its timeline entry in
 * one transaction, so the case and its timeline never disagree.
 */
import { LIVE_STATUSES, loadSettings, parseRows, saveSettings, type SentinelDB } from '../db';
import { detectorById } from '../detectors';
import { sameBuyer } from '../inbox/buyer';
import { Case, CaseEvent, orderKey, isShopLevel, type CaseChange, type Order } from '../schema';
import { handlingKind, type HandlingKind } from './handling';
import { countsOnToolbar } from './follow-up';
import { applyChange, withReplyUsed } from './record';

/** The handling kind of a case: its detector's family, refined by its order's after-sales reason. */
export function kindOfCase(c: Pick<Case, 'detector'>, order: Pick<Order, 'afterSalesReason'> | undefined): HandlingKind {
  return handlingKind(detectorById(c.detector)?.family ?? 'general', order?.afterSalesReason?.reason);
}

async function caseOrThrow(db: SentinelDB, key: string, what: string): Promise<Case> {
  const row = await db.cases.get(key);
  if (row === undefined) throw new Error(`cannot ${what}: no case with key "${key}"`);
  return Case.parse(row);
}

/** Applies one change of the seller's record to a case (and its timeline). Throws when the case does not exist. */
export async function recordChange(db: SentinelDB, key: string, change: CaseChange, now: number): Promise<Case> {
  return db.transaction('rw', [db.cases, db.caseEvents, db.orders], async () => {
    const c = await caseOrThrow(db, key, 'record it');
    const order = isShopLevel(c) ? undefined : await db.orders.get(orderKey(c));
    const { case: next, event } = applyChange(c, change, kindOfCase(c, order), now);
    if (next === c) return c;
    await db.cases.put(Case.parse(next));
    if (event) await db.caseEvents.add(CaseEvent.parse({ ...event, caseKey: key }));
    return next;
  });
}

/** A reply template copied or inserted for a case: kept on the case and told on its timeline. */
export async function recordReplyUsed(
  db: SentinelDB,
  key: string,
  use: { templateId: string; language: 'en' | 'zh'; action: 'copy' | 'insert' },
  now: number,
): Promise<Case> {
  return db.transaction('rw', [db.cases, db.caseEvents], async () => {
    const c = await caseOrThrow(db, key, 'record a template');
    const next = withReplyUsed(c, use.templateId, now);
    await db.cases.put(next);
    await db.caseEvents.add(CaseEvent.parse({ caseKey: key, at: now, kind: 'template', ...use }));
    return next;
  });
}

/**
 * Puts the case's buyer on the seller's block list (the repeat-refunder check flags their next
 * orders), with the reason on the case's timeline. A buyer already on the list is not added twice.
 */
export async function blockBuyer(db: SentinelDB, key: string, reason: string, now: number): Promise<{ buyer: string; added: boolean }> {
  return db.transaction('rw', [db.cases, db.caseEvents, db.orders, db.settings], async () => {
    const c = await caseOrThrow(db, key, 'block its buyer');
    const order = isShopLevel(c) ? undefined : await db.orders.get(orderKey(c));
    const buyer = order?.buyer;
    if (buyer === undefined) throw new Error('this case has no buyer to block');
    const settings = await loadSettings(db);
    const list = settings.detectors['repeat-refunder'].blockList;
    const added = !list.some((b) => sameBuyer(b, buyer));
    if (added) {
      await saveSettings(db, {
        ...settings,
        detectors: { ...settings.detectors, 'repeat-refunder': { ...settings.detectors['repeat-refunder'], blockList: [...list, buyer] } },
      });
    }
    await db.caseEvents.add(CaseEvent.parse({ caseKey: key, at: now, kind: 'block', buyer, reason }));
    await db.cases.put({ ...c, updatedAt: Math.max(c.updatedAt, now) });
    return { buyer, added };
  });
}

/** The toolbar's count at `now` (lib/cases/follow-up countsOnToolbar), over the live cases only. */
export async function toolbarCount(db: SentinelDB, now: number): Promise<number> {
  return db.cases
    .where('status')
    .anyOf([...LIVE_STATUSES])
    .filter((c: Case) => countsOnToolbar(c, now))
    .count();
}

/** The live cases with a follow-up time, zod-parsed: what the follow-up alarm is set from. */
export async function liveFollowUps(db: SentinelDB): Promise<Case[]> {
  const rows = await db.cases
    .where('status')
    .anyOf([...LIVE_STATUSES])
    .filter((c: Case) => c.followUpAt !== undefined)
    .toArray();
  return parseRows(Case, rows, 'case');
}
