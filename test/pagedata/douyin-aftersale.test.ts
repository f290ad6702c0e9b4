import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterById } from '../../lib/adapters';
import { loadOrder, type SentinelDB } from '../../lib/db';
import { ingestBatch } from '../../lib/ingest';
import { readPageData } from '../../lib/pagedata';
import { readDouyinAfterSales } from '../../lib/pagedata/douyin-aftersale';
import { keepingPageData, pageDataOrders, withPageData } from '../../lib/pagedata/ingest';
import { NOT_A_LIST, type PendingAnnotation, type ReadStatus } from '../../lib/schema';
import { applyRequests } from '../../lib/pagedata/requests';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { serialized } from '../../lib/ingest/annotate';
import { freshDb } from '../ingest/orders';

/** Entries of orders not read yet, kept in memory as browser storage keeps them in the extension. */
const pendingStore = () => {
  let kept: PendingAnnotation[] = [];
  return serialized({ get: async () => kept, set: async (v) => void (kept = v) });
};

const fixture = (name: string) => readFileSync(`test/fixtures/douyin-aftersale/${name}`, 'utf8');
const pagedata = (name: string) => readFileSync(`test/fixtures/pagedata/${name}`, 'utf8');
const SOURCE = 'https://fxg.jinritemai.com/after_sale/pc/list?appid=1&_bid=ffa_aftersale&aid=4272&aftersale_platform_source=fxg';
const PAGE = 'https://fxg.jinritemai.com/ffa/merchant-aftersale-workbench/aftersale/list';
const LIST = 'https://fxg.jinritemai.com/ffa/morder/order/list';
const AT = Date.UTC(2026, 11, 7, 2, 0);
const HOUR = 3_600_000;
const read = (body: string | undefined, source = SOURCE, url = PAGE, off: string[] = []) => pageDataOrders({ url, source, observedAt: AT, body }, (id) => adapterById(id), off);

