import { afterEach, describe, expect, it, vi } from 'vitest';
import { listNotes, loadCase, openDb, type SentinelDB } from '../../lib/db';
import { createClient } from '../../lib/messaging';
import { createMessageHandler, type HandlerDeps, type MessageHandler } from '../../entrypoints/background/router';
import { type ReadStatus } from '../../lib/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { adapterFromSite } from '../../lib/teach/adapter';
import { freshDb, HOUR, observedMessage, paidOrder, paidRow, T0 } from '../ingest/orders';
import zhMessages from '../../public/_locales/zh_CN/messages.json';

const LATE_KEY = 'ship-deadline|taobao|3712345678901234567';
const NOW = T0 + 50 * HOUR;
const readStatus: ReadStatus = {
  kind: 'read',
  adapter: 'taobao',
  url: 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm',
  ordersRead: 1,
  rowsSkipped: 0,
  skipped: [],
  at: NOW,
};
const fromTab = { tab: { id: 7 }, id: 'ext-id' };
const fromPopup = { id: 'ext-id' };
const observed = observedMessage([paidRow()], readStatus, NOW);

const opened: SentinelDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

/** The router's needs met plainly: the clock stands still, tab statuses in a map. */
function setupDeps(db: SentinelDB, tabs = new Map<number, ReadStatus>()): HandlerDeps {
  return {
    sites: { enable: vi.fn(async () => {}), disable: vi.fn(async () => {}), saveMapping: vi.fn(async () => {}) },
    db,
    now: () => NOW,
    settings: async () => DEFAULT_SETTINGS,
    onCasesChanged: vi.fn(),
    tabStatus: { get: (id) => tabs.get(id), set: (id, s) => void tabs.set(id, s) },
    extensionId: 'ext-id',
  };
}

function setup(extra: Partial<HandlerDeps> = {}) {
  const { db, name } = freshDb();
  opened.push(db);
  const tabs = new Map<number, ReadStatus>();
  const deps = { ...setupDeps(db, tabs), ...extra };
  const handler: MessageHandler = createMessageHandler(deps);
  return { db, name, handler, onCasesChanged: deps.onCasesChanged, tabs, sites: deps.sites };
}

