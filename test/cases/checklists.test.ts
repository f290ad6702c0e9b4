import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editChecklist, withOwnChecklist } from '../../lib/cases/checklists';
import { loadEvidence } from '../../lib/cases/evidence';
import { itemLabel } from '../../lib/cases/record';
import { editOwnChecklist, kindOfCase, recordChange } from '../../lib/cases/store';
import { loadSettings, type SentinelDB } from '../../lib/db';
import { type Case } from '../../lib/schema';
import { DEFAULT_SETTINGS, Settings } from '../../lib/settings';
import { freshDb } from '../ingest/orders';
import { aCase as baseCase, HOUR, NOW } from './a-case';

/** Opened five hours before NOW. */
const aCase = (key: string, extra: Partial<Case> = {}): Case => baseCase(key, { openedAt: NOW - 5 * HOUR, updatedAt: NOW - 5 * HOUR, ...extra });

describe('editing the starting checklist of a kind', () => {
  it('starts from the built-in list; adds, renames and removes measures; reset goes back to the built-in list', () => {
    const added = editChecklist(DEFAULT_SETTINGS, 'damaged', { op: 'add', text: '  Keep the box for the carrier  ' });
    expect(added).toEqual([
      { id: 'ask_photo', measure: 'ask_photo' },
      { id: 'reship_or_refund', measure: 'reship_or_refund' },
      { id: 'claim_carrier', measure: 'claim_carrier' },
      { id: 'own-1', text: 'Keep the box for the carrier' },
    ]);
    const s1 = withOwnChecklist(DEFAULT_SETTINGS, 'damaged', added);
    const renamed = editChecklist(s1, 'damaged', { op: 'rename', id: 'ask_photo', text: 'Ask for photos of the box and the item' });
    const s2 = withOwnChecklist(s1, 'damaged', renamed);
    const removed = editChecklist(s2, 'damaged', { op: 'remove', id: 'claim_carrier' });
    expect(removed).toEqual([
      { id: 'ask_photo', measure: 'ask_photo', text: 'Ask for photos of the box and the item' },
      { id: 'reship_or_refund', measure: 'reship_or_refund' },
      { id: 'own-1', text: 'Keep the box for the carrier' },
    ]);
    expect(removed!.map((i) => itemLabel(i, 'zh'))).toEqual(['Ask for photos of the box and the item', '补发或退款', 'Keep the box for the carrier']);
    // Another kind is untouched; a blank rename or add changes nothing.
    expect(editChecklist(s2, 'address', { op: 'add', text: '   ' })).toEqual([
      { id: 'confirm_address', measure: 'confirm_address' },
      { id: 'update_address', measure: 'update_address' },
    ]);
    expect(editChecklist(s2, 'damaged', { op: 'reset' })).toBeUndefined();
    expect(withOwnChecklist(s2, 'damaged', undefined).checklists).toEqual({});
  });

  it('a list holds at most 40 measures', () => {
    const full = withOwnChecklist(DEFAULT_SETTINGS, 'general', Array.from({ length: 40 }, (_, i) => ({ id: `own-${i + 1}`, text: `step ${i + 1}` })));
    expect(() => editChecklist(full, 'general', { op: 'add', text: 'one more' })).toThrow('a checklist holds at most 40 measures');
  });

  it('is stored zod-checked: a kind name, up to 40 measures of at most 300 characters each', () => {
    const ok = Settings.safeParse({ checklists: { damaged: [{ id: 'own-1', text: 'Keep the box' }] } });
    expect(ok.success && ok.data.checklists).toEqual({ damaged: [{ id: 'own-1', text: 'Keep the box' }] });
    expect(Settings.safeParse({ checklists: { 'Damaged!': [] } }).success).toBe(false);
    expect(Settings.safeParse({ checklists: { damaged: [{ id: 'own-1', text: 'x'.repeat(301) }] } }).success).toBe(false);
    expect(Settings.safeParse({ checklists: { damaged: Array.from({ length: 41 }, (_, i) => ({ id: `own-${i}`, text: 'x' })) } }).success).toBe(false);
    expect(Settings.safeParse({ checklists: { damaged: [{ id: '', text: 'x' }] } }).success).toBe(false);
    expect(Settings.parse({}).checklists).toEqual({});
  });
});

