import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { DB_NAME, openDb, saveSettings } from '../../lib/db';
import { type ReadStatus } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { HOUR, observedMessage, paidRow } from '../ingest/orders';

const CONSOLE_URL = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
const fromTab = (tabId: number, url = CONSOLE_URL) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId }, url });
const fromPopup = () => ({ id: fakeBrowser.runtime.id });

function status(at: number): ReadStatus {
  return { kind: 'read', adapter: 'taobao', url: 'https://trade.taobao.com/x', ordersRead: 1, rowsSkipped: 0, skipped: [], at };
}

/** An order paid `hoursAgo` hours before now, observed now (Taobao: 48 h to ship). */
function observedPaid(hoursAgo: number, orderId = '3712345678901234567') {
  const now = Date.now();
  // The console shows whole seconds.
  const paidAt = Math.floor((now - hoursAgo * HOUR) / 1000) * 1000;
  return observedMessage([paidRow({ orderId, placedAt: paidAt, paidAt })], status(now), now, 'https://trade.taobao.com/x');
}

/** What the listener answers (fake events return every listener's result). */
async function send(message: unknown, sender: object): Promise<unknown> {
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return results[0];
}

const badgeText = () => fakeBrowser.action.getBadgeText({});
const LATE_ORDER = '3712345678901234567';
const LATE_CASE = `ship-deadline|taobao|${LATE_ORDER}`;

/** A page's read of one order paid `hoursAgo` hours ago, showing that order (its rows: `rows`, or the order's). */
function read(hoursAgo: number, orderId: string, rows?: []) {
  const message = observedPaid(hoursAgo, orderId);
  return { ...message, rows: rows ?? message.rows, shown: { marketplace: 'taobao', orderIds: [orderId] } };
}