describe('message handler', () => {
  /** A handler whose only extra is how it injects code into a tab. */
  const injecting = (inject: Partial<Parameters<typeof createMessageHandler>[0]>) =>
    createMessageHandler({
      db: setup().db,
      now: () => NOW,
      settings: async () => DEFAULT_SETTINGS,
      onCasesChanged: () => {},
      tabStatus: { get: () => undefined, set: () => {} },
      sites: { enable: vi.fn(async () => {}), disable: vi.fn(async () => {}), saveMapping: vi.fn(async () => {}) },
      ...inject,
    });

  it.each([
    { type: 'teach.inject', inject: 'injectTeach', refusal: 'teach.inject failed: teach mode can only be started in a tab' },
    { type: 'notes.inject', inject: 'injectNotes', refusal: 'notes.inject failed: a note can only be opened in a tab' },
    { type: 'tools.inject', inject: 'injectTools', refusal: 'tools.inject failed: page tools only work in a tab' },
  ] as const)("$type injects its code into the asking page's tab, and only into a tab", async ({ type, inject, refusal }) => {
    const injector = vi.fn(async () => {});
    const handler = injecting({ [inject]: injector });
    expect(await handler({ type }, fromTab)).toEqual({ ok: true });
    expect(injector.mock.calls).toEqual([[7]]);
    expect(await handler({ type }, fromPopup)).toEqual({ ok: false, error: refusal });
    expect(injector).toHaveBeenCalledTimes(1);
  });

  it("hands a content script the seller's language's texts (it bundles no message file)", async () => {
    const { handler } = setup();
    const answer = await handler({ type: 'i18n.messages', language: 'zh' }, fromTab);
    expect(answer.ok).toBe(true);
    const messages = (answer as { messages: Record<string, string> }).messages;
    expect([messages['severityP1'], messages['overlayNoteSave'], messages['messagesLanguage']]).toEqual(['需立即处理', '保存备注', 'zh']);
    // Every key of the Chinese message file, and nothing else.
    expect(Object.keys(messages).sort()).toEqual(Object.keys(zhMessages).sort());
    expect(await handler({ type: 'i18n.messages', language: 'fr' }, fromTab)).toMatchObject({ ok: false });
  });

  it('rejects an invalid message with the reason, and still applies the next valid one', async () => {
    const { db, handler } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = await handler({ ...observed, rows: [{ ...observed.rows[0], position: 0 }] }, fromTab);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^invalid message: rows\.0\.position: /);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(await handler('not even an object', fromTab)).toMatchObject({ ok: false });
    expect(await db.orders.count()).toBe(0);

    expect(await handler(observed, fromTab)).toMatchObject({ ok: true, written: 1, changed: 1, findings: 1, skipped: [] });
    expect(await db.orders.count()).toBe(1);
    expect((await loadCase(db, LATE_KEY))?.severity).toBe('P1');
  });

  it('refuses a message from another extension', async () => {
    const { db, handler } = setup();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await handler(observed, { tab: { id: 7 }, id: 'someone-else' })).toEqual({
      ok: false,
      error: 'message refused: sender someone-else is not this extension',
    });
    expect(await db.orders.count()).toBe(0);
  });

  it("parses a page's rows with its console's adapter, stores the orders and answers the rows it cannot read", async () => {
    const { db, handler, tabs } = setup();
    const broken = { ...paidRow(paidOrder({ orderId: '3712345678901234999' }), 2), cells: { ...paidRow().cells, paid: '待定' } };
    const status: ReadStatus = { ...readStatus, ordersRead: 2 };
    const answer = await handler({ ...observed, status, labels: { paid: '实收款' }, rows: [paidRow(), broken] }, fromTab);
    // The popup's read health counts the row as skipped at once: the page sends no second status.
    expect(tabs.get(7)).toEqual({
      ...status,
      ordersRead: 1,
      rowsSkipped: 1,
      skipped: [{ row: 2, orderId: '3712345678901234999', reason: "实收款 '待定' is not an amount" }],
    });
    expect(answer).toEqual({
      ok: true,
      written: 1,
      changed: 1,
      findings: 1,
      skipped: [{ row: 2, orderId: '3712345678901234999', reason: "实收款 '待定' is not an amount" }],
      badges: [await lateBadge(db)],
    });
    const { clocks: _c, clockKey: _k, ...stored } = (await db.orders.get('taobao|3712345678901234567'))!;
    expect(stored).toMatchObject(
      paidOrder({
        money: { currency: 'CNY', paid: 59.8, subtotal: 59.8 },
        source: { url: observed.url, adapter: 'taobao', observedAt: NOW },
      }),
    );
  });

  it('asks for a re-evaluation of every open order after a batch that changed the shop, else for the alarm\'s catch-up', async () => {
    const onOrdersIngested = vi.fn();
    const { handler } = setup({ onOrdersIngested });
    expect(await handler(observed, fromTab)).toMatchObject({ ok: true, changed: 1 });
    // The page opened again an hour later: the same order, seen again, changes nothing a detector reads.
    expect(await handler({ ...observed, observedAt: NOW + HOUR }, fromTab)).toMatchObject({ ok: true, written: 1, changed: 0 });
    const remarked = { ...paidRow(), cells: { ...paidRow().cells, sellerRemark: '已备注' } };
    expect(await handler({ ...observed, observedAt: NOW + 2 * HOUR, rows: [remarked] }, fromTab)).toMatchObject({ ok: true, changed: 1 });
    expect(onOrdersIngested.mock.calls).toEqual([[true], [false], [true]]);
  });

  it("reads a taught site's rows with the site's mapping, and refuses rows of an adapter it does not know", async () => {
    const taughtAdapter = vi.fn(async (url: string) =>
      adapterFromSite({
        origin: new URL(url).origin,
        adapter: 'taught',
        grantedAt: NOW,
        mapping: {
          table: '#orders',
          columns: [{ header: 'Order', key: 'orderId' }],
          currency: 'EUR',
          timeZone: 'Europe/Berlin',
          path: '/admin/orders',
        },
      }),
    );
    const { db, handler } = setup({ taughtAdapter });
    const url = 'https://shop.example.com/admin/orders';
    const row = { position: 1, orderId: 'A-1001', cells: { placedAt: '2026-11-20 10:00', paid: '12,50 €', status: 'Processing' }, items: [] };
    const taught = await handler({ ...observed, adapter: 'taught', url, rows: [row] }, fromTab);
    expect(taught).toMatchObject({ ok: true, written: 1, skipped: [] });
    expect(taughtAdapter).toHaveBeenCalledWith(url);
    expect(await db.orders.get('custom|A-1001')).toMatchObject({
      placedAt: Date.UTC(2026, 10, 20, 9, 0, 0),
      money: { currency: 'EUR', paid: 12.5 },
      status: 'awaiting_shipment',
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await handler({ ...observed, adapter: 'nonesuch', rows: [row] }, fromTab)).toEqual({
      ok: false,
      error: `no adapter 'nonesuch' for ${observed.url}`,
    });
  });

  it('keeps the read status of the tab that sent orders or a page status', async () => {
    const { handler, tabs } = setup();
    await handler(observed, fromTab);
    expect(await handler({ type: 'tab.status', tabId: 7 }, fromPopup)).toEqual({ ok: true, status: readStatus });
    expect(await handler({ type: 'tab.status', tabId: 8 }, fromPopup)).toEqual({ ok: true, status: null });
    const unsupported: ReadStatus = { kind: 'unsupported', url: 'https://example.com/', reason: 'no order table', at: NOW };
    expect(await handler({ type: 'page.status', status: unsupported }, { tab: { id: 8 }, id: 'ext-id' })).toEqual({ ok: true });
    expect(tabs.get(8)).toEqual(unsupported);
  });

  /** The badge of the late order, as the side panel and the page show it. */
  const lateBadge = async (db: SentinelDB) => ({
    orderId: '3712345678901234567',
    caseKey: LATE_KEY,
    detector: 'ship-deadline',
    label: { en: 'Shipping deadline', zh: '发货时限' },
    severity: 'P1',
    dueAt: T0 + 48 * HOUR,
    explanation: (await loadCase(db, LATE_KEY))!.explanation,
  });

  it('answers a read with the badges of the orders the page shows, and remembers them for the tab', async () => {
    const show = vi.fn();
    const { db, handler } = setup({ shown: { show } });
    const shown = { marketplace: 'taobao' as const, orderIds: ['3712345678901234567', '1'] };
    const answer = await handler({ ...observed, shown }, fromTab);
    expect(answer).toEqual({ ok: true, written: 1, changed: 1, findings: 1, skipped: [], badges: [await lateBadge(db)] });
    expect(show.mock.calls).toEqual([[7, 'taobao', shown.orderIds, [await lateBadge(db)]]]);
    // A list scrolled back to rows already sent: no rows, only their badges, nothing stored again.
    const onOrdersIngested = vi.fn();
    const again = await createMessageHandler({ ...setupDeps(db), onOrdersIngested })({ ...observed, rows: [], shown }, fromTab);
    expect(again).toEqual({ ok: true, written: 0, changed: 0, findings: 0, skipped: [], badges: [await lateBadge(db)] });
    expect(onOrdersIngested).not.toHaveBeenCalled();
  });

  it('saves a note and a status change that are still there after the database is reopened', async () => {
    const { db, name, handler, onCasesChanged } = setup();
    await handler(observed, fromTab);
    expect(await handler({ type: 'case.setStatus', caseKey: LATE_KEY, status: 'waiting' }, fromPopup)).toMatchObject({
      ok: true,
      case: { key: LATE_KEY, status: 'waiting', statusChangedAt: NOW },
    });
    expect(await handler({ type: 'case.addNote', caseKey: LATE_KEY, text: '等快递揽收' }, fromPopup)).toEqual({
      ok: true,
      note: { id: 1, caseKey: LATE_KEY, text: '等快递揽收', createdAt: NOW },
    });
    expect(onCasesChanged).toHaveBeenCalledTimes(3);
    db.close();

    const again = openDb(name);
    opened.push(again);
    expect((await loadCase(again, LATE_KEY))?.status).toBe('waiting');
    expect((await listNotes(again, LATE_KEY)).map((n) => n.text)).toEqual(['等快递揽收']);
  });

  it('answers a failure with its reason instead of throwing', async () => {
    const { handler } = setup();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await handler({ type: 'case.addNote', caseKey: 'ship-deadline|taobao|404', text: 'hi' }, fromPopup)).toEqual({
      ok: false,
      error: 'case.addNote failed: cannot add a note: no case with key "ship-deadline|taobao|404"',
    });
  });

  it('re-runs detection on demand over live orders', async () => {
    const { handler } = setup();
    await handler(observed, fromTab);
    expect(await handler({ type: 'detect.now' }, fromPopup)).toEqual({ ok: true, evaluated: 1, findings: 1 });
  });
});

