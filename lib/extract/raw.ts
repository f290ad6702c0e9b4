import type { CellText } from './dom';
import type { CellKey } from './keys';

/** One order as found on the page, before any text is parsed. */
export interface RawOrder {
  /** 1-based position of the order in the page's list (what a seller would count). */
  readonly position: number;
  /** The order's row (first row when it spans several) or block. */
  readonly element: Element;
  /** Where the overlay badge goes. */
  readonly anchor: Element;
  /**
   * Header text as shown on the page, per column meaning (used in skip reasons). Every key of
   * `orderCells`, `itemCells` and `given` has one: the order builder reads no key without a label.
   */
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

/**
 * Where the orders of a list read live, so a later change can be read alone
 * (lib/extract/incremental): each order is one element (a table row, a block) whose parent is
 * one of `containers`.
 */
export interface UnitLayout {
  /** The elements holding the order elements (a table's tbody, the block list). */
  readonly containers: readonly Element[];
  /** Elements around the orders whose change may change how the list is read (tables, column headers). */
  readonly boundaries: readonly Element[];
  /** What a new element matching or holding one of these means a new list may have appeared. */
  readonly watch: string;
  /**
   * Reads one element of a container as it would be read with the whole list: undefined when it
   * is no order (a hidden or placeholder row), 'layout' when the list must be read whole again.
   */
  readonly read: (el: Element, cellText: CellText) => RawOrder | undefined | 'layout';
}

export type Found =
  | {
      readonly kind: 'orders';
      readonly orders: readonly RawOrder[];
      readonly units?: UnitLayout;
      /**
       * Read by the page's structure (lib/extract/meaning.ts) after the console's layout found
       * nothing: how many order lists the page shows (1, or more when the one read was chosen).
       */
      readonly byStructure?: number;
    }
  | { readonly kind: 'problem'; readonly problem: string };
