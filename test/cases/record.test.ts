import { afterEach, describe, expect, it } from 'vitest';
import { listCaseEvents, loadCase, loadSettings, type SentinelDB } from '../../lib/db';
import { ingestBatch } from '../../lib/ingest';
import { applyChange, checklistOf, defaultChecklist, itemLabel } from '../../lib/cases/record';
import { handlingKind } from '../../lib/cases/handling';
import { blockBuyer, kindOfCase, recordChange, recordReplyUsed } from '../../lib/cases/store';
import { describeEvent, mergeTimeline } from '../../lib/inbox/timeline';
import '../../lib/i18n/bundled';
import { Case } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR, paidOrder, seenAt, T0 } from '../ingest/orders';

let db: SentinelDB;
afterEach(() => db?.close());
const KEY = 'ship-deadline|taobao|3712345678901234567';

async function lateCase(): Promise<void> {
  db = freshDb().db;
  await ingestBatch(db, [seenAt(paidOrder(), T0 + 49 * HOUR)], T0 + 49 * HOUR, DEFAULT_SETTINGS); // P1: shipping deadline passed
}

describe('handling kind', () => {
  it('follows the detector family, and a refund or complaint follows its after-sales reason', () => {
    expect(handlingKind('shipping')).toBe('late_shipment');
    expect(handlingKind('tracking')).toBe('lost_parcel');
    expect(handlingKind('refund', 'damaged')).toBe('damaged');
    expect(handlingKind('complaints', 'missing_item')).toBe('wrong_item');
    expect(handlingKind('refund', 'changed_mind')).toBe('refund');
    expect(handlingKind('shipping', 'damaged')).toBe('late_shipment');
    expect(handlingKind('seller-note')).toBe('general');
    expect(kindOfCase({ detector: 'dispute-open' }, { afterSalesReason: { raw: '破损', reason: 'damaged' } })).toBe('damaged');
  });

  it("gives a late shipment the seed's five measures, in both languages", () => {
    const list = defaultChecklist('late_shipment');
    expect(list.map((i) => itemLabel(i, 'en'))).toEqual([
      'Tell the buyer at once, and why',
      'Give the buyer a new time',
      'Offer a partial refund, compensation or a substitute',
      'Ship the order',
      'Check the carrier’s first scan',
    ]);
    expect(itemLabel(list[0]!, 'zh')).toBe('第一时间告知买家并说明原因');
  });
});

