import { describe, expect, it } from 'vitest';
import { describeEvent, mergeTimeline, type TimelineEntry } from '../../lib/inbox/timeline';
import type { CaseEvent, Note } from '../../lib/schema';

const KEY = 'ship-deadline|taobao|TB-1';
const T0 = Date.UTC(2026, 10, 25, 4);
const MIN = 60_000;

const events: CaseEvent[] = [
  { id: 5, caseKey: KEY, at: T0 + 30 * MIN, kind: 'status', from: 'open', to: 'waiting', waitingOn: 'carrier' },
  { id: 1, caseKey: KEY, at: T0, kind: 'detection', change: 'opened', severity: 'P2' },
  { id: 2, caseKey: KEY, at: T0 + 10 * MIN, kind: 'detection', change: 'severity', severity: 'P1' },
  { id: 6, caseKey: KEY, at: T0 + 40 * MIN, kind: 'status', from: 'waiting', to: 'resolved', resolution: { category: 'partial_compensation', amount: 5, currency: 'CNY' } },
  { id: 7, caseKey: KEY, at: T0 + 50 * MIN, kind: 'template', templateId: 'late-apology', language: 'zh', action: 'copy' },
  { id: 8, caseKey: KEY, at: T0 + 60 * MIN, kind: 'detection', change: 'cleared', severity: 'P1' },
  { id: 9, caseKey: KEY, at: T0 + 70 * MIN, kind: 'status', from: 'resolved', to: 'dismissed', dismissReason: 'already_handled' },
];
const notes: Note[] = [{ id: 1, caseKey: KEY, text: '已联系买家', createdAt: T0 + 30 * MIN }];

const sentences = (lang: 'en' | 'zh', entries: TimelineEntry[]) =>
  entries.map((e) => (e.kind === 'note' ? `note: ${e.note.text}` : describeEvent(lang, e, (id) => (id === 'late-apology' ? 'Late shipment apology' : undefined))));

describe('case timeline', () => {
  it('merges notes and events by time, each told in a plain sentence', () => {
    expect(sentences('en', mergeTimeline(notes, events))).toEqual([
      'Case opened at P2',
      'Raised to P1',
      'Status: Open → waiting on carrier',
      'note: 已联系买家',
      'Status: Waiting → Resolved (partial compensation, ¥5.00)',
      'Template copied: Late shipment apology',
      'Condition cleared',
      'Status: Resolved → Dismissed (already handled)',
    ]);
  });

  it('speaks Chinese, and shows a template id when the template is gone', () => {
    const zh = sentences('zh', mergeTimeline([], events));
    expect(zh[2]).toEqual('状态：待处理 → 等待快递');
    expect(describeEvent('zh', { kind: 'event', at: T0, event: { caseKey: KEY, at: T0, kind: 'template', templateId: 'gone', language: 'en', action: 'insert' } })).toEqual(
      '已填入话术：gone',
    );
  });

  it('says "lowered" when the severity went down', () => {
    const down = mergeTimeline([], [
      { caseKey: KEY, at: T0, kind: 'detection', change: 'opened', severity: 'P1' },
      { caseKey: KEY, at: T0 + MIN, kind: 'detection', change: 'severity', severity: 'P3' },
    ]);
    expect(sentences('en', down)).toEqual(['Case opened at P1', 'Lowered to P3']);
  });
});
