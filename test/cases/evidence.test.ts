import { afterEach, describe, expect, it } from 'vitest';
import type { SentinelDB } from '../../lib/db';
import { ingestBatch } from '../../lib/ingest';
import { addNote, setCaseStatus } from '../../lib/ingest';
import { EvidencePack, evidenceFileName, evidenceJson, evidenceMarkdown, loadEvidence, mdText } from '../../lib/cases/evidence';
import { kindOfCase, recordChange, recordReplyUsed } from '../../lib/cases/store';
import '../../lib/i18n/bundled';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR, paidOrder, seenAt, T0 } from '../ingest/orders';

let db: SentinelDB;
afterEach(() => db?.close());
const KEY = 'ship-deadline|taobao|3712345678901234567';
const iso = (at: number) => new Date(at).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC');

async function workedCase(): Promise<void> {
  db = freshDb().db;
  const order = paidOrder({ buyerMessage: '<img src=x onerror=alert(1)> 请尽快 | 发货' });
  await ingestBatch(db, [seenAt(order, T0 + 49 * HOUR)], T0 + 49 * HOUR, DEFAULT_SETTINGS);
  await recordChange(db, KEY, { field: 'cause', cause: { code: 'stock_short' } }, T0 + 50 * HOUR);
  await recordChange(db, KEY, { field: 'responsible', responsible: 'supplier' }, T0 + 50 * HOUR);
  await recordChange(db, KEY, { field: 'check', itemId: 'tell_buyer_why', done: true }, T0 + 50 * HOUR);
  await recordReplyUsed(db, KEY, { templateId: 'ship-late-apology', language: 'zh', action: 'copy' }, T0 + 50 * HOUR);
  await addNote(db, KEY, 'Buyer agreed to wait *two* days', T0 + 51 * HOUR);
  await recordChange(db, KEY, { field: 'addAttachment', name: 'chat-screenshot.png' }, T0 + 51 * HOUR);
  await setCaseStatus(db, KEY, 'resolved', T0 + 52 * HOUR, { resolution: { category: 'partial_compensation', amount: 5, currency: 'CNY' } });
}

describe('evidence pack', () => {
  it('holds the order, its status history, the record, timeline, notes, replies and attachments, in Markdown and JSON', async () => {
    await workedCase();
    const pack = (await loadEvidence(db, KEY, T0 + 53 * HOUR, kindOfCase))!;
    expect(EvidencePack.safeParse(pack).success).toBe(true);
    const md = evidenceMarkdown(pack, 'en');
    expect(md.split('\n').slice(0, 3)).toEqual(['# Evidence pack: order 3712345678901234567', '', `Exported ${iso(T0 + 53 * HOUR)} by Order Sentinel, from what the seller console showed.`]);
    expect(md).toContain('| Cause | Not enough stock |');
    expect(md).toContain('| Marketplace | Taobao |');
    expect(md).toContain('| Who is responsible | Supplier |');
    expect(md).toContain('| Remedy | partial compensation, ¥5.00 |');
    expect(md).toContain('| Paid | 59.80 CNY |');
    // The buyer's words are text, never markup.
    expect(md).toContain('| Buyer message | &lt;img src=x onerror=alert(1)\\> 请尽快 \\| 发货 |');
    expect(md).toContain(`- [x] Tell the buyer at once, and why (${iso(T0 + 50 * HOUR)})`);
    expect(md).toContain('- [ ] Ship the order');
    expect(md).toContain(`- ${iso(T0 + 49 * HOUR)} 买家已付款 (awaiting\\_shipment)`);
    expect(md).toContain(`- ${iso(T0 + 51 * HOUR)} Note: Buyer agreed to wait \\*two\\* days`);
    expect(md).toContain(`- ${iso(T0 + 50 * HOUR)} Late shipment: apology and new time`);
    expect(md).toContain('- chat-screenshot.png');
    const timeline = md.slice(md.indexOf('## Case timeline'), md.indexOf('## Replies used')).trim().split('\n').slice(2);
    expect(timeline.map((l) => l.slice(iso(0).length + 3))).toEqual([
      'Case opened at P1',
      'Cause: Not enough stock',
      'Responsible: Supplier',
      'Done: Tell the buyer at once, and why',
      'Template copied: Late shipment: apology and new time',
      'Note: Buyer agreed to wait \\*two\\* days',
      'Status: Open → Resolved (partial compensation, ¥5.00)',
    ]);

    const json = JSON.parse(evidenceJson(pack, 'zh'));
    expect(json.format).toBe('order-sentinel/evidence@1');
    expect(json.order.buyerMessage).toBe('<img src=x onerror=alert(1)> 请尽快 | 发货');
    expect(json.case.attachments).toEqual([{ name: 'chat-screenshot.png', addedAt: T0 + 51 * HOUR }]);
    expect(json.timeline.map((l: { text: string }) => l.text)[1]).toBe('原因：库存不足');
    expect(json.statusHistory).toHaveLength(1);
    expect(evidenceFileName(pack, 'md')).toBe('evidence-taobao-3712345678901234567.md');
  });

  it('is undefined for a case that is gone, and escapes Markdown and HTML in any text', async () => {
    db = freshDb().db;
    expect(await loadEvidence(db, 'nope|taobao|1', 0, kindOfCase)).toBeUndefined();
    expect(mdText('[link](http://x) # <b>\nnext')).toBe('\\[link\\](http://x) \\# &lt;b\\> next');
  });
});
