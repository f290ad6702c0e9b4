/**
 * The seller's own starting checklist for each kind of case, as the options page edits it (pure):
 * add, rename, remove a measure, or go back to the built-in list. Cases opened after a change
 * start from the new list; the store keeps each older case's list as it was (lib/cases/store).
 */
import { CHECKLIST_MAX, type ChecklistDefaultItem } from '../schema';
import { type Settings } from '../settings';
import type { HandlingKind } from './handling';
import { nextOwnId, startingChecklist } from './record';

export type ChecklistEdit =
  | { op: 'add'; text: string }
  | { op: 'rename'; id: string; text: string }
  | { op: 'remove'; id: string }
  | { op: 'reset' };

/** Whether the seller has their own list for `kind` (else the built-in one is used). */
export const hasOwnChecklist = (settings: Pick<Settings, 'checklists'>, kind: HandlingKind): boolean => Object.hasOwn(settings.checklists, kind);

/** The starting list after `edit`, or undefined for the built-in list (reset). Throws on a full list. */
export function editChecklist(settings: Pick<Settings, 'checklists'>, kind: HandlingKind, edit: ChecklistEdit): ChecklistDefaultItem[] | undefined {
  if (edit.op === 'reset') return undefined;
  const list: ChecklistDefaultItem[] = startingChecklist(kind, settings.checklists).map(({ id, measure, text }) => ({
    id,
    ...(measure === undefined ? {} : { measure }),
    ...(text === undefined ? {} : { text }),
  }));
  switch (edit.op) {
    case 'add': {
      const text = edit.text.trim();
      if (text === '') return list;
      if (list.length >= CHECKLIST_MAX) throw new Error(`a checklist holds at most ${CHECKLIST_MAX} measures`);
      return [...list, { id: nextOwnId(list), text }];
    }
    case 'rename': {
      const text = edit.text.trim();
      return text === '' ? list : list.map((i) => (i.id === edit.id ? { ...i, text } : i));
    }
    case 'remove':
      return list.filter((i) => i.id !== edit.id);
  }
}

/** `settings` with `kind`'s starting list set to `list`, or back to the built-in one (undefined). */
export function withOwnChecklist<S extends Pick<Settings, 'checklists'>>(settings: S, kind: HandlingKind, list: ChecklistDefaultItem[] | undefined): S {
  const checklists = { ...settings.checklists };
  if (list === undefined) delete checklists[kind];
  else checklists[kind] = list;
  return { ...settings, checklists };
}

