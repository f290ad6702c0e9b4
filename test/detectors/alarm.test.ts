// Property tests for the alarm's re-evaluation (evaluateTimeDriven): between two ingests only
// time passes, so running each detector only where its result can change with time, and keeping
// the last full evaluation's result elsewhere, must give exactly what a full evaluation gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext, DETECTORS, evaluate, evaluateTimeDriven, ordersReadingHistory, shopCheckMayRun, timeDrivenScope, type Clocked, type Detector, type DetectorId, type Silence, type TimeWindow } from '../../lib/detectors';
import { clockedOf, clockKey, clockOf } from '../../lib/detectors/clock';
import { type Finding, Order, orderKey } from '../../lib/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { DAY, later, SELLER, settingsArb, shopArb, T, windowArb } from './arbitraries';
import { makeOrder } from './make-order';

const inScope = (detector: Detector, order: Order, settings: Settings): boolean => {
  const dependence = detector.changesWithTime;
  if (dependence === undefined) return true;
  const own = settings.detectors[detector.id];
  return dependence.statuses.includes(order.status) && (dependence.filter === undefined || dependence.filter(own)(order));
};

const pairOf = (x: { detector: string; orderId: string }) => `${x.detector}|${x.orderId}`;

type Shop = { orders: readonly Order[]; statusSince: ReadonlyMap<string, number> };

/** The orders with a clock running under `settings`, with their clocks, as the alarm takes them from the store. */
const clockedUnder = (orders: readonly Order[], settings: Settings): Clocked => clockedOf(orders, clockOf(settings));

/** An order of the shop placed 30 days before T, its raw status its status unless given. */
const shopOrder = (orderId: string, status: Order['status'], extra: Parameters<typeof makeOrder>[0] = {}): Order =>
  makeOrder({ orderId, status, statusRaw: status, placedAt: T - 30 * DAY, ...extra });

/** A settled sale, one with an unanswered message, a paid unshipped one, a cancelled one and a complaint. */
const settledAndRunning = (): Order[] => [
  shopOrder('1', 'completed'),
  shopOrder('2', 'completed', { buyerMessage: '在吗', buyerMessageAt: T - DAY }),
  shopOrder('3', 'awaiting_shipment', { paidAt: T - DAY }),
  shopOrder('4', 'cancelled'),
  shopOrder('5', 'completed', { statusRaw: '交易成功 投诉处理中' }),
];

/** The detectors whose bits are set in `clocks`. */
const detectorsOf = (clocks: number): DetectorId[] => DETECTORS.filter((_, place) => (clocks & (1 << place)) !== 0).map((d) => d.id);

/**
 * The alarm at `now` (told that the last evaluation ran at `since`, or not told), with the
 * evaluation at `since` kept where it does not judge, gives exactly a full evaluation at `now`.
 * `clocked`: it looks only at the orders whose clock runs, as the background's alarm does.
 */
function expectAlarmExact({ orders, statusSince }: Shop, since: number, now: number, settings: Settings, told: boolean, clocked = false): void {
  const before = evaluate(orders, buildContext(orders, { statusSince }), since, settings);
  const full = evaluate(orders, buildContext(orders, { statusSince }), now, settings);
  const ctx = buildContext(orders, { statusSince, ...(clocked && { clocked: clockedUnder(orders, settings) }) });
  const alarm = evaluateTimeDriven(orders, ctx, now, settings, told ? { since } : {});

  const judged = new Set<string>();
  for (const [id, targets] of alarm.judged.orders) for (const o of targets) judged.add(`${id}|${o.orderId}`);
  // Shop-level results ('@…') where their check ran; per-order ones where judged.
  const kept = <T extends { detector: string; orderId: string }>(list: readonly T[]) =>
    list.filter((x) => (x.orderId.startsWith('@') ? !alarm.judged.shops.has(x.detector as never) : !judged.has(pairOf(x))));
  const keptFindings: Finding[] = kept(before.findings);
  const keptSilences: Silence[] = kept(before.silences);

  const byKey = (list: readonly { detector: string; orderId: string }[]) => [...list].map((x) => JSON.stringify(x)).sort();
  expect(byKey([...keptFindings, ...alarm.findings])).toEqual(byKey(full.findings));
  expect(byKey([...keptSilences, ...alarm.silences])).toEqual(byKey(full.silences));
  expect(alarm.evaluated).toEqual(full.evaluated);
  expect(alarm.shopEvaluated).toEqual(full.shopEvaluated.filter((id) => alarm.judged.shops.has(id)));
  // The alarm's own findings come sorted as evaluate sorts them.
  expect(alarm.findings).toEqual(full.findings.filter((f) => (f.orderId.startsWith('@') ? alarm.judged.shops.has(f.detector as DetectorId) : judged.has(pairOf(f)))));
}

