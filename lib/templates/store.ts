/**
 * The seller's template edits and own templates, kept in `storage.sync` under `templates`
 * (one item, so it follows the seller to another computer). Only what differs from the
 * built-ins is stored, which keeps the item well under sync's per-item quota. Pure: the
 * browser glue lives in components/Templates.tsx.
 */
import { z } from 'zod/mini';
import { AFTER_SALES_REASONS, Marketplace, type AfterSalesReasonClass } from '../schema';
import { BUILT_IN_TEMPLATES, COMPLAINT_STEPS, TEMPLATE_FAMILIES, type ReplyTemplate } from './catalogue';

export const TEMPLATES_STORAGE_KEY = 'templates';
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM (Chrome and Firefox): key plus JSON value. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

const Body = z.string().check(z.maxLength(2000));
const PartialText = z.object({ en: z.optional(Body), zh: z.optional(Body) });
const TemplateId = z.string().check(z.regex(/^[a-z0-9-]{1,100}$/));

/** Changes to one built-in: only the fields the seller changed. */
export const TemplateEdit = z.object({
  title: z.optional(PartialText),
  body: z.optional(PartialText),
  disabled: z.optional(z.boolean()),
});
export type TemplateEdit = z.infer<typeof TemplateEdit>;

/** A template the seller wrote (or duplicated from a built-in). Ids start with `own-`. */
export const OwnTemplate = z.object({
  id: TemplateId.check(z.refine((id) => id.startsWith('own-'), 'own template ids start with own-')),
  family: z.enum(TEMPLATE_FAMILIES),
  detectors: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(40)),
  audience: z.enum(['buyer', 'carrier']),
  title: z.object({ en: z.string().check(z.maxLength(200)), zh: z.string().check(z.maxLength(200)) }),
  body: z.object({ en: Body, zh: Body }),
  disabled: z.optional(z.boolean()),
  /** After-sales reasons it is listed first for (a copy of a reason template keeps them). */
  reasons: z.optional(z.array(z.enum(AFTER_SALES_REASONS)).check(z.maxLength(AFTER_SALES_REASONS.length))),
  step: z.optional(z.enum(COMPLAINT_STEPS)),
});
export type OwnTemplate = z.infer<typeof OwnTemplate>;

export const TemplateStore = z.object({
  edits: z._default(z.record(TemplateId, TemplateEdit), {}),
  own: z._default(z.array(OwnTemplate).check(z.maxLength(200)), []),
  /** The shop's name per marketplace, for `{shop}`. */
  shopNames: z._default(z.partialRecord(Marketplace, z.string().check(z.maxLength(100))), {}),
});
export type TemplateStore = z.infer<typeof TemplateStore>;
export const EMPTY_STORE: TemplateStore = TemplateStore.parse({});

/** What was stored, or an empty store when nothing (or something unreadable) is there. */
export function parseStore(raw: unknown): TemplateStore {
  const parsed = TemplateStore.safeParse(raw ?? {});
  return parsed.success ? parsed.data : EMPTY_STORE;
}

export interface EffectiveTemplate extends ReplyTemplate {
  readonly builtIn: boolean;
  /** A built-in the seller changed. */
  readonly edited: boolean;
  readonly disabled: boolean;
}

/** Built-ins with the seller's edits applied by id, then the seller's own templates. */
export function mergeTemplates(store: TemplateStore, builtIns: readonly ReplyTemplate[] = BUILT_IN_TEMPLATES): EffectiveTemplate[] {
  const merged: EffectiveTemplate[] = builtIns.map((t) => {
    const edit = store.edits[t.id];
    if (!edit) return { ...t, builtIn: true, edited: false, disabled: false };
    return {
      ...t,
      title: { en: edit.title?.en ?? t.title.en, zh: edit.title?.zh ?? t.title.zh },
      body: { en: edit.body?.en ?? t.body.en, zh: edit.body?.zh ?? t.body.zh },
      builtIn: true,
      edited: edit.title !== undefined || edit.body !== undefined,
      disabled: edit.disabled ?? false,
    };
  });
  const ids = new Set(merged.map((t) => t.id));
  for (const own of store.own) {
    if (ids.has(own.id)) continue;
    ids.add(own.id);
    merged.push({ ...own, builtIn: false, edited: false, disabled: own.disabled ?? false });
  }
  return merged;
}

/**
 * Templates a case lists: those for its order's after-sales reason first, then those for its
 * detector (buyer replies before the carrier's), each once, enabled ones only.
 */
export function templatesForCase(templates: readonly EffectiveTemplate[], detector: string, reason?: AfterSalesReasonClass): EffectiveTemplate[] {
  const forReason = reason === undefined ? [] : templates.filter((t) => !t.disabled && t.reasons?.includes(reason) === true);
  const chosen = new Set(forReason);
  return [...forReason, ...templatesForDetector(templates, detector).filter((t) => !chosen.has(t))];
}

