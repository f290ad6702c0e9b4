import { cleanCell, fail, ok, type Parsed } from './parsed';

/**
 * `2`, `x2`, `×3`, `数量：2`, `Qty: 1`, `2件`, `3 pcs`: one label or multiplication sign at most,
 * one whole number, one unit at most. Anything else is refused rather than guessed.
 */
const QUANTITY = new RegExp(
  '^(?:(?:数量|件数|qty|quantity|quantité|qté|cantidad|menge|anzahl)\\s*[:.]?\\s*)?' +
    '(?:[x×*]\\s*)?' +
    '(\\d{1,3}(?:,\\d{3})+|\\d+)' +
    '\\s*(?:件|个|份|套|双|只|台|pcs?|pieces?|items?|units?|stk|st|x|×)?$',
  'u',
);

/** A quantity cell → a positive whole number of items. */
export function parseQuantity(text: string): Parsed<number> {
  // A bare count ("1", "12"), the commonest cell, without cleaning and the pattern.
  if (/^[1-9]\d{0,14}$/.test(text)) return ok(Number(text));
  const cell = cleanCell(text).toLowerCase();
  if (cell === '') return fail(text, 'The quantity cell is empty.');
  const m = QUANTITY.exec(cell);
  if (m === null) return fail(text, `"${text}" is not a whole number of items.`);
  const quantity = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isSafeInteger(quantity)) return fail(text, `"${text}" is too large to be a quantity.`);
  if (quantity < 1) return fail(text, `"${text}" is not a positive quantity.`);
  return ok(quantity);
}

/**
 * A count with its unit at the start of a cell that says more after it: Faire's Units column prints "48 units"
 * over the items' SKUs, read as "48 unitsLT-K1RVZ, MM-FR0QU" (test/corpus/render/heldout12.mjs). Asked only when
 * the cell read whole is no quantity, and only with a unit word after the count, so a date or a code is never
 * a count; a small letter right after the unit ("5 itemsets") is no unit.
 */
const LEADING_COUNT = /^\s*[x×]?\s*(\d{1,5})\s*(?:[Uu]nits?|[Pp]cs?|[Pp]ieces?|[Ii]tems?|件|个)(?![a-z])/u;

export function parseLeadingQuantity(text: string): Parsed<number> {
  const m = LEADING_COUNT.exec(text);
  if (m === null) return fail(text, `"${text}" does not start with a number of items.`);
  const quantity = Number(m[1]!);
  return quantity < 1 ? fail(text, `"${text}" is not a positive quantity.`) : ok(quantity);
}