describe('changesWithTime', () => {
  it('is declared by every per-order detector (explicitly, even when nothing changes with time)', () => {
    for (const detector of DETECTORS) if (detector.run) expect(detector.changesWithTime, detector.id).toBeDefined();
  });

  it('holds for every detector: outside it, the result on an order is the same at any two times', () => {
    fc.assert(
      fc.property(shopArb, later, settingsArb, ({ orders, statusSince }, [t0, t1], settings) => {
        for (const detector of DETECTORS) {
          if (!detector.run) continue;
          const own = settings.detectors[detector.id];
          const ctx0 = buildContext(orders, { statusSince });
          const ctx1 = buildContext(orders, { statusSince });
          for (const order of orders) {
            if (inScope(detector, order, settings)) continue;
            expect(detector.run(order, ctx1, t1, own), `${detector.id} on ${order.orderId}`).toEqual(detector.run(order, ctx0, t0, own));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('readsStatusSince', () => {
  /** `statusSince` with only the entries of orders some detector declares it reads for. */
  const declaredHistory = (orders: readonly Order[], statusSince: ReadonlyMap<string, number>, detector: Detector) =>
    new Map([...statusSince].filter(([key]) => orders.some((o) => orderKey(o) === key && detector.readsStatusSince?.(o) === true)));

  it('is declared by every detector on every order whose result depends on the status history (the alarm loads only that)', () => {
    fc.assert(
      fc.property(shopArb, later, settingsArb, ({ orders, statusSince }, [, now], settings) => {
        for (const detector of DETECTORS) {
          if (!detector.run) continue;
          const own = settings.detectors[detector.id];
          const declared = declaredHistory(orders, statusSince, detector);
          for (const order of orders) {
            expect(detector.run(order, buildContext(orders, { statusSince: declared }), now, own), `${detector.id} on ${order.orderId}`).toEqual(
              detector.run(order, buildContext(orders, { statusSince }), now, own),
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is enough for the alarm told the last run: with only the history its judged orders declare, it judges as with all of it', () => {
    fc.assert(
      fc.property(shopArb, windowArb, settingsArb, ({ orders, statusSince }, { since, now }, settings) => {
        const full = evaluateTimeDriven(orders, buildContext(orders, { statusSince }), now, settings, { since });
        // As the background loads it: the shop checks' statuses only when one may run.
        const shopChecks = shopCheckMayRun(settings, { since, now }, [orders[0]!.marketplace]);
        const read = new Set(ordersReadingHistory(orders, timeDrivenScope(orders, settings), settings, shopChecks).map(orderKey));
        const loaded = new Map([...statusSince].filter(([key]) => read.has(key)));
        const alarm = evaluateTimeDriven(orders, buildContext(orders, { statusSince: loaded }), now, settings, { since });
        expect(alarm.findings).toEqual(full.findings);
        expect(alarm.silences).toEqual(full.silences);
      }),
      { numRuns: 300 },
    );
  });
});


describe('evaluateTimeDriven (the alarm)', () => {
  it('gives, with the last full evaluation kept where it does not judge, exactly a full evaluation now', () => {
    fc.assert(
      fc.property(shopArb, later, settingsArb, (shop, [t0, t1], settings) => expectAlarmExact(shop, t0, t1, settings, false)),
      { numRuns: 300 },
    );
  });

  it('keeps an order whose filter throws, so the failure is reported as a full evaluation reports it', () => {
    const broken = Order.parse({
      marketplace: 'taobao',
      orderId: '9',
      placedAt: T,
      status: 'completed',
      statusRaw: '交易成功',
      items: [],
      money: { currency: 'CNY', paid: 1 },
      source: { url: 'https://x.test/', adapter: 'test', observedAt: T },
    });
    // A getter that throws stands for a record the filter cannot read.
    Object.defineProperty(broken, 'buyerMessageAt', { get: () => { throw new Error('unreadable'); } });
    const result = evaluateTimeDriven([broken], buildContext([broken]), T, DEFAULT_SETTINGS);
    expect(result.judged.orders.get('message-unanswered')).toEqual([broken]);
    const full = evaluate([broken], buildContext([broken]), T, DEFAULT_SETTINGS);
    const failed = (list: readonly Silence[]) => list.filter((x) => x.detector === 'message-unanswered');
    expect(failed(result.silences)).toEqual([{ detector: 'message-unanswered', marketplace: 'taobao', orderId: '9', reason: 'detector failed: unreadable' }]);
    expect(failed(result.silences)).toEqual(failed(full.silences));
  });

  it('judges only orders whose result can move with time: a settled history costs nothing per detector', () => {
    const orders = settledAndRunning();
    const result = evaluateTimeDriven(orders, buildContext(orders), T, DEFAULT_SETTINGS);
    const ids = (id: string) => (result.judged.orders.get(id as never) ?? []).map((o) => o.orderId);
    expect(ids('ship-deadline')).toEqual(['3']);
    expect(ids('message-unanswered')).toEqual(['2']);
    expect(ids('dispute-open')).toEqual(['5']);
    expect(ids('repeat-refunder')).toEqual(['3']);
    expect(ids('cancel-pending')).toEqual([]); // no cancellation request shown
    expect(ids('duplicate-order')).toEqual([]);
    expect(ids('amount-outlier')).toEqual([]);
    expect(ids('negative-review')).toEqual([]);
    expect(ids('tracking-stalled')).toEqual([]);
    expect(result.judged.orders.has('rate-spike')).toBe(false);
    // Without the last evaluation's time, every shop check runs.
    expect([...result.judged.shops]).toEqual(['rate-spike']);
  });
});

/** Whether the alarm, knowing the last evaluation ran at `window.since`, judges the order. */
const inWindow = (detector: Detector, order: Order, settings: Settings, window: TimeWindow, ctx: ReturnType<typeof buildContext>): boolean => {
  const dependence = detector.changesWithTime;
  if (dependence?.between === undefined) return inScope(detector, order, settings);
  return dependence.statuses.includes(order.status) && dependence.between(settings.detectors[detector.id] as never, window, ctx)(order);
};

describe('changesWithTime.between (the alarm that knows when it last ran)', () => {
  it('holds for every detector that declares it: outside it, the result at `now` is the one at `since`', () => {
    fc.assert(
      fc.property(shopArb, windowArb, settingsArb, ({ orders, statusSince }, window, settings) => {
        for (const detector of DETECTORS) {
          if (!detector.run || detector.changesWithTime?.between === undefined) continue;
          const own = settings.detectors[detector.id];
          const ctx = buildContext(orders, { statusSince });
          for (const order of orders) {
            if (inWindow(detector, order, settings, window, ctx)) continue;
            expect(detector.run(order, buildContext(orders, { statusSince }), window.now, own), `${detector.id} on ${order.orderId}`).toEqual(
              detector.run(order, buildContext(orders, { statusSince }), window.since, own),
            );
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('holds for every shop check that declares it: when skipped, its result at `now` is the one at `since`', () => {
    fc.assert(
      fc.property(shopArb, windowArb, settingsArb, ({ orders, statusSince }, window, settings) => {
        const ctx = buildContext(orders, { statusSince });
        const { shops } = evaluateTimeDriven(orders, ctx, window.now, settings, { since: window.since }).judged;
        for (const detector of DETECTORS) {
          if (!detector.runShop || detector.shopChangesWithTime === undefined || shops.has(detector.id)) continue;
          const own = settings.detectors[detector.id];
          expect(detector.runShop(buildContext(orders, { statusSince }), window.now, own), detector.id).toEqual(
            detector.runShop(buildContext(orders, { statusSince }), window.since, own),
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives, with the last evaluation kept where it does not judge, exactly a full evaluation now', () => {
    fc.assert(
      fc.property(shopArb, windowArb, settingsArb, (shop, { since, now }, settings) => expectAlarmExact(shop, since, now, settings, true)),
      { numRuns: 300 },
    );
  });
});

/** `base` with one detector's numbers and word lists replaced: what a seller's tuning changes. */
const tunedArb = fc
  .tuple(settingsArb, fc.constantFrom(...DETECTORS.map((d) => d.id)), fc.integer({ min: 1, max: 500 }), fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 3 }))
  .map(([base, id, number, words]) => {
    const own: Record<string, unknown> = { ...base.detectors[id] };
    for (const [name, value] of Object.entries(own)) {
      if (typeof value === 'number') own[name] = number;
      else if (Array.isArray(value) && value.every((x) => typeof x === 'string')) own[name] = words;
    }
    return { base, tuned: { ...base, detectors: { ...base.detectors, [id]: own } } as Settings };
  });

describe('clockOf (decided when an order is stored, so an alarm looks at no other order)', () => {
  it('leaves the alarm exact when it looks only at the orders whose clock runs, told the last run or not', () => {
    fc.assert(
      fc.property(shopArb, windowArb, settingsArb, fc.boolean(), (shop, { since, now }, settings, told) =>
        expectAlarmExact(shop, since, now, settings, told, true),
      ),
      { numRuns: 400 },
    );
  });

  it('has a bit for every detector in one number (up to 31 detectors)', () => {
    expect(DETECTORS.length).toBeLessThanOrEqual(31);
    expect(detectorsOf(-1)).toEqual(DETECTORS.map((d) => d.id));
  });

  it('needs no other order: told the last run, with no shop check due, the alarm over the clocked orders alone judges as over the whole shop', () => {
    fc.assert(
      fc.property(shopArb, windowArb, settingsArb, ({ orders, statusSince }, window, settings) => {
        fc.pre(!shopCheckMayRun(settings, window, [orders[0]!.marketplace]));
        const clocked = clockedUnder(orders, settings);
        const whole = evaluateTimeDriven(orders, buildContext(orders, { statusSince, clocked }), window.now, settings, { since: window.since });
        // What the background reads by the clock indexes: the context holds only those orders.
        const alone = evaluateTimeDriven(clocked.orders, buildContext(clocked.orders, { statusSince, clocked }), window.now, settings, { since: window.since });
        expect(alone.findings).toEqual(whole.findings);
        expect(alone.silences).toEqual(whole.silences);
        expect(alone.judged).toEqual(whole.judged);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same clocks under any settings with the same clockKey (a filter reads only its clockSettings)', () => {
    fc.assert(
      fc.property(shopArb, tunedArb, ({ orders }, { base, tuned }) => {
        fc.pre(clockKey(tuned) === clockKey(base));
        expect(orders.map(clockOf(tuned))).toEqual(orders.map(clockOf(base)));
      }),
      { numRuns: 300 },
    );
  });

  it('is kept under a key that changes with the detectors switched on and with the complaint keywords, not with thresholds', () => {
    const off = { ...DEFAULT_SETTINGS, detectors: { ...DEFAULT_SETTINGS.detectors, 'message-unanswered': { ...DEFAULT_SETTINGS.detectors['message-unanswered'], enabled: false } } };
    const keys = [DEFAULT_SETTINGS, SELLER, off].map(clockKey);
    expect(new Set(keys).size).toBe(3);
    expect(clockKey(structuredClone(DEFAULT_SETTINGS))).toBe(keys[0]);
    // SELLER differs from the defaults in thresholds too; only the complaint keywords move the key.
    const sellerKeywordsOnly = { ...DEFAULT_SETTINGS, detectors: { ...DEFAULT_SETTINGS.detectors, 'dispute-open': SELLER.detectors['dispute-open'] } };
    expect(clockKey(sellerKeywordsOnly)).toBe(keys[1]);
    for (const key of keys) expect([Number.isInteger(key), key >= 0 && key < 2 ** 30]).toEqual([true, true]); // held in place by every record
  });

  it('runs for open orders, unanswered messages and complaints, and refunds that may leave a buyer\'s window, each for its own detectors; not for a settled sale', () => {
    const orders = [
      ...settledAndRunning(),
      shopOrder('6', 'refunded'),
      shopOrder('7', 'completed', { money: { currency: 'CNY', paid: 29.9, refunded: 10 } }),
      shopOrder('8', 'refunded', { buyer: undefined }),
    ];
    const clocksOf = clockOf(DEFAULT_SETTINGS);
    expect(Object.fromEntries(orders.map((o) => [o.orderId, detectorsOf(clocksOf(o))]))).toEqual({
      '1': [],
      '2': ['message-unanswered'],
      '3': ['ship-deadline', 'repeat-refunder'],
      '4': [],
      '5': ['dispute-open'],
      '6': ['repeat-refunder'], // a refund its time test reads
      '7': ['repeat-refunder'],
      '8': [], // no buyer shown: counted for no one
    });
  });

  it('keeps a settled refund in view: when it leaves the 90-day window, the buyer\'s open order is judged again', () => {
    // Three refunds (the default threshold); the oldest leaves the window 10 minutes before `now`.
    const now = T;
    const since = now - 15 * 60_000;
    const orders = [
      shopOrder('1', 'refunded', { placedAt: now - 90 * DAY - 10 * 60_000 }),
      shopOrder('2', 'returned', { placedAt: now - 20 * DAY }),
      shopOrder('3', 'refunded', { placedAt: now - 5 * DAY }),
      shopOrder('4', 'awaiting_shipment', { placedAt: now - DAY }),
    ];
    const clocked = clockedUnder(orders, DEFAULT_SETTINGS);
    expect(clocked.orders.map((o) => o.orderId)).toEqual(['1', '2', '3', '4']);
    const before = evaluate(orders, buildContext(orders), since, DEFAULT_SETTINGS).findings.filter((f) => f.detector === 'repeat-refunder');
    expect(before.map((f) => f.orderId)).toEqual(['4']);
    const alarm = evaluateTimeDriven(orders, buildContext(orders, { clocked }), now, DEFAULT_SETTINGS, { since });
    expect(alarm.judged.orders.get('repeat-refunder')?.map((o) => o.orderId)).toEqual(['4']);
    expect(alarm.findings.filter((f) => f.detector === 'repeat-refunder')).toEqual([]);
    expectAlarmExact({ orders, statusSince: new Map() }, since, now, DEFAULT_SETTINGS, true, true);
  });
});
