import { describe, expect, it } from 'vitest';
import { insertTarget, replyLanguages } from '../../lib/templates/target';
import { ADAPTERS } from '../../lib/adapters';
import type { Marketplace, ReadStatus } from '../../lib/schema';

const read = (adapter: string, marketplace?: Marketplace): ReadStatus => ({
  kind: 'read',
  adapter,
  ...(marketplace ? { marketplace } : {}),
  url: 'http://x/',
  ordersRead: 3,
  rowsSkipped: 0,
  skipped: [],
  at: 1,
});

describe('replyLanguages', () => {
  it('offers the buyer’s language beside the seller’s when they differ', () => {
    expect(replyLanguages('en', 'taobao')).toEqual(['en', 'zh']);
    expect(replyLanguages('zh', 'amazon')).toEqual(['zh', 'en']);
    expect(replyLanguages('zh', 'pinduoduo')).toEqual(['zh']);
    expect(replyLanguages('en', 'custom')).toEqual(['en']);
  });
});

describe('insertTarget', () => {
  const statuses = new Map<number, ReadStatus>([
    [1, read('demo', 'demo')],
    [2, read('demo')],
    [3, read('amazon', 'amazon')],
    [4, { kind: 'unsupported', url: 'http://x/', reason: 'not an order list page', at: 1 }],
  ]);
  const statusOf = (id: number) => statuses.get(id);

  it('picks the active console tab of the order’s marketplace, else the most recently used', () => {
    const tabs = [
      { id: 1, active: false, lastAccessed: 10 },
      { id: 2, active: true, lastAccessed: 5 },
      { id: 4, active: true },
    ];
    expect(insertTarget('demo', tabs, statusOf, ADAPTERS)).toEqual({ kind: 'tab', tabId: 2 });
    expect(insertTarget('demo', tabs.map((t) => ({ ...t, active: false })), statusOf, ADAPTERS)).toEqual({ kind: 'tab', tabId: 1 });
  });

  it('says why there is nowhere to insert', () => {
    expect(insertTarget('amazon', [{ id: 3, active: true }], statusOf, ADAPTERS)).toEqual({ kind: 'none', reason: 'no-known-box' });
    expect(insertTarget('taobao', [{ id: 1, active: true }, { id: 4, active: false }], statusOf, ADAPTERS)).toEqual({
      kind: 'none',
      reason: 'no-console-tab',
    });
  });
});
