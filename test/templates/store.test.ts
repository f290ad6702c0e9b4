import { describe, expect, it } from 'vitest';
import {
  addOwnTemplate,
  duplicateTemplate,
  editBuiltIn,
  EMPTY_STORE,
  mergeTemplates,
  overQuota,
  parseStore,
  removeOwnTemplate,
  resetBuiltIn,
  setDisabled,
  syncBytes,
  templatesForDetector,
  updateOwnTemplate,
} from '../../lib/templates/store';
import { BUILT_IN_TEMPLATES, type ReplyTemplate } from '../../lib/templates/catalogue';

const late = BUILT_IN_TEMPLATES.find((t) => t.id === 'ship-late-apology')!;
const builtIns: ReplyTemplate[] = [
  late,
  BUILT_IN_TEMPLATES.find((t) => t.id === 'carrier-trace-request')!,
  BUILT_IN_TEMPLATES.find((t) => t.id === 'tracking-stalled-trace')!,
];

describe('template store', () => {
  it('reads nothing or garbage as an empty store', () => {
    expect(parseStore(undefined)).toEqual({ edits: {}, own: [], shopNames: {} });
    expect(parseStore({ edits: 'x' })).toEqual(EMPTY_STORE);
  });

  it('overrides a built-in by id with the seller’s text in one language only', () => {
    const store = editBuiltIn(EMPTY_STORE, late, 'body', 'en', 'Sorry {buyer}, {orderId} is late.');
    expect(store.edits).toEqual({ 'ship-late-apology': { body: { en: 'Sorry {buyer}, {orderId} is late.' } } });
    const merged = mergeTemplates(store, builtIns)[0]!;
    expect(merged.body).toEqual({ en: 'Sorry {buyer}, {orderId} is late.', zh: late.body.zh });
    expect(merged.title).toEqual(late.title);
    expect([merged.builtIn, merged.edited, merged.disabled]).toEqual([true, true, false]);
  });

  it('forgets an edit that writes the built-in text back, and resets to the built-in', () => {
    const edited = editBuiltIn(EMPTY_STORE, late, 'title', 'zh', '晚发货');
    expect(editBuiltIn(edited, late, 'title', 'zh', late.title.zh).edits).toEqual({});
    const disabled = setDisabled(edited, late.id, true);
    expect(disabled.edits[late.id]).toEqual({ title: { zh: '晚发货' }, disabled: true });
    expect(resetBuiltIn(disabled, late.id).edits).toEqual({});
    expect(mergeTemplates(resetBuiltIn(disabled, late.id), builtIns)[0]).toEqual({ ...late, builtIn: true, edited: false, disabled: false });
  });

  it('appends the seller’s own templates and lists per detector, enabled only, buyer replies first', () => {
    let store = addOwnTemplate(EMPTY_STORE, {
      family: 'tracking',
      detectors: ['tracking-stalled'],
      audience: 'buyer',
      title: { en: 'My trace note', zh: '我的查件' },
      body: { en: 'Hi {buyer}, tracing {trackingNo}.', zh: '{buyer}您好，正在查{trackingNo}。' },
    });
    store = duplicateTemplate(store, late);
    expect(store.own.map((t) => [t.id, t.title.en, t.title.zh])).toEqual([
      ['own-1', 'My trace note', '我的查件'],
      ['own-2', 'Late shipment: apology and new time (copy)', '延迟发货：致歉并告知新时间（副本）'],
    ]);
    const merged = mergeTemplates(store, builtIns);
    expect(templatesForDetector(merged, 'tracking-stalled').map((t) => t.id)).toEqual(['tracking-stalled-trace', 'own-1', 'carrier-trace-request']);
    expect(templatesForDetector(merged, 'ship-deadline').map((t) => t.id)).toEqual(['ship-late-apology', 'own-2']);
    const quiet = setDisabled(setDisabled(store, 'own-1', true), 'tracking-stalled-trace', true);
    expect(templatesForDetector(mergeTemplates(quiet, builtIns), 'tracking-stalled').map((t) => t.id)).toEqual(['carrier-trace-request']);
    const renamed = updateOwnTemplate(store, 'own-1', { title: { en: 'Trace', zh: '查件' } });
    expect(renamed.own[0]!.title).toEqual({ en: 'Trace', zh: '查件' });
    expect(removeOwnTemplate(renamed, 'own-1').own.map((t) => t.id)).toEqual(['own-2']);
    expect(nextIdAfterRemoval(removeOwnTemplate(renamed, 'own-1'))).toBe('own-3');
  });

  it('measures the stored item against the sync quota per item', () => {
    expect(syncBytes(EMPTY_STORE)).toBe('templates'.length + JSON.stringify(EMPTY_STORE).length);
    let big = EMPTY_STORE;
    for (const t of BUILT_IN_TEMPLATES.slice(0, 12)) big = editBuiltIn(big, t, 'body', 'zh', `${t.body.zh}（改）`);
    expect(overQuota(big)).toBe(false);
    for (const t of BUILT_IN_TEMPLATES) big = editBuiltIn(big, t, 'body', 'zh', `${t.body.zh}（改）`);
    // Chinese text is three bytes a character: every built-in edited no longer fits one item.
    expect(syncBytes(big)).toBeGreaterThan(8192);
    expect(overQuota(big)).toBe(true);
  });
});

function nextIdAfterRemoval(store: ReturnType<typeof removeOwnTemplate>): string {
  return addOwnTemplate(store, { family: 'care', detectors: [], audience: 'buyer', title: { en: 'a', zh: 'b' }, body: { en: 'c', zh: 'd' } }).own.at(-1)!.id;
}
