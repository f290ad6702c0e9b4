/**
 * Orders laid out as cards (Etsy's Orders & Shipping): no column headers, each card carries
 * its own labelled text ("Order #3012345678", "Ship by Nov 22"). Fields are read from
 * elements inside the card or from the card's text by pattern; item lines from elements.
 */
import type { CardLayout } from '../adapters/types';
import { queryFirst, queryFirstList, textOf } from './dom';
import type { CellKey } from './keys';
import { EMPTY_LIST, type Found, type RawOrder } from './raw';

function pageText(root: ParentNode): string {
  const top = 'documentElement' in root ? (root as Document).documentElement : (root as Element);
  return top ? textOf(top) : '';
}

export function findCardOrders(root: ParentNode, layout: CardLayout, emptyMarkers: readonly string[]): Found {
  const cards = queryFirstList(root, layout.card);
  if (cards.length === 0) {
    if (emptyMarkers.some((m) => pageText(root).includes(m))) return { kind: 'problem', problem: EMPTY_LIST };
    return {
      kind: 'problem',
      problem:
        queryFirst(root, layout.list) !== undefined
          ? 'the order list shows no order cards (the page layout may have changed)'
          : 'no order list was found',
    };
  }
  const labels = new Map<CellKey, string>();
  for (const [key, field] of Object.entries(layout.fields) as [CellKey, { label: string }][]) labels.set(key, field.label);
  for (const [key, field] of Object.entries(layout.itemFields ?? {}) as [CellKey, { label: string }][]) labels.set(key, field.label);

  return {
    kind: 'orders',
    orders: cards.map((card, i): RawOrder => {
      const given: Partial<Record<CellKey, string>> = {};
      for (const [key, field] of Object.entries(layout.fields) as [CellKey, NonNullable<CardLayout['fields'][CellKey]>][]) {
        const el = field.select ? queryFirst(card, field.select) : card;
        if (!el) continue;
        const text = textOf(el, field.ignore);
        const value = field.pattern ? field.pattern.exec(text)?.[1] : text;
        if (value !== undefined && value.trim() !== '') given[key] = value.trim();
      }
      const lines = layout.itemLines ? queryFirstList(card, layout.itemLines) : [];
      const itemCells = lines.map((line) => {
        const cells: Partial<Record<CellKey, Element>> = {};
        for (const [key, field] of Object.entries(layout.itemFields ?? {}) as [CellKey, { select: readonly string[] }][]) {
          const el = queryFirst(line, field.select);
          if (el) cells[key] = el;
        }
        return cells;
      });
      return {
        position: i + 1,
        element: card,
        anchor: (layout.anchor ? queryFirst(card, layout.anchor) : undefined) ?? card,
        labels,
        orderCells: {},
        itemCells,
        given,
      };
    }),
  };
}
