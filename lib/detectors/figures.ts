/**
 * Shop figures (issue 21): what a detector reads of a whole shop, kept as counts. An ingest keeps
 * each marketplace's figures with the stored orders and updates them by the orders a batch
 * changes; an evaluation over the whole shop (the alarm, a full re-check, the tests) counts them
 * from its orders, by the same `count`, so both read the same figure.
 */
import { type Marketplace, type Order, orderKey } from '../schema';
import type { Detector, DetectorContext, ShopFigure, ShopFigures } from './types';

type WithFigure<F> = Detector & { readonly figure: ShopFigure<F> };

/**
 * `detector`'s figure of `marketplace`'s shop: the one kept with the stored orders when the
 * context carries them, else counted once per run from `ctx.orders` (with `ctx.statusSince`).
 */
export function figureOf<F>(ctx: DetectorContext, detector: WithFigure<F>, marketplace: Marketplace): F | undefined {
  if (ctx.figures !== undefined) return ctx.figures.get(marketplace)?.[detector.id] as F | undefined;
  const kept = detector.figure as ShopFigure<F>;
  return ctx.memo(`figure:${detector.id}`, () => {
    const shops = new Map<Marketplace, Order[]>();
    for (const order of ctx.orders) {
      const list = shops.get(order.marketplace);
      if (list === undefined) shops.set(order.marketplace, [order]);
      else list.push(order);
    }
    const byShop = new Map<Marketplace, F>();
    for (const [shop, orders] of shops) byShop.set(shop, countFigure(kept, orders, (order) => ctx.statusSince.get(orderKey(order))));
    return byShop;
  }).get(marketplace);
}

/** A figure of one shop's `orders`: at once where the figure can (`countAll`), else order by order. */
function countFigure<F>(figure: ShopFigure<F>, orders: readonly Order[], sinceOf: (order: Order) => number | undefined): F {
  if (figure.countAll !== undefined) return figure.countAll(orders, sinceOf);
  const counted = figure.empty();
  for (const order of orders) figure.count(counted, order, 1, sinceOf(order));
  return counted;
}

/** Every detector's figure of one shop's `orders`. */
export function countFigures(detectors: readonly Detector[], orders: readonly Order[], sinceOf: (order: Order) => number | undefined): ShopFigures {
  const figures: Record<string, unknown> = {};
  for (const detector of detectors) if (detector.figure !== undefined) figures[detector.id] = countFigure(detector.figure, orders, sinceOf);
  return figures as ShopFigures;
}

/** The marketplaces a shop check reports on: those of the kept figures, else of `ctx.orders` (in their order). */
export function shopsOf(ctx: DetectorContext): Marketplace[] {
  if (ctx.figures !== undefined) return [...ctx.figures.keys()];
  return ctx.memo('figure:shops', () => [...new Set(ctx.orders.map((order) => order.marketplace))]);
}

/** Adds (`sign` 1) or takes out (-1) what `order` counts for in each detector's figure. */
export function countInFigures(detectors: readonly Detector[], figures: ShopFigures, order: Order, sign: 1 | -1, since: number | undefined): void {
  for (const detector of detectors) {
    const figure = detector.figure;
    if (figure !== undefined) figure.count(figures[detector.id], order, sign, since);
  }
}

/** Whether some detector's figure reads when `order`'s status was first seen. */
export const figuresReadSince = (detectors: readonly Detector[], order: Order): boolean =>
  detectors.some((detector) => detector.figure?.readsSince?.(order) === true);
