// @vitest-environment happy-dom
// The content script's read cycle against the background's real router: a read with a change is
// one request and its answer (the badges come in it), an unchanged re-read sends nothing, and a
// push of new badges redraws them without a request.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { demoPage } from '../../lib/adapters/demo';
import { EVERY_READER } from '../../lib/extract/flat';
import { READ_TABLES } from '../../lib/extract/read';
import { runContentScript } from '../../lib/content/run';
import { createMessageHandler } from '../../entrypoints/background/router';
import { type Message, type ReadStatus } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { freshDb, HOUR } from '../ingest/orders';

const URL_ = 'http://order-sentinel-demo.localhost:5173/orders?page=1';
/** Two days after the saved page's orders were paid: the unshipped ones are late. */
const NOW = Date.UTC(2026, 10, 24, 4, 0, 0) + 48 * HOUR;

const invalidators: (() => void)[] = [];
afterEach(() => {
  for (const invalidate of invalidators.splice(0)) invalidate();
  delete (window as unknown as Record<string, unknown>)['__orderSentinelContent'];
  vi.restoreAllMocks();
});

/** WXT's context, as far as the content script uses it, on the test's timers. */
function context(): ContentScriptContext {
  const onInvalid: (() => void)[] = [];
  invalidators.push(() => onInvalid.forEach((f) => f()));
  const timers: number[] = [];
  onInvalid.push(() => timers.forEach((t) => clearTimeout(t)));
  return {
    isValid: true,
    onInvalidated: (f: () => void) => void onInvalid.push(f),
    setTimeout: (f: () => void, ms: number) => timers[timers.push(window.setTimeout(f, ms)) - 1],
    setInterval: (f: () => void, ms: number) => timers[timers.push(window.setInterval(f, ms)) - 1],
    requestAnimationFrame: (f: () => void) => timers[timers.push(window.setTimeout(f, 0)) - 1],
    addEventListener: () => {},
  } as unknown as ContentScriptContext;
}

/** The demo console's list; `inShadow`: drawn inside an app shell's open shadow root (a web-component admin), read by the last rule. */
async function consolePage(inShadow = false) {
  vi.spyOn(Date, 'now').mockReturnValue(NOW);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => 'en';
  fakeBrowser.i18n.getMessage = () => '';
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_);
  const html = new DOMParser().parseFromString(readFileSync('test/fixtures/demo/order-list.2026-11.html', 'utf8'), 'text/html').body.innerHTML;
  if (inShadow) {
    document.body.innerHTML = '<order-app></order-app>';
    document.querySelector('order-app')!.attachShadow({ mode: 'open' }).innerHTML = html;
  } else document.body.innerHTML = html;
  const { db } = freshDb();
  const statuses = new Map<number, ReadStatus>();
  const router = createMessageHandler({
    db,
    now: () => NOW,
    settings: async () => DEFAULT_SETTINGS,
    onCasesChanged: () => {},
    tabStatus: { get: (tabId) => statuses.get(tabId), set: (tabId, status) => void statuses.set(tabId, status) },
    sites: { enable: async () => {}, disable: async () => {}, saveMapping: async () => {} },
  });
  const sent: Message[] = [];
  const answers: unknown[] = [];
  fakeBrowser.runtime.sendMessage = (async (message: Message) => {
    sent.push(message);
    const answer = await router(message, { tab: { id: 7 }, url: URL_ });
    answers.push(answer);
    return answer;
  }) as typeof fakeBrowser.runtime.sendMessage;
  runContentScript(context(), { script: 'demo', adapters: [demoPage], readers: inShadow ? EVERY_READER : READ_TABLES });
  return { db, sent, answers, statuses };
}

const flagged = () => [...document.querySelectorAll('[data-os-order-id]')].map((h) => `${h.getAttribute('data-os-order-id')} ${h.getAttribute('data-os-severity')}`);
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('a page read', () => {
  it('is one request and its answer, whose badges the page draws; an unchanged re-read sends nothing', async () => {
    const { sent, answers, statuses } = await consolePage();
    await vi.waitFor(() => expect(flagged().length).toBeGreaterThan(0));
    expect(sent.map((m) => m.type)).toEqual(['orders.observed']);
    // The row the background could not read is skipped in the status it keeps for the popup: no second message says so.
    expect(statuses.get(7)).toMatchObject({
      ordersRead: 6,
      rowsSkipped: 1,
      skipped: [{ row: 5, orderId: 'DS202611240005', reason: "实付款 '¥--' is not an amount" }],
    });
    const read = sent[0] as Extract<Message, { type: 'orders.observed' }>;
    expect([read.rows.length, read.shown?.orderIds.length]).toEqual([7, 7]);
    const badges = (answers[0] as { badges: { orderId: string; severity: string }[] }).badges;
    // Every order with a live case carries its most urgent one's badge, as answered.
    const mostUrgent = new Map<string, string>();
    for (const b of badges) if (!mostUrgent.has(b.orderId)) mostUrgent.set(b.orderId, b.severity);
    expect(flagged().sort()).toEqual([...mostUrgent].map(([id, severity]) => `${id} ${severity}`).sort());
    // Every row stored as an order has its overlay (the note button), flagged or not; the skipped one has none.
    expect(document.querySelectorAll('[data-os-row]').length).toBe(6);

    // The console re-renders something that is not an order row: read again, nothing sent.
    document.body.append(document.createElement('div'));
    await settle();
    expect(sent).toHaveLength(1);
  });

  it('sends only the changed row, once, and draws its badges from the answer', async () => {
    const { sent } = await consolePage();
    await vi.waitFor(() => expect(flagged().length).toBeGreaterThan(0));
    await settle();
    // An order late to ship is shipped: its row changes, and its late badge goes with the answer.
    const cell = [...document.querySelectorAll('td')].find((td) => td.textContent?.trim() === '待发货')!;
    const orderId = cell.closest('tr')!.querySelector('[data-os-row]')!.getAttribute('data-os-row')!;
    expect(flagged()).toContain(`${orderId} P1`);
    cell.textContent = '已发货';
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    await settle();
    const second = sent[1] as Extract<Message, { type: 'orders.observed' }>;
    expect([second.type, second.rows.map((r) => r.orderId)]).toEqual(['orders.observed', [orderId]]);
    expect(flagged().map((f) => f.split(' ')[0])).not.toContain(orderId);
    expect(sent).toHaveLength(2);
  });

  it('redraws the badges the background pushes, without asking for them', async () => {
    const { sent } = await consolePage();
    await vi.waitFor(() => expect(flagged().length).toBeGreaterThan(0));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badges.update', findings: [] }, {});
    expect(flagged()).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it('inside a shadow root: a row the component redraws there is read and sent, as in the page itself', async () => {
    const { sent } = await consolePage(true);
    const root = document.querySelector('order-app')!.shadowRoot!;
    await vi.waitFor(() => expect(root.querySelectorAll('[data-os-row]').length).toBe(6));
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['orders.observed']);
    // An order waiting to ship is shipped: the component redraws its status cell in its shadow root.
    const cell = [...root.querySelectorAll('td')].find((td) => td.textContent?.trim() === '待发货')!;
    const orderId = cell.closest('tr')!.querySelector('[data-os-row]')!.getAttribute('data-os-row')!;
    cell.textContent = '已发货';
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    const second = sent[1] as Extract<Message, { type: 'orders.observed' }>;
    expect([second.rows.map((r) => [r.orderId, r.cells.status])]).toEqual([[[orderId, '已发货']]]);
    // The overlay's own hosts in the shadow root start no read: nothing more is sent.
    await settle();
    expect(sent).toHaveLength(2);
  });
});
