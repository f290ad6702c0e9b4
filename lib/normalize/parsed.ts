/** The result of reading one console cell: a canonical value, or the raw text and why not. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; raw: string; reason: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

export const fail = <T = never>(raw: string, reason: string): Parsed<T> => ({ ok: false, raw, reason });

/**
 * Console cells arrive with full-width digits and punctuation (１２，：￥), no-break spaces and
 * line breaks; NFKC folds them to their ASCII forms, then runs of whitespace become one space.
 */
export function cleanCell(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Table lookup that cannot hit Object.prototype (a cell reading "constructor" finds nothing). */
export function lookup<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
