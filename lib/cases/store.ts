/**
 * The seller's record of a case, written to the database: each change and its timeline entry in
 * one transaction, so the case and its timeline never disagree.
 */
import { LIVE_STATUSES, loadSettings, parseRows, saveSettings, type SentinelDB } from '../db';
import { CASES_BY_STATUS_SEVERITY } from '../db/names';
import { detectorById } from '../detectors';
import { sameBuyer } from '../inbox/buyer';
import { Case, CaseEvent, orderKey, isShopLevel, type CaseChange, type Order } from '../schema';
import { handlingKind, type HandlingKind } from './handling';
import { editChecklist, withOwnChecklist, type ChecklistEdit } from './checklists';
import { sameData } from './equal';
import { countsOnToolbar } from './follow-up';
import { applyChange, startingChecklist, withReplyUsed } from './record';

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
  return db.transaction('rw', [db.cases, db.caseEvents, db.orders, db.settings], async () => {
    const c = await caseOrThrow(db, key, 'record it');
    const order = isShopLevel(c) ? undefined : await db.orders.get(orderKey(c));
    const { checklists } = await loadSettings(db);
    const { case: next, event } = applyChange(c, change, kindOfCase(c, order), now, checklists);
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

/**
 * The toolbar's count at `now` (lib/cases/follow-up countsOnToolbar), from the live P1 cases and
 * the waiting ones only, each status and severity read whole through its index: a shop's many
 * open P2 and P3 cases are never read for it.
 */
export async function toolbarCount(db: SentinelDB, now: number): Promise<number> {
  const [p1, waiting] = await Promise.all([
    Promise.all(LIVE_STATUSES.filter((s) => s !== 'waiting').map((status) => db.cases.where(CASES_BY_STATUS_SEVERITY).equals([status, 'P1']).toArray())),
    db.cases.where('status').equals('waiting').toArray(),
  ]);
  return [...p1.flat(), ...waiting].filter((c: Case) => countsOnToolbar(c, now)).length;
}

/** The waiting cases with a follow-up time, zod-parsed: what the follow-up alarm is set from. */
export async function liveFollowUps(db: SentinelDB): Promise<Case[]> {
  const waiting = await db.cases.where('status').equals('waiting').toArray();
  return parseRows(
    Case,
    waiting.filter((c: Case) => c.followUpAt !== undefined),
    'case',
  );
}

/**
 * Changes the seller's starting checklist for `kind` (options page). The cases of that kind that
 * still show the starting list keep the one they had: it is written onto them first, so only
 * cases opened from now on start from the new list.
 */
export async function editOwnChecklist(db: SentinelDB, kind: HandlingKind, edit: ChecklistEdit): Promise<{ kept: number }> {
  return db.transaction('rw', [db.cases, db.orders, db.settings], async () => {
    const settings = await loadSettings(db);
    const list = editChecklist(settings, kind, edit);
    const before = startingChecklist(kind, settings.checklists);
    const after = startingChecklist(kind, withOwnChecklist(settings, kind, list).checklists);
    if (sameData(before, after)) {
      await saveSettings(db, withOwnChecklist(settings, kind, list));
      return { kept: 0 };
    }
    const untouched = await db.cases.filter((c: Case) => c.checklist === undefined).toArray();
    const orders = await db.orders.bulkGet(untouched.map((c) => (isShopLevel(c) ? '' : orderKey(c))));
    const keep = untouched.filter((c, i) => kindOfCase(c, isShopLevel(c) ? undefined : orders[i]) === kind);
    // Nothing the seller sees changes on these cases: updatedAt stays.
    await db.cases.bulkPut(keep.map((c) => ({ ...c, checklist: before })));
    await saveSettings(db, withOwnChecklist(settings, kind, list));
    return { kept: keep.length };
  });
}