describe('the seller’s starting list in the database', () => {
  let db: SentinelDB;
  beforeEach(() => {
    db = freshDb().db;
  });
  afterEach(() => db.close());

  const labels = (c: Case | undefined) => c?.checklist?.map((i) => itemLabel(i, 'en'));

  it('new cases of the kind start from it; cases already opened keep theirs, through a change and a reset', async () => {
    const before = aCase('ship-deadline|taobao|OLD');
    const otherKind = aCase('address-issue|taobao|ADDR', { detector: 'address-issue' });
    const edited = aCase('ship-deadline|taobao|EDITED', { checklist: [{ id: 'own-1', text: 'My own step', doneAt: NOW - HOUR }] });
    await db.cases.bulkPut([before, otherKind, edited]);
    expect(kindOfCase(before, undefined)).toBe('late_shipment');
    expect(kindOfCase(otherKind, undefined)).toBe('address');

    expect(await editOwnChecklist(db, 'late_shipment', { op: 'remove', id: 'check_first_scan' })).toEqual({ kept: 1 });
    expect(await editOwnChecklist(db, 'late_shipment', { op: 'add', text: 'Add a thank-you card' })).toEqual({ kept: 0 });
    expect((await loadSettings(db)).checklists).toEqual({
      late_shipment: [
        { id: 'tell_buyer_why', measure: 'tell_buyer_why' },
        { id: 'give_new_time', measure: 'give_new_time' },
        { id: 'offer_compensation', measure: 'offer_compensation' },
        { id: 'ship', measure: 'ship' },
        { id: 'own-1', text: 'Add a thank-you card' },
      ],
    });
    // The case opened before keeps the built-in list; the other kind and the edited case are as they were.
    expect(labels(await db.cases.get(before.key))).toEqual([
      'Tell the buyer at once, and why',
      'Give the buyer a new time',
      'Offer a partial refund, compensation or a substitute',
      'Ship the order',
      'Check the carrier’s first scan',
    ]);
    expect((await db.cases.get(before.key))?.updatedAt).toBe(before.updatedAt);
    expect((await db.cases.get(otherKind.key))?.checklist).toBeUndefined();
    expect(await db.cases.get(edited.key)).toEqual(edited);

    // A case opened now starts from the seller's list: ticking a measure keeps that list on it.
    const fresh = aCase('ship-deadline|taobao|NEW', { openedAt: NOW });
    await db.cases.put(fresh);
    await recordChange(db, fresh.key, { field: 'check', itemId: 'own-1', done: true }, NOW + HOUR);
    const ticked = await db.cases.get(fresh.key);
    expect(labels(ticked)).toEqual(['Tell the buyer at once, and why', 'Give the buyer a new time', 'Offer a partial refund, compensation or a substitute', 'Ship the order', 'Add a thank-you card']);
    expect(ticked?.checklist?.find((i) => i.id === 'own-1')?.doneAt).toBe(NOW + HOUR);
    // Its evidence pack shows the list it started from, before anyone touched it too.
    const untouched = aCase('ship-deadline|taobao|NEW2', { openedAt: NOW });
    await db.cases.put(untouched);
    const pack = await loadEvidence(db, untouched.key, NOW, kindOfCase);
    expect(pack?.case.checklist?.map((i) => i.id)).toEqual(['tell_buyer_why', 'give_new_time', 'offer_compensation', 'ship', 'own-1']);

    // Back to the built-in list: the case opened under the seller's list keeps it.
    expect(await editOwnChecklist(db, 'late_shipment', { op: 'reset' })).toEqual({ kept: 1 });
    expect((await loadSettings(db)).checklists).toEqual({});
    expect((await db.cases.get(untouched.key))?.checklist?.map((i) => i.id)).toEqual(['tell_buyer_why', 'give_new_time', 'offer_compensation', 'ship', 'own-1']);
    const afterReset = aCase('ship-deadline|taobao|NEW3', { openedAt: NOW + 2 * HOUR });
    await db.cases.put(afterReset);
    await recordChange(db, afterReset.key, { field: 'check', itemId: 'check_first_scan', done: true }, NOW + 2 * HOUR);
    expect((await db.cases.get(afterReset.key))?.checklist?.map((i) => i.id)).toEqual(['tell_buyer_why', 'give_new_time', 'offer_compensation', 'ship', 'check_first_scan']);
  });
});