describe('case record', () => {
  it('records cause, responsible party, ticks, follow-up time and a reply, each on the timeline, and parses', async () => {
    await lateCase();
    await recordChange(db, KEY, { field: 'cause', cause: { code: 'packing_backlog', text: 'two packers off sick' } }, T0 + 50 * HOUR);
    await recordChange(db, KEY, { field: 'responsible', responsible: 'seller' }, T0 + 50 * HOUR + 1);
    await recordChange(db, KEY, { field: 'check', itemId: 'tell_buyer_why', done: true }, T0 + 51 * HOUR);
    await recordChange(db, KEY, { field: 'addItem', text: '补发小礼品' }, T0 + 51 * HOUR + 1);
    await recordChange(db, KEY, { field: 'check', itemId: 'own-1', done: true }, T0 + 51 * HOUR + 2);
    await recordChange(db, KEY, { field: 'followUp', followUpAt: T0 + 72 * HOUR }, T0 + 52 * HOUR);
    await recordReplyUsed(db, KEY, { templateId: 'late-shipment.apology', language: 'zh', action: 'copy' }, T0 + 52 * HOUR + 1);
    // Setting the same again changes nothing and adds no entry.
    await recordChange(db, KEY, { field: 'responsible', responsible: 'seller' }, T0 + 53 * HOUR);

    const c = (await loadCase(db, KEY))!;
    expect(Case.safeParse(c).success).toBe(true);
    expect(c.cause).toEqual({ code: 'packing_backlog', text: 'two packers off sick' });
    expect(c.responsible).toBe('seller');
    expect(c.followUpAt).toBe(T0 + 72 * HOUR);
    expect(c.repliesUsed).toEqual([{ templateId: 'late-shipment.apology', at: T0 + 52 * HOUR + 1 }]);
    expect(c.checklist?.filter((i) => i.doneAt !== undefined).map((i) => [i.id, i.doneAt])).toEqual([
      ['tell_buyer_why', T0 + 51 * HOUR],
      ['own-1', T0 + 51 * HOUR + 2],
    ]);
    expect(c.checklist).toHaveLength(6);

    const events = await listCaseEvents(db, KEY);
    const said = mergeTimeline([], events).map((e) => (e.kind === 'event' ? describeEvent('en', e) : ''));
    expect(said).toEqual([
      'Case opened at P1',
      'Cause: Packing backlog — two packers off sick',
      'Responsible: Seller (us)',
      'Done: Tell the buyer at once, and why',
      'Done: 补发小礼品',
      `Follow up on ${new Date(T0 + 72 * HOUR).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' })}`,
      'Template copied: late-shipment.apology',
    ]);
    const zh = mergeTimeline([], events).map((e) => (e.kind === 'event' ? describeEvent('zh', e) : ''));
    expect(zh[1]).toBe('原因：仓库打包积压 — two packers off sick');
    expect(zh[3]).toBe('已完成：第一时间告知买家并说明原因');
  });

  it('renames and removes measures, and unticking keeps the list as the seller left it', () => {
    const base = { checklist: undefined } as Pick<Case, 'checklist'>;
    expect(checklistOf(base, 'damaged').map((i) => i.id)).toEqual(['ask_photo', 'reship_or_refund', 'claim_carrier']);
    const c = { key: 'k', updatedAt: 0 } as Case;
    const renamed = applyChange(c, { field: 'renameItem', itemId: 'ask_photo', text: 'Photos of box and item' }, 'damaged', 10).case;
    const removed = applyChange(renamed, { field: 'removeItem', itemId: 'claim_carrier' }, 'damaged', 11).case;
    expect(removed.checklist!.map((i) => itemLabel(i, 'zh'))).toEqual(['Photos of box and item', '补发或退款']);
    const ticked = applyChange(removed, { field: 'check', itemId: 'ask_photo', done: true }, 'damaged', 12);
    expect(ticked.event).toEqual({ kind: 'check', at: 12, itemId: 'ask_photo', label: 'Photos of box and item', done: true });
    const unticked = applyChange(ticked.case, { field: 'check', itemId: 'ask_photo', done: false }, 'damaged', 13).case;
    expect(unticked.checklist![0]).toEqual({ id: 'ask_photo', measure: 'ask_photo', text: 'Photos of box and item' });
    expect(() => applyChange(c, { field: 'check', itemId: 'nope', done: true }, 'damaged', 14)).toThrow('no measure "nope"');
  });

  it('keeps a case written before the record existed valid, and a cleared follow-up leaves no field', async () => {
    await lateCase();
    const old = (await loadCase(db, KEY))!;
    expect(old.cause).toBeUndefined();
    await recordChange(db, KEY, { field: 'followUp', followUpAt: T0 + 60 * HOUR }, T0 + 50 * HOUR);
    await recordChange(db, KEY, { field: 'followUp' }, T0 + 51 * HOUR);
    expect('followUpAt' in (await db.cases.get(KEY))!).toBe(false);
  });

  it('blocks the buyer once, with the reason on the timeline', async () => {
    await lateCase();
    const order = paidOrder();
    expect(await blockBuyer(db, KEY, 'asked for refunds on three parcels that arrived', T0 + 50 * HOUR)).toEqual({ buyer: order.buyer, added: true });
    expect(await blockBuyer(db, KEY, 'again', T0 + 51 * HOUR)).toEqual({ buyer: order.buyer, added: false });
    expect((await loadSettings(db)).detectors['repeat-refunder'].blockList).toEqual([order.buyer]);
    const blocks = (await listCaseEvents(db, KEY)).filter((e) => e.kind === 'block');
    expect(blocks.map((e) => (e.kind === 'block' ? e.reason : ''))).toEqual(['asked for refunds on three parcels that arrived', 'again']);
  });
});
