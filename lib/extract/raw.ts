import type { CellKey } from './keys';

/** One order as found on the page, before any text is parsed. */
export interface RawOrder {
  /** 1-based position of the order in the page's list (what a seller would count). */
  readonly position: number;
  /** The order's row (first row when it spans several) or block. */
  readonly element: Element;
  /** Where the overlay badge goes. */
  readonly anchor: Element;
  /** Header text as shown on the page, per column meaning (used in skip reasons). */
  readonly labels: ReadonlyMap<CellKey, string>;
  /** Order-level cells (from the order's first row). */
  readonly orderCells: Partial<Record<CellKey, Element>>;
  /** One entry per item row. */
  readonly itemCells: readonly Partial<Record<CellKey, Element>>[];
  /** Values read outside the columns (a block's header line). */
  readonly given: Partial<Record<CellKey, string>>;
}

/** Said when the list is there but holds no orders: a read of zero, not a failure. */
export const EMPTY_LIST = 'the order list is empty';

export type Found =
  | { readonly kind: 'orders'; readonly orders: readonly RawOrder[] }
  | { readonly kind: 'problem'; readonly problem: string };
