/**
 * Shop figures: what a detector reads of a whole shop, kept as counts. An ingest keeps
 * each marketplace's figures with the stored orders and updates them by the orders a batch
 * changes; an evaluation over the whole shop (the alarm, a full re-check, the tests) counts them
 * from its orders, by the same parts, so both read the same figure.
 */
import { type Marketplace, type Order, orderKey } from '../schema';
import type { Detector, DetectorContext, DetectorId, ShopFigure, ShopFigures } from './types';

type WithFigure<F, P, S> = Detector & { readonly figure: ShopFigure<F, P, S> };

/**
 * What `detector` reads of `marketplace`'s shop figure (the figure, or its summary): the one kept
 * with the stored orders when the context carries them, else counted once per run from
 * `ctx.orders` (with `ctx.statusSince`).
 */
export function figureOf<F, P, S>(ctx: DetectorContext, detector: WithFigure<F, P, S>, marketplace: Marketplace): S | undefined {
  if (ctx.figures !== undefined) return ctx.figures.get(marketplace)?.[detector.id] as S | undefined;
  const kept = detector.figure as ShopFigure<F, P, S>;
  return ctx.memo(`figure:${detector.id}`, () => {
    const shops = new Map<Marketplace, Order[]>();
    for (const order of ctx.orders) {
      const list = shops.get(order.marketplace);
      if (list === undefined) shops.set(order.marketplace, [order]);
      else list.push(order);
    }
    const byShop = new Map<Marketplace, S>();
    for (const [shop, orders] of shops) byShop.set(shop, readOf(kept, countFigure(kept, orders, (order) => ctx.statusSince.get(orderKey(order)))));
    return byShop;
  }).get(marketplace);
}

/** The marketplaces a shop check reports on: those of the kept figures, else of `ctx.orders` (in their order). */
export function shopsOf(ctx: DetectorContext): Marketplace[] {
  if (ctx.figures !== undefined) return [...ctx.figures.keys()];
  return ctx.memo('figure:shops', () => [...new Set(ctx.orders.map((order) => order.marketplace))]);
}

/** What the detector reads of a figure: its summary, or the figure itself. */
const readOf = <F, P, S>(figure: ShopFigure<F, P, S>, counted: F): S => (figure.summary !== undefined ? figure.summary(counted) : (counted as unknown as S));

/** A figure of one shop's `orders`: at once where the figure can (`countAll`), else part by part. */
function countFigure<F, P, S>(figure: ShopFigure<F, P, S>, orders: readonly Order[], sinceOf: (order: Order) => number | undefined): F {
  if (figure.countAll !== undefined) return figure.countAll(orders, sinceOf);
  const counted = figure.empty();
  for (const order of orders) {
    const part = figure.part(order, sinceOf(order));
    if (part !== undefined) figure.add(counted, part, 1);
  }
  return counted;
}

/**
 * One shop's figures as ingest keeps them: what the detectors read (`read`, one record), and the
 * figures kept in records of their own (`apart`: those with a `summary`, read only to be changed).
 */
export interface KeptFigures {
  read: ShopFigures;
  apart: Partial<Record<DetectorId, unknown>>;
}

/** Every detector's figure of one shop's `orders`, as ingest keeps them. */
export function countFigures(detectors: readonly Detector[], orders: readonly Order[], sinceOf: (order: Order) => number | undefined): KeptFigures {
  const read: Record<string, unknown> = {};
  const apart: Partial<Record<DetectorId, unknown>> = {};
  for (const detector of detectors) {
    const figure = detector.figure;
    if (figure === undefined) continue;
    const counted = countFigure(figure, orders, sinceOf);
    if (figure.summary !== undefined) apart[detector.id] = counted;
    read[detector.id] = readOf(figure, counted);
  }
  return { read: read as ShopFigures, apart };
}

/** One detector's change to a figure: the parts to take out and to add. */
export interface FigureDelta {
  detector: Detector & { readonly figure: ShopFigure<unknown, unknown, unknown> };
  out: unknown[];
  in: unknown[];
}

/**
 * What orders changing from `before` to `after` (each with its `since`) change in each figure:
 * only the detectors where some order's part differs, so a batch that changes no part (a
 * seller's remark) leaves every figure, and its record, as it was.
 */
export function figureDeltas(detectors: readonly Detector[], changes: ReadonlyArray<{ before?: { order: Order; since: number | undefined }; after: { order: Order; since: number | undefined } }>): FigureDelta[] {
  const deltas: FigureDelta[] = [];
  for (const detector of detectors) {
    const figure = detector.figure;
    if (figure === undefined) continue;
    const delta: FigureDelta = { detector: detector as FigureDelta['detector'], out: [], in: [] };
    for (const { before, after } of changes) {
      const was = before === undefined ? undefined : figure.part(before.order, before.since);
      const is = figure.part(after.order, after.since);
      if (JSON.stringify(was) === JSON.stringify(is)) continue;
      if (was !== undefined) delta.out.push(was);
      if (is !== undefined) delta.in.push(is);
    }
    if (delta.out.length > 0 || delta.in.length > 0) deltas.push(delta);
  }
  return deltas;
}

/** Applies `delta` to `figures`' kept figure (`apart`, or the one read), and refreshes what the detector reads of it. */
export function applyDelta(figures: KeptFigures, delta: FigureDelta): void {
  const { detector } = delta;
  const figure = detector.figure;
  const counted = figure.summary !== undefined ? figures.apart[detector.id] : figures.read[detector.id];
  if (counted === undefined) throw new Error(`figure out of step: no ${detector.id} figure kept`);
  for (const part of delta.out) figure.add(counted, part, -1);
  for (const part of delta.in) figure.add(counted, part, 1);
  if (figure.summary !== undefined) (figures.read as Record<string, unknown>)[detector.id] = figure.summary(counted);
}

/** Whether some detector's figure reads when `order`'s status was first seen. */
export const figuresReadSince = (detectors: readonly Detector[], order: Order): boolean =>
  detectors.some((detector) => detector.figure?.readsSince?.(order) === true);
