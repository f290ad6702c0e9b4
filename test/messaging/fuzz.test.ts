// Property test: 10 000 random and mutated messages reach the background's handler. It never
// throws, never writes anything for a message that fails validation, refuses other
// extensions, and still applies a valid message afterwards.
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createMessageHandler } from '../../entrypoints/background/router';
import { Message, type ReadStatus } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR, observedMessage, paidOrder, paidRow, T0 } from '../ingest/orders';

const NOW = T0 + 50 * HOUR;
const { db } = freshDb();
afterAll(() => db.close());
const sites = { enable: vi.fn(async () => {}), disable: vi.fn(async () => {}), saveMapping: vi.fn(async () => {}) };
const handler = createMessageHandler({
  db,
  now: () => NOW,
  settings: async () => DEFAULT_SETTINGS,
  onCasesChanged: () => {},
  tabStatus: { get: () => undefined, set: () => {} },
  extensionId: 'ext-id',
  sites,
});
const fromTab = { tab: { id: 7 }, id: 'ext-id' };

const status: ReadStatus = { kind: 'read', adapter: 'taobao', url: 'https://trade.taobao.com/x', ordersRead: 1, rowsSkipped: 0, skipped: [], at: NOW };
const VALID: unknown[] = [
  observedMessage([paidRow()], status, NOW, status.url),
  { type: 'page.status', status },
  { ...observedMessage([], status, NOW, status.url), shown: { marketplace: 'taobao', orderIds: ['3712345678901234567'] } },
  { type: 'tab.status', tabId: 7 },
  { type: 'case.addNote', caseKey: 'ship-deadline|taobao|3712345678901234567', text: '已联系买家' },
  { type: 'case.setStatus', caseKey: 'ship-deadline|taobao|3712345678901234567', status: 'in_progress' },
  { type: 'detect.now' },
  { type: 'order.addNote', marketplace: 'demo', orderId: 'DS1', text: 'reshipped' },
];

/** A valid message with one field replaced, removed or given a value of another type. */
const mutated = fc
  .tuple(fc.constantFrom(...VALID), fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 2 }), fc.boolean())
  .map(([message, key, value, remove]) => {
    const copy = structuredClone(message) as Record<string, unknown>;
    const keys = Object.keys(copy);
    const target = keys.includes(key) ? key : keys[key.length % keys.length]!;
    if (remove) delete copy[target];
    else copy[target] = value;
    return copy;
  });

async function snapshot() {
  return Promise.all([db.orders.count(), db.cases.count(), db.notes.count(), db.caseEvents.count(), db.statusHistory.count()]);
}

describe('background message handler under fuzzing', () => {
  it('answers 10 000 random and mutated messages without throwing, and writes nothing for invalid ones', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let invalid = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything({ maxDepth: 3 }), mutated), async (message) => {
        const valid = Message.safeParse(message).success;
        const before = valid ? undefined : await snapshot();
        const answer = await handler(message, fromTab);
        expect(typeof answer.ok).toBe('boolean');
        if (!valid) {
          invalid++;
          expect(answer.ok).toBe(false);
          expect(await snapshot()).toEqual(before);
        }
      }),
      { numRuns: 10_000, seed: 20261125 },
    );
    // Most generated messages are invalid; the property must have covered them.
    expect(invalid).toBeGreaterThan(8_000);
    vi.restoreAllMocks();
  }, 120_000);

  it('still applies a valid message after the storm, and refuses every message from another extension', async () => {
    const row = paidRow(paidOrder({ orderId: '3712000000000000099' }));
    expect(await handler(observedMessage([row], status, NOW + 1, status.url), fromTab)).toMatchObject({ ok: true, written: 1 });
    expect(await db.orders.get('taobao|3712000000000000099')).toBeDefined();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const message of VALID) {
      expect(await handler(message, { tab: { id: 7 }, id: 'another-extension' })).toEqual({
        ok: false,
        error: 'message refused: sender another-extension is not this extension',
      });
    }
    vi.restoreAllMocks();
  });
});
