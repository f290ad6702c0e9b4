/**
 * Which stored orders an alarm needs to look at, decided when an order is stored rather than at
 * every alarm (an alarm over a shop's long, mostly settled history must not test each
 * order). An order's clock runs when some enabled detector's result on it can still change while
 * only time passes, or when a detector's time test reads it to judge others; on every other order
 * time changes nothing, so the alarm leaves its cases as they are.
 */
import { ORDER_STATUSES, type Order } from '../schema';
import { type Settings } from '../settings';
import { ALL_CLOCKS, clockBit, DETECTORS, passes, StatusTable, statusIndex } from './index';
import type { Clocked } from './types';

type OrderTest = (order: Order) => boolean;

/**
 * An order's clocks under `settings`: the bits (`clockBit`) of the enabled detectors whose result
 * on it can change while only time passes (within its `changesWithTime` statuses and `filter`; a
 * detector without one, anywhere; within a shop check's per-order `between` statuses) or whose
 * time test reads it to judge others (`scans`). 0: its clock does not run. Depends on the order
 * and on the settings `clockKey` covers, never on the time, so it is kept with the stored order;
 * an alarm then runs on it only the tests of these detectors.
 */
export function clockOf(settings: Settings): (order: Order) => number {
  // Per status: each detector's bit, and its filter (`true`: every order).
  const table = new StatusTable<{ bit: number; test: OrderTest | true }>();
  const scans: Array<{ bit: number; test: OrderTest }> = [];
  for (const [place, detector] of DETECTORS.entries()) {
    const detectorSettings = settings.detectors[detector.id];
    if (!detectorSettings.enabled) continue;
    const bit = clockBit(place);
    const dependence = detector.changesWithTime;
    if (detector.run) table.add(dependence?.statuses ?? ORDER_STATUSES, { bit, test: dependence?.filter?.(detectorSettings as never) ?? true });
    const scan = dependence?.scans?.(detectorSettings as never);
    if (scan !== undefined) scans.push({ bit, test: scan });
    // A shop check's per-order test runs over the orders whose clock runs: all of its statuses.
    const shop = detector.runShop ? detector.shopChangesWithTime : undefined;
    if (shop?.between !== undefined) table.add(shop.statuses, { bit, test: true });
  }
  return (order) => {
    let clocks = 0;
    const entries = table.byStatus[statusIndex(order.status)]!;
    for (let j = 0; j < entries.length; j++) {
      const { bit, test } = entries[j]!;
      if (test === true || passes(test, order)) clocks |= bit;
    }
    for (let j = 0; j < scans.length; j++) if (passes(scans[j]!.test, order)) clocks |= scans[j]!.bit;
    return clocks;
  };
}

/**
 * A stored order's clocks for an alarm under settings of key `key`: those kept with it when they
 * were decided under those settings, else every detector's (decided under others, or never).
 */
export const clocksUnder = (record: { readonly clockKey?: number; readonly clocks?: number }, key: number): number =>
  record.clockKey === key ? (record.clocks ?? ALL_CLOCKS) : ALL_CLOCKS;

/** Of `orders`, those with a clock running (`clocksOf` not 0), with their clocks. */
export function clockedOf<T extends Order>(orders: readonly T[], clocksOf: (order: T) => number): Clocked {
  const clocked: T[] = [];
  const clocks: number[] = [];
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i]!;
    const on = clocksOf(order);
    if (on === 0) continue;
    clocked.push(order);
    clocks.push(on);
  }
  return { orders: clocked, clocks };
}

/**
 * The key an order's clocks are kept under: of the settings `clockOf` reads (which detectors are
 * on, and what their `clockSettings` name). A record whose clocks were decided under another key
 * is judged whole by the alarm (and decided again by the next one that does not know the last
 * run). A 30-bit hash: a small integer, which a record holds in place (a larger number
 * is a separate box that every record's read would follow). Two settings meeting by chance
 * (about one in 10^9) would only let an alarm trust clocks an ingest wrote under the other
 * settings, until the next alarm of a new session decides them all again.
 */
export function clockKey(settings: Settings): number {
  const read: unknown[] = [];
  for (const detector of DETECTORS) {
    const detectorSettings = settings.detectors[detector.id];
    if (detectorSettings.enabled) read.push(detector.id, detector.changesWithTime?.clockSettings?.(detectorSettings as never) ?? null);
  }
  const text = JSON.stringify(read);
  // FNV-1a.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 2;
}