describe('Douyin 售后工作台 read from its after_sale/pc/list answer', () => {
  it('gives each order its earliest open request time, passing over a finished refund', () => {
    const r = readDouyinAfterSales(JSON.parse(fixture('aftersale-list.2026-12.json')));
    // 7002 has two open requests (09:30 and 11:05 Beijing time): the first one's clock ends first.
    expect(r).toEqual({
      ok: true,
      entries: [
        { orderId: '6938812345678907002', requestedAt: '2026-12-04T01:30:00.000Z' },
        { orderId: '6938812345678909901', requestedAt: '2026-12-06T12:00:00.000Z' },
      ],
      skipped: [],
      closed: 1,
    });
  });

  it('is read on the after-sales page (both paths) and refused on 订单管理, another host, or with Douyin switched off', () => {
    const body = fixture('aftersale-list.2026-12.json');
    expect(read(body)).toMatchObject({ kind: 'requests', health: { ordersRead: 2, skipped: 0, at: AT } });
    expect(read(body, SOURCE, 'https://fxg.jinritemai.com/ffa/maftersale/aftersale/list?tab=all')).toMatchObject({ kind: 'requests', health: { ordersRead: 2 } });
    const r = read(body);
    if (r.kind !== 'requests') throw new Error(r.kind);
    expect(r.requests).toEqual([
      { marketplace: 'douyin', orderId: '6938812345678907002', requestedAt: Date.UTC(2026, 11, 4, 1, 30) },
      { marketplace: 'douyin', orderId: '6938812345678909901', requestedAt: Date.UTC(2026, 11, 6, 12, 0) },
    ]);
    expect(read(body, SOURCE, LIST)).toEqual({ kind: 'refused', reason: 'not an after-sales list of douyin' });
    expect(read(body, SOURCE, 'https://doudian.douyinec.com/ffa/merchant-aftersale-workbench/aftersale/list')).toEqual({ kind: 'refused', reason: 'not an after-sales list of douyin' });
    expect(read(body, SOURCE, PAGE, ['douyin'])).toEqual({ kind: 'refused', reason: 'reading douyin is switched off' });
    expect(read(body, 'https://fxg.jinritemai.com/after_sale/pc/listX')).toEqual({ kind: 'none' });
    expect(read(body, 'https://fxg.jinritemai.com.evil.example/after_sale/pc/list')).toEqual({ kind: 'none' });
  });

  it('keeps nothing of a hostile answer but the one well-formed request, and drops __proto__ keys', () => {
    const direct = readPageData(SOURCE, fixture('aftersale-hostile.2026-12.json'));
    expect(direct).toEqual({
      kind: 'requests',
      adapter: 'douyin',
      read: {
        ok: true,
        entries: [{ orderId: '6938812345678907001', requestedAt: '2026-12-04T01:30:00.000Z' }],
        skipped: [
          { row: 2, reason: 'after_sale_info.apply_time: Invalid input: expected number, received string' },
          { row: 3, reason: 'order_info.shop_order_id: Invalid string: must match pattern /^\\d{6,30}$/' },
        ],
        closed: 0,
      },
    });
    expect(JSON.stringify(direct)).not.toContain('polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses 1e309, an answer past the cap, a malformed one, an error answer and the order list\'s shape', () => {
    expect(read(fixture('aftersale-1e309.2026-12.json'))).toMatchObject({ kind: 'requests', requests: [], health: { ordersRead: 0, skipped: 0, problem: "the response is malformed: 'apply_time' is not a number JSON can hold" } });
    expect(read(undefined)).toMatchObject({ requests: [], health: { problem: 'the response was too large to read' } });
    expect(read('{"st":0,"code":0,"data":{"items":[{"after_sale_info":{"apply_')).toMatchObject({ requests: [], health: { problem: 'the response is malformed: not JSON' } });
    expect(read('{"st":10008,"code":10008,"msg":"用户未登录","data":null}')).toMatchObject({ requests: [], health: { problem: 'the console answered with an error: 用户未登录' } });
    expect(read(pagedata('douyin-searchlist.2026-12.json'))).toMatchObject({ requests: [], health: { problem: "not the after-sales list's data (data: Invalid input: expected object, received array)" } });
  });
});

describe('the after-sales page\'s read health', () => {
  it('keeps what its own data gave when the page\'s text reader then finds no order list there, and only then', () => {
    const statuses = new Map<number, ReadStatus>();
    const store = keepingPageData({ get: (tab: number) => statuses.get(tab), set: (tab: number, s: ReadStatus) => void statuses.set(tab, s) });
    const adapter = adapterById('douyin')!;
    const read = withPageData(undefined, `${PAGE}?tab=all`, adapter, { ordersRead: 2, skipped: 0, at: AT });
    store.set(1, read);
    store.set(1, { kind: 'unsupported', url: `${PAGE}?tab=all`, reason: NOT_A_LIST, at: AT + 1 });
    expect(store.get(1)).toEqual(read);
    // The same page again (another tab of its list): its address is the new one.
    store.set(1, { kind: 'unsupported', url: `${PAGE}?tab=refund`, reason: NOT_A_LIST, at: AT + 1 });
    expect(store.get(1)).toEqual({ ...read, url: `${PAGE}?tab=refund` });
    expect(read).toMatchObject({ kind: 'read', adapter: 'douyin', ordersRead: 0, pageData: { ordersRead: 2 } });
    // Another reason (the console switched off), or another page, replaces it.
    store.set(1, { kind: 'unsupported', url: `${PAGE}?tab=all`, reason: 'reading douyin is switched off', at: AT + 2 });
    expect(store.get(1)).toMatchObject({ kind: 'unsupported', reason: 'reading douyin is switched off' });
    store.set(2, read);
    store.set(2, { kind: 'unsupported', url: 'https://fxg.jinritemai.com/ffa/mshop/homepage/index', reason: NOT_A_LIST, at: AT + 3 });
    expect(store.get(2)).toMatchObject({ kind: 'unsupported', reason: NOT_A_LIST });
  });
});

describe('applyRequests', () => {
  let db: SentinelDB | undefined;
  afterEach(() => db?.close());

  it('times the 退款中 order from the buyer\'s request, not from the read: refund-pending P1 once 抖店\'s 48 h have passed', async () => {
    db = freshDb().db;
    const list = pageDataOrders({ url: LIST, source: 'https://fxg.jinritemai.com/api/order/searchlist?page=0', observedAt: AT, body: pagedata('douyin-searchlist.2026-12.json') }, (id) => adapterById(id), []);
    if (list.kind !== 'read') throw new Error(list.kind);
    await ingestBatch(db, list.orders, AT, DEFAULT_SETTINGS);
    // First seen at the read: 48 h from now, nothing to say yet.
    expect((await db.cases.toArray()).filter((c) => c.detector === 'refund-pending')).toEqual([]);

    const r = read(fixture('aftersale-list.2026-12.json'));
    if (r.kind !== 'requests') throw new Error(r.kind);
    const pending = pendingStore();
    const result = await applyRequests(db, r.requests, AT + HOUR, AT + HOUR, DEFAULT_SETTINGS, pending);
    // 6938812345678909901 was never read from 订单管理: not stored, its request time waits for it.
    expect([result.applied, result.waiting]).toEqual([1, 1]);
    expect(await pending.get()).toEqual([{ marketplace: 'douyin', orderId: '6938812345678909901', fields: { requestedAt: Date.UTC(2026, 11, 6, 12, 0) }, at: AT + HOUR }]);
    expect(await loadOrder(db, 'douyin', '6938812345678909901')).toBeUndefined();
    const refund = (await db.cases.toArray()).filter((c) => c.detector === 'refund-pending');
    expect(refund.map((c) => [c.orderId, c.severity])).toEqual([['6938812345678907002', 'P1']]);
    expect(refund[0]!.evidence).toMatchObject({ requestedAt: '2026-12-04T01:30:00.000Z', requestedAtSource: 'console', decisionAt: '2026-12-06T01:30:00.000Z' });
    expect(refund[0]!.explanation.en).toBe("Refund of ¥45.00 requested; Douyin's 48 h limit before shipping has run out — it may already be agreed automatically.");
    // The same answer again changes nothing.
    expect((await applyRequests(db, r.requests, AT + 2 * HOUR, AT + 2 * HOUR, DEFAULT_SETTINGS, pending)).applied).toBe(0);
  });

  it('times a complaint from the buyer\'s request too: dispute-open\'s 24 h reply window counted from it, not from the read', async () => {
    db = freshDb().db;
    const list = pageDataOrders({ url: LIST, source: 'https://fxg.jinritemai.com/api/order/searchlist?page=0', observedAt: AT, body: pagedata('douyin-searchlist.2026-12.json') }, (id) => adapterById(id), []);
    if (list.kind !== 'read') throw new Error(list.kind);
    // The same refund, escalated: the list shows 平台介入.
    const escalated = list.orders.map((o) => (o.orderId === '6938812345678907002' ? { ...o, statusRaw: '待发货 / 平台介入' } : o));
    await ingestBatch(db, escalated, AT, DEFAULT_SETTINGS);
    const dispute = async () => (await db!.cases.toArray()).filter((c) => c.detector === 'dispute-open').map((c) => [c.orderId, c.severity, c.evidence['requestedAt'], c.evidence['dueSource'], c.evidence['replyDueAt']]);
    expect(await dispute()).toEqual([['6938812345678907002', 'P1', '2026-12-07T02:00:00.000Z', 'first observed', '2026-12-08T02:00:00.000Z']]);
    const r = read(fixture('aftersale-list.2026-12.json'));
    if (r.kind !== 'requests') throw new Error(r.kind);
    await applyRequests(db, r.requests, AT + HOUR, AT + HOUR, DEFAULT_SETTINGS, pendingStore());
    expect(await dispute()).toEqual([['6938812345678907002', 'P1', '2026-12-04T01:30:00.000Z', 'request time', '2026-12-05T01:30:00.000Z']]);
  });
});
