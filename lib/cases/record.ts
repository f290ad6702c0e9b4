/**
 * The seller's record of a case (pure): cause, responsible party, checklist, follow-up time,
 * replies used and attachments. Each change returns the new case and the timeline entry it
 * makes, or the case unchanged (the same object) when nothing changed.
 */
import { sameData } from './equal';
import { HANDLING_KINDS, MEASURES, MEASURES_BY_KIND, isMeasureCode, type HandlingKind } from './handling';
import { ATTACHMENTS_MAX, CHECKLIST_MAX, type Case, type CaseChange, type CaseEvent, type ChecklistItem, type Language } from '../schema';
import { type Settings } from '../settings';

/** Timeline entry without its case key (the store adds it). */
export type RecordEvent = DistributiveOmit<CaseEvent, 'caseKey' | 'id'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface Recorded {
  case: Case;
  event?: RecordEvent;
}

/** The kind's built-in measures, none ticked. */
export function defaultChecklist(kind: HandlingKind): ChecklistItem[] {
  return MEASURES_BY_KIND[kind].map((measure) => ({ id: measure, measure }));
}

/** The seller's own starting lists (settings), by kind. */
export type OwnChecklists = Settings['checklists'];

export const isHandlingKind = (kind: string): kind is HandlingKind => (HANDLING_KINDS as readonly string[]).includes(kind);

/** The list a case of `kind` starts from: the seller's own for that kind (options page), else the built-in one. */
export function startingChecklist(kind: HandlingKind, own: OwnChecklists = {}): ChecklistItem[] {
  const mine = Object.hasOwn(own, kind) ? own[kind] : undefined;
  return mine === undefined ? defaultChecklist(kind) : mine.map((i) => ({ ...i }));
}

/**
 * What a case shows: its own list once the seller edited it (or it was kept when the starting
 * list changed), else the list its kind starts from.
 */
export const checklistOf = (c: Pick<Case, 'checklist'>, kind: HandlingKind, own?: OwnChecklists): ChecklistItem[] =>
  c.checklist ?? startingChecklist(kind, own);

/** A measure's words: the seller's own (or their rename), else the built-in measure's. */
export function itemLabel(item: ChecklistItem, lang: Language): string {
  if (item.text !== undefined) return item.text;
  if (item.measure !== undefined && isMeasureCode(item.measure)) return MEASURES[item.measure][lang];
  return item.measure ?? item.id;
}

/** The next free id for a seller's own measure ("own-1", "own-2", …). */
export function nextOwnId(items: readonly ChecklistItem[]): string {
  let n = 1;
  const ids = new Set(items.map((i) => i.id));
  while (ids.has(`own-${n}`)) n++;
  return `own-${n}`;
}

const touched = (c: Case, now: number, patch: Partial<Case>): Case => ({ ...c, ...patch, updatedAt: Math.max(c.updatedAt, now) });

/** Returns `c` without `field` (an optional field set to nothing is left out, not stored as undefined). */
function without<K extends keyof Case>(c: Case, field: K): Case {
  const copy = { ...c };
  delete copy[field];
  return copy;
}

/**
 * Applies one seller change to the case record. `kind` (and the seller's own lists, `own`) pick
 * the checklist the first edit starts from. Throws on an edit that cannot apply (an unknown
 * measure, a full list).
 */