/** The complaint flow's replies, one per step in the flow's order (the first enabled one per step). */
export function complaintFlow(templates: readonly EffectiveTemplate[]): EffectiveTemplate[] {
  return COMPLAINT_STEPS.map((step) => templates.find((t) => !t.disabled && t.step === step)).filter((t) => t !== undefined);
}

/** Templates a case of this detector lists: enabled, for this detector, buyer replies first. */
export function templatesForDetector(templates: readonly EffectiveTemplate[], detector: string): EffectiveTemplate[] {
  return templates
    .filter((t) => !t.disabled && t.detectors.includes(detector))
    .sort((a, b) => (a.audience === b.audience ? 0 : a.audience === 'buyer' ? -1 : 1));
}

type Lang = 'en' | 'zh';

/**
 * Records a change of one built-in's title or body in one language. Writing the built-in's
 * own text back removes the edit, so an unchanged template stays unstored.
 */
export function editBuiltIn(
  store: TemplateStore,
  builtIn: ReplyTemplate,
  field: 'title' | 'body',
  lang: Lang,
  text: string,
): TemplateStore {
  const current = store.edits[builtIn.id] ?? {};
  const fieldEdit = { ...current[field] };
  if (text === builtIn[field][lang]) delete fieldEdit[lang];
  else fieldEdit[lang] = text;
  const next: TemplateEdit = { ...current, [field]: fieldEdit };
  if (Object.keys(fieldEdit).length === 0) delete next[field];
  return withEdit(store, builtIn.id, next);
}

export function setDisabled(store: TemplateStore, id: string, disabled: boolean): TemplateStore {
  const ownIndex = store.own.findIndex((t) => t.id === id);
  if (ownIndex >= 0) {
    const own = store.own.map((t, i) => (i === ownIndex ? { ...t, disabled } : t));
    return { ...store, own };
  }
  const next: TemplateEdit = { ...store.edits[id] };
  if (disabled) next.disabled = true;
  else delete next.disabled;
  return withEdit(store, id, next);
}

/** Back to the built-in text, enabled. */
export function resetBuiltIn(store: TemplateStore, id: string): TemplateStore {
  const { [id]: _dropped, ...edits } = store.edits;
  return { ...store, edits };
}

function withEdit(store: TemplateStore, id: string, edit: TemplateEdit): TemplateStore {
  const { [id]: _old, ...edits } = store.edits;
  return Object.keys(edit).length === 0 ? { ...store, edits } : { ...store, edits: { ...edits, [id]: edit } };
}

/** A new own-template id not used yet: own-1, own-2… */
export function nextOwnId(store: TemplateStore): string {
  let n = store.own.length + 1;
  while (store.own.some((t) => t.id === `own-${n}`)) n++;
  return `own-${n}`;
}

/** A copy of any template as the seller's own, listed for the same detectors. */
export function duplicateTemplate(store: TemplateStore, template: ReplyTemplate): TemplateStore {
  const copy: OwnTemplate = {
    id: nextOwnId(store),
    family: template.family,
    detectors: [...template.detectors],
    audience: template.audience,
    title: { en: `${template.title.en} (copy)`.slice(0, 200), zh: `${template.title.zh}（副本）`.slice(0, 200) },
    body: { ...template.body },
    ...(template.reasons !== undefined && { reasons: [...template.reasons] }),
    ...(template.step !== undefined && { step: template.step }),
  };
  return { ...store, own: [...store.own, copy] };
}

export function addOwnTemplate(store: TemplateStore, template: Omit<OwnTemplate, 'id'>): TemplateStore {
  return { ...store, own: [...store.own, OwnTemplate.parse({ ...template, id: nextOwnId(store) })] };
}

export function updateOwnTemplate(store: TemplateStore, id: string, patch: Partial<Omit<OwnTemplate, 'id'>>): TemplateStore {
  return { ...store, own: store.own.map((t) => (t.id === id ? OwnTemplate.parse({ ...t, ...patch }) : t)) };
}

export function removeOwnTemplate(store: TemplateStore, id: string): TemplateStore {
  return { ...store, own: store.own.filter((t) => t.id !== id) };
}

/** Bytes sync counts for the stored item: its key plus the JSON of its value. */
export function syncBytes(store: TemplateStore): number {
  return new TextEncoder().encode(TEMPLATES_STORAGE_KEY + JSON.stringify(store)).length;
}

/** Over the per-item quota: storage.sync would refuse the write. */
export const overQuota = (store: TemplateStore): boolean => syncBytes(store) > SYNC_QUOTA_BYTES_PER_ITEM;