beforeEach(async () => {
  fakeBrowser.reset();
  // Rejections are logged as warnings; Dexie also warns when it closes the previous test's
  // connection so the database can be deleted.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  // APIs the fake browser leaves unimplemented (each would log a failure from the worker's
  // background loops, possibly after this file has finished).
  fakeBrowser.i18n.getUILanguage = () => 'en';
  (fakeBrowser.action as { setPopup: unknown }).setPopup = async () => {};
  (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = async () => undefined;
  (fakeBrowser.permissions.onRemoved as { addListener: unknown }).addListener = () => {};
  (fakeBrowser.commands.onCommand as { addListener: unknown }).addListener = () => {};
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting['getRegisteredContentScripts'] = async () => [];
  scripting['registerContentScripts'] = async () => {};
  scripting['unregisterContentScripts'] = async () => {};
  // The fake browser has no permission store: the extension "holds" Taobao's sold-items pages.
  (fakeBrowser.permissions as { contains: unknown }).contains = async ({ origins = [] }: { origins?: string[] }) =>
    origins.every((o) => o.startsWith('https://trade.taobao.com/trade/itemlist/'));
  await Dexie.delete(DB_NAME);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('background', () => {
  it('ingests observed orders and shows the open P1 count on a red badge', async () => {
    background.main();
    expect(await send(observedPaid(50), fromTab(7))).toMatchObject({ ok: true, written: 1, changed: 1, findings: 1, skipped: [] });
    await vi.waitFor(async () => expect(await badgeText()).toBe('1'));
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([217, 48, 37, 255]);

    await send(observedPaid(60, '3712345678901234568'), fromTab(7));
    await vi.waitFor(async () => expect(await badgeText()).toBe('2'));
    // The seller resolves one: the count drops.
    await send({ type: 'case.setStatus', caseKey: 'ship-deadline|taobao|3712345678901234568', status: 'resolved' }, fromPopup());
    await vi.waitFor(async () => expect(await badgeText()).toBe('1'));
  });

  it('rejects an invalid message with a reason and keeps handling the next one', async () => {
    background.main();
    const bad = await send({ type: 'case.setStatus', caseKey: 'x', status: 'done' }, fromPopup());
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message: status: /) });
    expect(await send({ type: 'tab.status', tabId: 1 }, fromPopup())).toEqual({ ok: true, status: null });
  });

  it('refuses messages from another extension', async () => {
    background.main();
    expect(await send(observedPaid(50), { id: 'evil-extension', tab: { id: 7 } })).toEqual({
      ok: false,
      error: 'message refused: sender evil-extension is not this extension',
    });
    expect(await openDb().orders.count()).toBe(0);
  });

  it("keeps a tab's read status across a worker restart and forgets it when the tab closes", async () => {
    background.main();
    const message = observedPaid(1);
    await send(message, fromTab(7));
    expect(await fakeBrowser.storage.session.get('tabStatus:7')).toEqual({ 'tabStatus:7': message.status });

    // A restarted worker starts with empty memory and reads session storage back.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    background.main();
    expect(await send({ type: 'tab.status', tabId: 7 }, fromPopup())).toEqual({ ok: true, status: message.status });

    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    expect(await send({ type: 'tab.status', tabId: 7 }, fromPopup())).toEqual({ ok: true, status: null });
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('tabStatus:7')).toEqual({}));
  });

  it('schedules re-evaluation at the period set in the settings', async () => {
    await saveSettings(openDb(), { ...DEFAULT_SETTINGS, reevaluateMinutes: 5 });
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get('reevaluate'))?.periodInMinutes).toBe(5));
  });

  it('turns an order late on the alarm when its deadline passes', async () => {
    background.main();
    await send(observedPaid(47), fromTab(7));
    await vi.waitFor(async () => expect(await openDb().cases.count()).toBe(1));
    expect(await badgeText()).toBe('');

    const later = Date.now() + 2 * HOUR;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'reevaluate', scheduledTime: later, periodInMinutes: 15 });
    await vi.waitFor(async () => expect(await badgeText()).toBe('1'));
  });

  it('catches up with time when a page is opened again with its orders as they were, without waiting for the alarm', async () => {
    background.main();
    const first = observedPaid(47);
    await send(first, fromTab(7));
    await vi.waitFor(async () => expect(await openDb().cases.count()).toBe(1));
    // The re-evaluation the new order asked for (2 s after it) runs before the clock moves.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await badgeText()).toBe('');

    // Two hours later the seller opens the page again: the same order, past its 48 h to ship.
    const later = Date.now() + 2 * HOUR;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    expect(await send({ ...first, observedAt: later, status: status(later) }, fromTab(7))).toMatchObject({ ok: true, changed: 0 });
    await vi.waitFor(async () => expect(await badgeText()).toBe('1'), { timeout: 5_000 });
  }, 15_000);

  it('refuses a page the extension does not read, and changes of cases from any web page', async () => {
    background.main();
    const fromStranger = await send(observedPaid(50), fromTab(9, 'https://evil.example/orders'));
    expect(fromStranger).toEqual({
      ok: false,
      error: 'message refused: orders.observed from a page the extension does not read (https://evil.example/orders)',
    });
    const fromConsole = await send({ type: 'case.setStatus', caseKey: 'ship-deadline|taobao|1', status: 'resolved' }, fromTab(7));
    expect(fromConsole).toEqual({ ok: false, error: 'message refused: case.setStatus cannot come from a web page' });
    expect(await openDb().orders.count()).toBe(0);
  });

  it('answers a read with a change in one message, and pushes new badges only to the tabs showing the orders whose cases changed', async () => {
    const pushed: [number, unknown][] = [];
    (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = async (tabId: number, message: unknown) => void pushed.push([tabId, message]);
    background.main();
    // Tab 7 reads a late order: its badge comes in the answer.
    const answer = await send(read(50, LATE_ORDER), fromTab(7));
    expect(answer).toMatchObject({ ok: true, changed: 1, badges: [{ orderId: LATE_ORDER, caseKey: LATE_CASE, severity: 'P1' }] });
    // Tab 8 shows the same order (its rows already sent); tab 9 an order on time.
    expect(await send(read(50, LATE_ORDER, []), fromTab(8))).toMatchObject({ ok: true, changed: 0, badges: [{ caseKey: LATE_CASE }] });
    expect(await send(read(1, '3712345678901234568'), fromTab(9))).toMatchObject({ ok: true, changed: 1, badges: [] });
    // The re-evaluation 2 s after the reads changes no badge: no tab is sent anything.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(pushed).toEqual([]);

    // The seller resolves the case in the side panel: the two tabs showing its order, and only they, get their badges.
    await send({ type: 'case.setStatus', caseKey: LATE_CASE, status: 'resolved' }, fromPopup());
    await vi.waitFor(() => expect(pushed.map(([tabId]) => tabId).sort()).toEqual([7, 8]));
    expect(pushed[0]![1]).toEqual({ type: 'badges.update', findings: [] });
    // A note changes no badge: nothing more is sent.
    await send({ type: 'case.addNote', caseKey: LATE_CASE, text: '已发货' }, fromPopup());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pushed).toHaveLength(2);
  }, 15_000);

  it('still pushes new badges to a tab after the worker was stopped and started again', async () => {
    const pushed: [number, unknown][] = [];
    (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = async (tabId: number, message: unknown) => void pushed.push([tabId, message]);
    background.main();
    await send(read(50, LATE_ORDER), fromTab(7));
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.storage.session.get(null))).toContain('shownOrders:7'));

    // A restarted worker starts with empty memory and reads the tabs' orders back from session storage.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    background.main();
    await send({ type: 'case.setStatus', caseKey: LATE_CASE, status: 'resolved' }, fromPopup());
    await vi.waitFor(() => expect(pushed).toEqual([[7, { type: 'badges.update', findings: [] }]]));
  }, 15_000);
});