describe('messaging client', () => {
  it('passes the message to the transport and returns the parsed answer', async () => {
    const { handler } = setup();
    const client = createClient((m) => handler(m, fromTab));
    await client.request(observed as Parameters<typeof client.request>[0]);
    const answer = await client.request({ type: 'tab.status', tabId: 7 });
    expect(answer).toEqual({ ok: true, status: readStatus });
  });

  it('turns a malformed answer or a transport failure into { ok: false } with a reason', async () => {
    const malformed = createClient(async () => ({ ok: true, status: 'yes' }));
    expect(await malformed.request({ type: 'tab.status', tabId: 1 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^invalid answer from the background: /),
    });
    const down = createClient(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await down.request({ type: 'detect.now' })).toEqual({
      ok: false,
      error: 'no answer from the background: Could not establish connection. Receiving end does not exist.',
    });
  });
  it('passes site grants and taught mappings to the site registry, with the sending tab', async () => {
    const { handler, sites } = setup();
    expect(await handler({ type: 'site.enable', origin: 'https://shop.example.com', adapter: 'woocommerce', tabId: 7 }, fromPopup)).toEqual({ ok: true });
    expect(sites.enable).toHaveBeenCalledWith('https://shop.example.com', 'woocommerce', 7);
    // An origin with a path is not an origin: refused before it reaches the registry.
    const bad = await handler({ type: 'site.enable', origin: 'https://shop.example.com/wp-admin', adapter: 'woocommerce' }, fromPopup);
    expect(bad.ok).toBe(false);
    expect(sites.enable).toHaveBeenCalledTimes(1);
    const mapping = { table: 'table#orders', columns: [{ header: 'Order', key: 'orderId' as const }], currency: 'USD', timeZone: 'UTC', path: '/admin/orders' };
    expect(await handler({ type: 'teach.save', origin: 'https://shop.example.com', mapping }, fromTab)).toEqual({ ok: true });
    expect(sites.saveMapping).toHaveBeenCalledWith('https://shop.example.com', mapping, fromTab.tab.id);
    expect(await handler({ type: 'site.disable', origin: 'https://shop.example.com' }, fromPopup)).toEqual({ ok: true });
    expect(sites.disable).toHaveBeenCalledWith('https://shop.example.com');
  });

  it("records the seller's case record and blocks a buyer from the extension's pages only, parsing every change", async () => {
    const { handler, db, onCasesChanged } = setup({ mayReadPage: async () => true });
    expect((await handler(observed, { ...fromTab, url: 'https://trade.taobao.com/x' })).ok).toBe(true);
    const cause = { type: 'case.record', caseKey: LATE_KEY, change: { field: 'cause', cause: { code: 'packing_backlog' } } };
    const answer = await handler(cause, fromPopup);
    expect(answer.ok).toBe(true);
    expect((answer as { case: { cause?: unknown } }).case.cause).toEqual({ code: 'packing_backlog' });
    expect(onCasesChanged).toHaveBeenCalled();
    // A web page cannot write a case's record, nor block anyone.
    expect(await handler(cause, { ...fromTab, url: 'https://trade.taobao.com/x' })).toEqual({ ok: false, error: 'message refused: case.record cannot come from a web page' });
    expect((await handler({ type: 'buyer.block', caseKey: LATE_KEY, reason: 'x' }, { ...fromTab, url: 'https://trade.taobao.com/x' })).ok).toBe(false);
    // A change that does not parse is refused whole.
    const bad = await handler({ type: 'case.record', caseKey: LATE_KEY, change: { field: 'responsible', responsible: 'neighbour' } }, fromPopup);
    expect(bad.ok).toBe(false);
    expect(await handler({ type: 'buyer.block', caseKey: LATE_KEY, reason: 'refunds on three parcels that arrived' }, fromPopup)).toEqual({ ok: true, buyer: 'tb_buyer_01', added: true });
    expect((await loadCase(db, LATE_KEY))?.responsible).toBeUndefined();
    // A template copied in the case view is kept on the case.
    expect(await handler({ type: 'case.templateUsed', caseKey: LATE_KEY, templateId: 'late-shipment.apology', language: 'en', action: 'copy' }, fromPopup)).toEqual({ ok: true });
    expect((await loadCase(db, LATE_KEY))?.repliesUsed).toEqual([{ templateId: 'late-shipment.apology', at: NOW }]);
  });
});