export function applyChange(c: Case, change: CaseChange, kind: HandlingKind, now: number, own?: OwnChecklists): Recorded {
  switch (change.field) {
    case 'cause': {
      if (sameData(c.cause ?? null, change.cause ?? null)) return { case: c };
      const next = change.cause === undefined ? without(c, 'cause') : { ...c, cause: change.cause };
      return { case: touched(next, now, {}), event: { kind: 'cause', at: now, ...(change.cause ? { cause: change.cause } : {}) } };
    }
    case 'responsible': {
      if (c.responsible === change.responsible) return { case: c };
      const next = change.responsible === undefined ? without(c, 'responsible') : { ...c, responsible: change.responsible };
      return { case: touched(next, now, {}), event: { kind: 'responsible', at: now, ...(change.responsible ? { responsible: change.responsible } : {}) } };
    }
    case 'followUp': {
      if (c.followUpAt === change.followUpAt) return { case: c };
      const next = change.followUpAt === undefined ? without(c, 'followUpAt') : { ...c, followUpAt: change.followUpAt };
      return { case: touched(next, now, {}), event: { kind: 'followUp', at: now, ...(change.followUpAt === undefined ? {} : { followUpAt: change.followUpAt }) } };
    }
    case 'check': {
      const items = checklistOf(c, kind, own);
      const item = items.find((i) => i.id === change.itemId);
      if (item === undefined) throw new Error(`no measure "${change.itemId}" on this case`);
      if ((item.doneAt !== undefined) === change.done) return { case: c };
      const ticked: ChecklistItem = change.done ? { ...item, doneAt: now } : withoutDone(item);
      const checklist = items.map((i) => (i === item ? ticked : i));
      return {
        case: touched(c, now, { checklist }),
        event: { kind: 'check', at: now, itemId: item.id, label: labelForEvent(item), done: change.done },
      };
    }
    case 'addItem': {
      const items = checklistOf(c, kind, own);
      if (items.length >= CHECKLIST_MAX) throw new Error(`a checklist holds at most ${CHECKLIST_MAX} measures`);
      return { case: touched(c, now, { checklist: [...items, { id: nextOwnId(items), text: change.text }] }) };
    }
    case 'renameItem': {
      const items = checklistOf(c, kind, own);
      if (!items.some((i) => i.id === change.itemId)) throw new Error(`no measure "${change.itemId}" on this case`);
      const checklist = items.map((i) => (i.id === change.itemId ? { ...i, text: change.text } : i));
      return sameData(items, checklist) && c.checklist !== undefined ? { case: c } : { case: touched(c, now, { checklist }) };
    }
    case 'removeItem': {
      const items = checklistOf(c, kind, own);
      if (!items.some((i) => i.id === change.itemId)) return { case: c };
      return { case: touched(c, now, { checklist: items.filter((i) => i.id !== change.itemId) }) };
    }
    case 'addAttachment': {
      const list = c.attachments ?? [];
      if (list.some((a) => a.name === change.name)) return { case: c };
      if (list.length >= ATTACHMENTS_MAX) throw new Error(`a case lists at most ${ATTACHMENTS_MAX} attachments`);
      return { case: touched(c, now, { attachments: [...list, { name: change.name, addedAt: now }] }) };
    }
    case 'removeAttachment': {
      const list = c.attachments ?? [];
      if (!list.some((a) => a.name === change.name)) return { case: c };
      const rest = list.filter((a) => a.name !== change.name);
      return { case: touched(rest.length === 0 ? without(c, 'attachments') : c, now, rest.length === 0 ? {} : { attachments: rest }) };
    }
  }
}

function withoutDone(item: ChecklistItem): ChecklistItem {
  const { doneAt: _done, ...rest } = item;
  return rest;
}

/**
 * The words a tick keeps on the timeline: the seller's own text, else the measure's code, so the
 * timeline shows the measure in the reader's language (`eventItemLabel`).
 */
function labelForEvent(item: ChecklistItem): string {
  return item.text ?? item.measure ?? item.id;
}

/** A tick's words on the timeline in `lang`: a built-in measure's code is told in words. */
export function eventItemLabel(label: string, lang: Language): string {
  return isMeasureCode(label) ? MEASURES[label][lang] : label;
}

/** The most replies a case keeps (the latest). */
export const REPLIES_KEPT = 200;

/** A reply template used on the case: kept on it (and on its timeline, by the caller). */
export function withReplyUsed(c: Case, templateId: string, now: number): Case {
  const used = [...(c.repliesUsed ?? []), { templateId, at: now }].slice(-REPLIES_KEPT);
  return touched(c, now, { repliesUsed: used });
}
