// A read of changes carries the last read result over (recomposeResult): after any run of orders
// taken out and put in, it must say exactly what composing the whole list again says.
import { describe, expect, it } from 'vitest';
import { composeResult, recomposeResult, type ReadResult, type ReadUnit, type UnitChange } from '../../lib/extract/read';
import type { RawOrder } from '../../lib/extract/raw';

type Texts = { orderId: string };

/** A small seeded generator (mulberry32), so a failing run can be run again. */
function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

let made = 0;
const numberOf = new Map<unknown, number>();

/**
 * One order of a list: read (`id` its order number), or skipped (no order number, or one whose
 * other texts are no order). Its row and header labels are objects of its own, told apart by number.
 */
function unit(kind: 'read' | 'no number' | 'bad', id: string): ReadUnit<Texts> {
  const n = made++;
  const element = { n } as unknown as Element;
  numberOf.set(element, n);
  const raw = { position: 0, element, anchor: element, labels: new Map(), orderCells: {}, itemCells: [], given: {} } as unknown as RawOrder;
  numberOf.set(raw.labels, n);
  if (kind === 'read') {
    const order = { orderId: id };
    return { raw, built: { ok: true, order }, row: { order, row: element, anchor: element, position: 1000 + n } };
  }
  if (kind === 'no number') return { raw, built: { ok: false, reason: `no order number (订单号) in row ${n}` }, row: undefined };
  return { raw, built: { ok: false, orderId: id, reason: `实付款 '¥--${n}' is not an amount` }, row: undefined };
}

/** What a seller's page would show of a result: rows by element and position, skipped rows, counts, labels. */
function shown(result: ReadResult<Texts>) {
  return {
    keys: Object.keys(result),
    adapter: result.adapter,
    rows: result.rows.map((r) => `${numberOf.get(r.row)}:${r.order.orderId}@${r.position}`),
    skipped: JSON.stringify(result.skipped),
    totalRows: result.totalRows,
    labels: result.labels === undefined ? undefined : numberOf.get(result.labels),
  };
}

/** Ids from a small pool, so orders shown twice come and go. */
const POOL = 80;
const randomUnit = (pick: (n: number) => number): ReadUnit<Texts> => {
  const id = `DS2026112500${String(pick(POOL)).padStart(2, '0')}`;
  const roll = pick(10);
  return unit(roll === 0 ? 'no number' : roll === 1 ? 'bad' : 'read', id);
};

/** Whether no order taken out or put in shares its order number with another order, before or after (as IdCounts says in readChanges). */
const aloneIn = (list: readonly ReadUnit<Texts>[], units: readonly ReadUnit<Texts>[]): boolean =>
  units.every((u) => !u.built.ok || list.filter((o) => o.built.ok && o.built.order.orderId === (u.built as { order: Texts }).order.orderId).length === 1);

describe('a read result carried over from the last read (recomposeResult)', () => {
  it('equals the whole list composed again after each of 1,500 random changes, with orders shown twice and rows skipped', () => {
    const pick = random(20261207);
    const list: ReadUnit<Texts>[] = Array.from({ length: 40 }, () => randomUnit(pick));
    let result = composeResult('demo', list);
    let carried = 0;
    let moved = 0;
    for (let step = 0; step < 1_500; step++) {
      // Mostly one order in, out or replaced (a status redrawn); sometimes a few at once.
      const outCount = Math.min(list.length, pick(4) === 0 ? pick(5) : pick(2));
      const inCount = pick(4) === 0 ? pick(5) : list.length < 10 ? 1 + pick(2) : pick(2);
      const removedAt: number[] = [];
      while (removedAt.length < outCount) {
        const at = pick(list.length);
        if (!removedAt.includes(at)) removedAt.push(at);
      }
      removedAt.sort((a, b) => a - b);
      let alone = aloneIn(list, removedAt.map((at) => list[at]!));
      for (let i = removedAt.length - 1; i >= 0; i--) list.splice(removedAt[i]!, 1);
      const added: { at: number; unit: ReadUnit<Texts> }[] = [];
      for (let i = 0; i < inCount; i++) {
        const at = pick(list.length + 1);
        const put = randomUnit(pick);
        list.splice(at, 0, put);
        for (const a of added) if (a.at >= at) a.at++;
        added.push({ at, unit: put });
      }
      added.sort((a, b) => a.at - b.at);
      alone &&= aloneIn(list, added.map((a) => a.unit));
      const change: UnitChange<Texts> = { removedAt, added };
      if (alone) {
        const before = shown(result);
        result = recomposeResult(result, list, change);
        const now = shown(result);
        carried++;
        if (now.rows.join() !== before.rows.join()) moved++;
        // Composing again writes the positions anew: the carried result is looked at first.
        expect(now, `step ${step}`).toEqual(shown(composeResult('demo', list)));
      } else {
        result = composeResult('demo', list);
      }
    }
    // The loop must have carried results over often, and through lists with copies and skips.
    expect(carried).toBeGreaterThan(700);
    expect(moved).toBeGreaterThan(500);
    expect(result.totalRows).toBeGreaterThan(0);
  });

  it('moves every order after one put at the top down by one, keeping the same row objects', () => {
    const list = [unit('read', 'A1'), unit('no number', ''), unit('read', 'A2'), unit('read', 'A2'), unit('bad', 'A3'), unit('read', 'A4')];
    const previous = composeResult('demo', list);
    expect(previous.rows.map((r) => [r.order.orderId, r.position])).toEqual([['A1', 1], ['A2', 3], ['A4', 6]]);
    const rowsBefore = [...previous.rows];
    const top = unit('read', 'A0');
    list.unshift(top);
    const result = recomposeResult(previous, list, { removedAt: [], added: [{ at: 0, unit: top }] });
    expect(result.rows.map((r) => [r.order.orderId, r.position])).toEqual([['A0', 1], ['A1', 2], ['A2', 4], ['A4', 7]]);
    expect(result.rows.slice(1)).toEqual(rowsBefore);
    result.rows.slice(1).forEach((r, i) => expect(r).toBe(rowsBefore[i]));
    expect(result.skipped).toEqual([
      { row: 3, reason: `no order number (订单号) in row ${numberOf.get(list[2]!.raw.element)}` },
      { row: 6, orderId: 'A3', reason: `实付款 '¥--${numberOf.get(list[5]!.raw.element)}' is not an amount` },
    ]);
    // The copy of A2 at row 5 is neither read nor skipped.
    expect(result.totalRows).toBe(6);
    expect(result.labels).toBe(top.raw.labels);
  });

  it('takes a skipped row out and moves those after it up', () => {
    const list = [unit('read', 'B1'), unit('bad', 'B2'), unit('read', 'B3'), unit('no number', '')];
    const previous = composeResult('demo', list);
    list.splice(1, 1);
    const result = recomposeResult(previous, list, { removedAt: [1], added: [] });
    expect(result.rows.map((r) => [r.order.orderId, r.position])).toEqual([['B1', 1], ['B3', 2]]);
    expect(result.skipped.map((s) => s.row)).toEqual([3]);
    expect(result.totalRows).toBe(3);
  });
});
